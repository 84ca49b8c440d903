import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { aanvragen, documenten } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { UserFacingError } from '../../core/errors';
import type { DocumentKind } from '../../domain/types';
import { verifyBlob } from '../../documents/check';
import { createDocumentStore } from '../../documents/store';
import { appendAudit } from '../audit';
import { writeAuditHeadMarker } from '../audit-head';
import type { IntegrityMonitor, IntegrityStatus } from '../integriteit';
import { readConfig } from './config';
import { layout, listGeneraties, type Manifest } from './folder';
import { blobKey } from './keys';
import { openBackupSleutel, openDoel, type BackupSleutel, type HerstelDoel } from './restore';

// A document whose blob is damaged or missing while TLA runs (issue 11, "corruption is never
// silent"): the start check sees only a wrong length, so a blob flipped in place is found by the
// background check (services/integriteit.ts) or when someone opens it. The beheerder is told which
// aanvraag (its reference, never the pupil's name) and which document (kind, version, date; not
// the file name, which may hold a name), and whether a backup holds it. The way out for one
// document: its blob is taken from the backup folder (blobs there are shared by all generations,
// encrypted under the backup's blob key), decrypted, checked against its hash and written again
// in the live store — nothing else changes. The whole restore stays the way out for the rest.

export interface SchadeDocument {
  readonly documentId: number;
  readonly aanvraagId: number;
  readonly referentie: string;
  readonly soort: DocumentKind;
  readonly versie: number;
  readonly documentDatum: string | null;
  readonly toestand: 'beschadigd' | 'ontbrekend';
  /** The newest generation in the backup folder that names this document's content; else null. */
  readonly backup: { readonly generatie: string; readonly at: string } | null;
}

/** The backups in the configured folder, newest first; none when no folder is set or readable. */
function generaties(configFile: string): Manifest[] {
  try {
    const map = readConfig(configFile).map;
    return map === null ? [] : listGeneraties(layout(map));
  } catch {
    return [];
  }
}

/** The damaged and missing documents of `status`, with their aanvraag and the backup that has them. */
export function schadeDocumenten(
  db: Db,
  status: IntegrityStatus,
  configFile: string,
): SchadeDocument[] {
  const toestand = new Map<number, SchadeDocument['toestand']>([
    ...status.beschadigd.documentIds.map((id) => [id, 'beschadigd'] as const),
    ...status.ontbrekend.documentIds.map((id) => [id, 'ontbrekend'] as const),
  ]);
  if (toestand.size === 0) return [];
  const rows = db
    .select({
      documentId: documenten.id,
      aanvraagId: documenten.aanvraagId,
      referentie: aanvragen.referentie,
      soort: documenten.kind,
      versie: documenten.versie,
      documentDatum: documenten.documentDate,
      sha256: documenten.sha256,
    })
    .from(documenten)
    .innerJoin(aanvragen, eq(aanvragen.id, documenten.aanvraagId))
    .where(inArray(documenten.id, [...toestand.keys()]))
    .orderBy(aanvragen.referentie, documenten.id)
    .all();
  const backups = generaties(configFile);
  return rows.map(({ sha256, ...r }) => {
    const m = backups.find((g) => g.blobs.some((b) => b.sha256 === sha256));
    return {
      ...r,
      toestand: toestand.get(r.documentId) ?? 'beschadigd',
      backup: m === undefined ? null : { generatie: m.id, at: m.at },
    };
  });
}

export interface DocumentHerstelDeps {
  readonly configFile: string;
  readonly masterKey: Buffer;
  readonly integrity: IntegrityMonitor;
}

/**
 * Restores one document's content from the backup folder into the live store, checked against its
 * hash, and logs it. Refused in Dutch when the document is in order, no backup holds it, or the
 * backup's copy is damaged too (then only the whole restore or a new version is left).
 */
