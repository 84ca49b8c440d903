import type { AuthedContext } from '../core/context';
import type { ProcedureBriefBasis } from '../letters/types';
import { loadAanvraagRow } from './dossier';
import { readSwvSettings } from './settings';

// Procedural letters: the common facts, and storing a rendered letter with its hash (§7: a letter
// is never regenerated silently; a new one is a new version).

export function briefBasis(
  ctx: AuthedContext,
  aanvraagId: number,
  datum: string,
): ProcedureBriefBasis {
  const r = loadAanvraagRow(ctx, aanvraagId);
  const swv = readSwvSettings(ctx.db);
  const directeur = ctx.sqlite
    .prepare(
      "SELECT u.naam FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = 'directeur' AND u.active = 1 ORDER BY u.id LIMIT 1",
    )
    .get() as { naam: string } | undefined;
  return {
    swv: {
      naam: swv.naam,
      registratienummer: swv.registratienummer,
      adres: swv.adres,
      postcode: swv.postcode,
      plaats: swv.plaats,
    },
    referentie: r.referentie,
    datum,
    leerling: { naam: r.leerling_naam, geboortedatum: r.leerling_geboortedatum },
    school: { naam: r.school_naam, brin: r.brin },
    schoolbestuur: { naam: r.bestuur_naam },
    directeur: { naam: directeur?.naam ?? 'de directeur-bestuurder' },
    secretaresse: { naam: ctx.user.naam },
    generatedAt: ctx.nowIso,
  };
}

/** Stores the letter encrypted and records it; call inside the transaction that needs it. */
export function storeBrief(
  ctx: AuthedContext,
  aanvraagId: number,
  kind: string,
  bytes: Uint8Array,
): number {
  const { sha256, size } = ctx.docs.put(bytes);
  const version =
    ((
      ctx.sqlite
        .prepare('SELECT MAX(version) AS v FROM brieven WHERE aanvraag_id = ? AND kind = ?')
        .get(aanvraagId, kind) as { v: number | null }
    ).v ?? 0) + 1;
  const id = Number(
    ctx.sqlite
      .prepare(
        'INSERT INTO brieven (aanvraag_id, kind, version, sha256, size, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(aanvraagId, kind, version, sha256, size, ctx.nowIso).lastInsertRowid,
  );
  ctx.audit({ action: `brief.${kind}`, objectType: 'brief', objectId: id });
  return id;
}
