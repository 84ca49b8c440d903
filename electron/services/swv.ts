import { eq, sum } from 'drizzle-orm';
import type { z } from 'zod';
import { users, volgnummerTellers } from '../../db/schema';
import type { contract } from '../contract';
import type { AuthedContext } from '../core/context';
import { UserFacingError } from '../core/errors';
import { checkLogo } from '../domain/swv';
import { logoIsBruikbaar } from '../letters/layout';
import { renderBriefOuders } from '../letters/index';
import { directeurNaam, isActieveDirecteur, letterhead } from './brieven';
import { pngIsHeel } from './logo-png';
import {
  deleteSwvLogo,
  readSwvLogo,
  readSwvSettings,
  swvSettingsDamaged,
  writeSwvLogo,
  writeSwvSettings,
} from './settings';

// The samenwerkingsverband itself (issue 10): its details, logo, the directeur-bestuurder who signs
// and the body that advises on a bezwaar, as the beheerder sets them; every letter reads them
// through services/brieven.ts (letterhead, directeurNaam).

type SwvInput = z.output<(typeof contract)['swv.zetten']['input']>;

/** How many TLV-volgnummers were given out (all years): they carry the SWV's code. */
function afgegevenVolgnummers(ctx: AuthedContext): number {
  const row = ctx.db
    .select({ n: sum(volgnummerTellers.laatste) })
    .from(volgnummerTellers)
    .get();
  return Number(row?.n ?? 0);
}

export function getSwv(ctx: AuthedContext) {
  const gegevens = readSwvSettings(ctx.db);
  const logo = readSwvLogo(ctx.db);
  const directeurId = gegevens?.directeurUserId ?? null;
  const directeur =
    directeurId === null
      ? undefined
      : ctx.db
          .select({ userId: users.id, naam: users.naam })
          .from(users)
          .where(eq(users.id, directeurId))
          .get();
  return {
    ingesteld: gegevens !== null,
    beschadigd: gegevens === null && swvSettingsDamaged(ctx.db),
    gegevens,
    directeur: directeur
      ? { ...directeur, actief: isActieveDirecteur(ctx, directeur.userId) }
      : null,
    logo: logo
      ? {
          pngBase64: Buffer.from(logo.png).toString('base64'),
          breedte: logo.breedte,
          hoogte: logo.hoogte,
        }
      : null,
    afgegevenVolgnummers: afgegevenVolgnummers(ctx),
  };
}

/** Saves the details; refuses a signer who is no active directeur and a code already in use. */
export function zetSwv(ctx: AuthedContext, input: SwvInput): { ok: true } {
  return ctx.tx(() => {
    if (input.directeurUserId !== null && !isActieveDirecteur(ctx, input.directeurUserId)) {
      throw new UserFacingError(
        'invalid_input',
        'Kies een actieve gebruiker met de rol directeur-bestuurder.',
        'directeurUserId',
      );
    }
    const huidig = readSwvSettings(ctx.db);
    const uitgegeven = afgegevenVolgnummers(ctx);
    if (huidig !== null && huidig.code !== input.code && uitgegeven > 0) {
      throw new UserFacingError(
        'invalid_input',
        `De code ${huidig.code} staat al in ${uitgegeven === 1 ? 'een afgegeven TLV-volgnummer' : `${uitgegeven} afgegeven TLV-volgnummers`} en kan niet meer worden gewijzigd.`,
        'code',
      );
    }
    writeSwvSettings(ctx.db, input);
    ctx.audit({ action: 'swv.zetten', objectType: 'settings', objectId: null });
    return { ok: true as const };
  });
}

/**
 * Saves the logo after checking it: a PNG within the limits (domain/swv.ts checkLogo), whole and
 * consistent (logo-png.ts), that the letters can draw (pdf-lib decodes it). A refused file changes
 * nothing.
 */
export async function zetLogo(ctx: AuthedContext, pngBase64: string) {
  const png = new Uint8Array(Buffer.from(pngBase64, 'base64'));
  const check = checkLogo(png);
  if (!check.ok) throw new UserFacingError('invalid_input', check.melding, 'pngBase64');
  // The structure first: pdf-lib's decoder would loop on pixel data that does not inflate.
  if (!pngIsHeel(png) || !(await logoIsBruikbaar(png)))
    throw new UserFacingError(
      'invalid_input',
      'Dit PNG-bestand kan niet worden gelezen. Sla het opnieuw op als PNG of kies een ander bestand.',
      'pngBase64',
    );
  return ctx.tx(() => {
    writeSwvLogo(ctx.db, { png, breedte: check.breedte, hoogte: check.hoogte });
    ctx.audit({ action: 'swv.logo', objectType: 'settings', objectId: null });
    return { breedte: check.breedte, hoogte: check.hoogte };
  });
}

export function verwijderLogo(ctx: AuthedContext): { ok: true } {
  return ctx.tx(() => {
    deleteSwvLogo(ctx.db);
    ctx.audit({ action: 'swv.logoVerwijderen', objectType: 'settings', objectId: null });
    return { ok: true as const };
  });
}

/**
 * A sample letter (the brief aan ouders about a fictitious pupil) with the letterhead, logo,
 * signature and bezwaarclausule as saved, so the beheerder sees them before a real letter goes out.
 * It is not stored.
 */
export async function voorbeeldbrief(ctx: AuthedContext) {
  const swv = letterhead(ctx);
  const bytes = await renderBriefOuders({
    swv,
    uitkomst: 'tlv_afgegeven',
    volgnummer: 'VOORBEELD',
    leerling: { naam: 'Voorbeeld Leerling', geboortedatum: '2017-01-01' },
    schoolsoort: 'SO',
    categorie: 'laag',
    begindatum: ctx.today,
    einddatum: `${Number(ctx.today.slice(0, 4)) + 2}-07-31`,
    besluitdatum: ctx.today,
    directeur: { naam: directeurNaam(ctx) },
    school: { naam: 'Voorbeeldschool', brin: '00AA' },
    schoolbestuur: { naam: 'Voorbeeldbestuur' },
    eindadviesTekst:
      'Dit is een voorbeeldbrief. Hier staat in een echte brief het eindadvies van de ' +
      'toelaatbaarheidsadviescommissie, letterlijk overgenomen.',
    deskundigen: [
      { naam: 'Eerste Deskundige', discipline: 'Orthopedagoog' },
      { naam: 'Tweede Deskundige', discipline: 'Kinder- of jeugdpsycholoog' },
    ],
    ouders: {
      naam: 'Ouders van Voorbeeld Leerling',
      adres: 'Voorbeeldstraat 1',
      postcode: '1234 AB',
      plaats: 'Voorbeeld',
    },
    generatedAt: ctx.nowIso,
  });
  return {
    fileName: 'Voorbeeldbrief.pdf',
    dataBase64: Buffer.from(bytes).toString('base64'),
  };
}