export function herstelDocument(
  ctx: ServiceContext,
  deps: DocumentHerstelDeps,
  documentId: number,
): { generatie: string; at: string } {
  const doc = ctx.db
    .select({ sha256: documenten.sha256 })
    .from(documenten)
    .where(eq(documenten.id, documentId))
    .get();
  if (doc === undefined) throw new UserFacingError('not_found', 'Dit document bestaat niet.');
  if (verifyBlob(ctx.docs, doc.sha256) === 'ok') {
    deps.integrity.noteRepaired(doc.sha256);
    throw new UserFacingError(
      'conflict',
      'Dit document is in orde in de documentopslag; er is niets te herstellen.',
    );
  }
  const map = readConfig(deps.configFile).map;
  if (map === null)
    throw new UserFacingError(
      'domain',
      'Er is geen back-upmap ingesteld, dus er is geen back-up om dit document uit te halen.',
    );
  const sleutel = openBackupSleutel(map, deps.masterKey, undefined);
  const m = listGeneraties(sleutel.l).find((g) => g.blobs.some((b) => b.sha256 === doc.sha256));
  if (m === undefined)
    throw new UserFacingError(
      'domain',
      'Geen back-up bevat dit document (het is na de laatste back-up toegevoegd). Vraag de secretaresse het document opnieuw toe te voegen als nieuwe versie.',
    );
  let plain: Buffer;
  try {
    plain = createDocumentStore(sleutel.l.documenten, blobKey(sleutel.bdk)).get(doc.sha256);
  } catch {
    throw new UserFacingError(
      'domain',
      'Ook de kopie in de back-up is beschadigd of ontbreekt. Zet een hele back-up terug, of laat het document opnieuw toevoegen als nieuwe versie.',
    );
  }
  try {
    if (createHash('sha256').update(plain).digest('hex') !== doc.sha256)
      throw new UserFacingError(
        'domain',
        'De kopie in de back-up is niet hetzelfde document. Zet een hele back-up terug.',
      );
    ctx.docs.put(plain);
  } finally {
    plain.fill(0);
  }
  deps.integrity.noteRepaired(doc.sha256);
  // The text index gave up on the unreadable file ('mislukt'): it reads the whole one again.
  const herindex = ctx.db
    .select({ id: documenten.id })
    .from(documenten)
    .where(and(eq(documenten.sha256, doc.sha256), eq(documenten.tekstStatus, 'mislukt')))
    .all()
    .map((r) => r.id);
  ctx.tx(() => {
    if (herindex.length > 0)
      ctx.db
        .update(documenten)
        .set({ tekstStatus: 'wacht', paginasGeindexeerd: 0 })
        .where(inArray(documenten.id, herindex))
        .run();
    ctx.audit({
      action: 'integriteit.documentHersteld',
      objectType: 'document',
      objectId: documentId,
      details: JSON.stringify({ generatie: m.id }),
    });
  });
  if (herindex.length > 0) ctx.indexDocuments(herindex);
  return { generatie: m.id, at: m.at };
}

/**
 * The recovery mode's way out when only documents are missing or damaged at start (the database
 * itself passed its checks): exactly those blobs are taken from the backup folder, each checked
 * against its hash, and written into the live store; nothing else changes and nothing entered
 * since the backup is lost. All or nothing: when one of them is not whole in the backup, nothing
 * is written and the whole restore is left. Returns the newest generation that names them all
 * (null when none does: the blobs were found in the shared folder all the same).
 */
export function herstelBlobs(
  sleutel: BackupSleutel,
  documentsDir: string,
  masterKey: Buffer,
  shas: readonly string[],
): Manifest | null {
  const gens = listGeneraties(sleutel.l);
  const m = gens.find((g) => shas.every((sha) => g.blobs.some((b) => b.sha256 === sha)));
  const from = createDocumentStore(sleutel.l.documenten, blobKey(sleutel.bdk));
  const whole = (sha: string): Buffer | null => {
    try {
      const plain = from.get(sha);
      if (createHash('sha256').update(plain).digest('hex') === sha) return plain;
      plain.fill(0);
      return null;
    } catch {
      return null;
    }
  };
  const absent = shas.filter((sha) => {
    const plain = whole(sha);
    plain?.fill(0);
    return plain === null;
  });
  if (absent.length > 0)
    throw new UserFacingError(
      'domain',
      `${absent.length} van de ${shas.length} documenten ${absent.length === 1 ? 'staat' : 'staan'} niet onbeschadigd in de back-up. Zet een hele back-up terug.`,
    );
  const to = createDocumentStore(documentsDir, masterKey);
  for (const sha of shas) {
    const plain = whole(sha);
    if (plain === null)
      throw new UserFacingError('domain', 'De back-up veranderde tijdens het terugzetten.');
    try {
      to.put(plain);
    } finally {
      plain.fill(0);
    }
  }
  return m ?? null;
}

/**
 * The audit row of the documents restored in the recovery mode (no user is logged in), written
 * straight into the database the recovery backend does not hold open, with the audit head marker
 * moved along (the next start compares it). Documents the text index gave up on are queued again.
 */
export function logDocumentenHersteld(
  doel: HerstelDoel,
  shas: readonly string[],
  generatie: string | null,
  nowIso: string,
): void {
  const opened = openDoel(doel);
  try {
    appendAudit(opened.db, nowIso, {
      actorUserId: null,
      action: 'integriteit.documentenHersteld',
      objectType: 'document',
      objectId: null,
      details: JSON.stringify({ aantal: shas.length, generatie, door: 'herstelmodus' }),
    });
    // The text index gave up on unreadable files: the start queues them again ('wacht').
    opened.db
      .update(documenten)
      .set({ tekstStatus: 'wacht', paginasGeindexeerd: 0 })
      .where(and(inArray(documenten.sha256, [...shas]), eq(documenten.tekstStatus, 'mislukt')))
      .run();
    writeAuditHeadMarker(doel.dbPath, opened.sqlite);
  } finally {
    opened.close();
  }
}
