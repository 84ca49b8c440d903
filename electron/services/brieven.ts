import { and, eq, max } from 'drizzle-orm';
import { brieven, userRoles, users } from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { notFound } from '../core/errors';
import type { ProcedureBriefBasis, SwvGegevens } from '../letters/types';
import { requireAccess } from './access';
import { loadAanvraagRow } from './dossier';
import { readSwvLogo, readSwvSettings, requireSwvSettings } from './settings';
import { readStoredFile } from './stored-file';

// Letters: the letterhead every letter and the minutes carry, the common facts of a procedural
// letter, storing a rendered letter with its hash (§7: a letter is never regenerated silently; a new
// one is a new version) and reading the letters of an aanvraag.

export const BRIEF_LABELS: Readonly<Record<string, string>> = {
  verklaring: 'TLV-verklaring',
  brief_ouders: 'Brief aan ouders',
  bericht_school: 'Bericht aan de school',
  afschrift_adviezen: 'Afschrift adviezen voor ouders (WPO 18a lid 14)',
  aanvulling: 'Verzoek om aanvulling (Awb 4:5)',
  vragen: 'Vragen aan de school (Awb 4:5)',
  opschorting: 'Opschorting van de beslistermijn (Awb 4:15)',
  verdaging: 'Verdaging van de beslistermijn (Awb 4:14)',
  ontvangstbevestiging_bezwaar: 'Ontvangstbevestiging bezwaar',
  buiten_behandeling: 'Besluit buiten behandeling (Awb 4:5)',
  einde_tlv: 'Einde toelaatbaarheidsverklaring (herindicatie)',
};

/**
 * The SWV as the letterhead of every letter and of the minutes shows it, with the body that advises
 * on a bezwaar. Refused until the beheerder saved the SWV's details: no letter ever carries a
 * placeholder.
 */
export function letterhead(ctx: AuthedContext, doel = 'kunt u brieven maken'): SwvGegevens {
  const swv = requireSwvSettings(ctx.db, doel);
  const logo = readSwvLogo(ctx.db);
  const b = swv.bezwaaradvies;
  return {
    naam: swv.naam,
    registratienummer: swv.registratienummer,
    adres: swv.adres,
    postcode: swv.postcode,
    plaats: swv.plaats,
    ...(swv.telefoon !== null ? { telefoon: swv.telefoon } : {}),
    ...(swv.email !== null ? { email: swv.email } : {}),
    ...(swv.website !== null ? { website: swv.website } : {}),
    ...(logo !== null ? { logo: logo.png } : {}),
    bezwaaradvies: { naam: b.naam, adres: b.adres, postcode: b.postcode, plaats: b.plaats },
  };
}

/** An active user with the role directeur, by id; undefined when there is none. */
function actieveDirecteur(ctx: AuthedContext, userId: number | null) {
  const q = ctx.db
    .select({ id: users.id, naam: users.naam })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(
        eq(userRoles.role, 'directeur'),
        eq(users.active, true),
        userId === null ? undefined : eq(users.id, userId),
      ),
    )
    .orderBy(users.id)
    .limit(1);
  return q.get();
}

/**
 * The directeur-bestuurder who signs the SWV's letters: the one the beheerder chose (Beheer,
 * Samenwerkingsverband) while they are an active directeur; otherwise, as before a choice is made,
 * the first active directeur.
 */
export function directeurNaam(ctx: AuthedContext): string {
  const gekozen = readSwvSettings(ctx.db)?.directeurUserId ?? null;
  const directeur =
    (gekozen !== null ? actieveDirecteur(ctx, gekozen) : undefined) ?? actieveDirecteur(ctx, null);
  return directeur?.naam ?? 'de directeur-bestuurder';
}

/** Whether `userId` is an active user with the role directeur (who may sign). */
export function isActieveDirecteur(ctx: AuthedContext, userId: number): boolean {
  return actieveDirecteur(ctx, userId) !== undefined;
}

export function briefBasis(
  ctx: AuthedContext,
  aanvraagId: number,
  datum: string,
): ProcedureBriefBasis {
  const r = loadAanvraagRow(ctx, aanvraagId);
  return {
    swv: letterhead(ctx),
    referentie: r.referentie,
    datum,
    leerling: { naam: r.leerlingNaam, geboortedatum: r.leerlingGeboortedatum },
    school: { naam: r.schoolNaam, brin: r.brin },
    schoolbestuur: { naam: r.bestuurNaam },
    directeur: { naam: directeurNaam(ctx) },
    secretaresse: { naam: ctx.user.naam },
    generatedAt: ctx.nowIso,
  };
}

/**
 * Stores the letter encrypted and records it; call inside the transaction that needs it.
 * `tekstVersie`: the version of the SWV's letter text it was made with (services/brief-teksten.ts;
 * 0 is TLA's own text), null for a letter without an editable text.
 */
export function storeBrief(
  ctx: AuthedContext,
  aanvraagId: number,
  kind: string,
  bytes: Uint8Array,
  tekstVersie: number | null = null,
): number {
  const { sha256, size } = ctx.docs.put(bytes);
  const latest = ctx.db
    .select({ v: max(brieven.version) })
    .from(brieven)
    .where(and(eq(brieven.aanvraagId, aanvraagId), eq(brieven.kind, kind)))
    .get();
  const id = Number(
    ctx.db
      .insert(brieven)
      .values({
        aanvraagId,
        kind,
        version: (latest?.v ?? 0) + 1,
        sha256,
        size,
        tekstVersie,
        createdAt: ctx.nowIso,
      })
      .run().lastInsertRowid,
  );
  ctx.audit({ action: `brief.${kind}`, objectType: 'brief', objectId: id });
  return id;
}

export function listBrieven(ctx: AuthedContext, aanvraagId: number) {
  requireAccess(ctx, aanvraagId);
  const b = brieven;
  const rows = ctx.db
    .select({
      id: b.id,
      kind: b.kind,
      version: b.version,
      createdAt: b.createdAt,
      sha256: b.sha256,
    })
    .from(b)
    .where(eq(b.aanvraagId, aanvraagId))
    .orderBy(b.id)
    .all();
  return rows.map((r) => ({ ...r, label: BRIEF_LABELS[r.kind] ?? r.kind }));
}

/** A letter is printed (the viewer's print button): need-to-know, audited. A letter is official
 *  correspondence and may be printed; a dossier document may not. */
export function afdrukkenBrief(ctx: AuthedContext, briefId: number) {
  const brief = ctx.db
    .select({ aanvraagId: brieven.aanvraagId })
    .from(brieven)
    .where(eq(brieven.id, briefId))
    .get();
  if (!brief) throw notFound('Deze brief');
  requireAccess(ctx, brief.aanvraagId);
  ctx.tx(() => ctx.audit({ action: 'brief.afdrukken', objectType: 'brief', objectId: briefId }));
  return { ok: true as const };
}

/** One letter for the caller (need-to-know, audited). */
export function getBrief(ctx: AuthedContext, briefId: number) {
  return readStoredFile(ctx, { soort: 'brief', briefId });
}
