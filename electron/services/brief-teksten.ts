import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { briefTeksten, users } from '../../db/schema';
import { briefTekstInhoud } from '../contract/briefteksten';
import type { AuthedContext } from '../core/context';
import { conflict, domainError } from '../core/errors';
import {
  BRIEF_TEKST_DELEN,
  BRIEF_TEKST_SOORTEN,
  STANDAARD_VERSIE,
  standaardTekst,
  valideerBriefTekst,
  volledigeTekst,
  type BriefTekst,
  type BriefTekstSoort,
} from '../domain/brief-teksten';
import { renderVoorbeeld } from '../letters/index';
import type { SwvGegevens } from '../letters/types';
import { directeurNaam, letterhead } from './brieven';
import { readSwvSettings } from './settings';

// The SWV's letter texts (issue 10, §7 '(setting)'): versioned in brief_teksten, a save is the next
// version and nothing is overwritten. Letters take the current text of their kind and record its
// version in brieven.tekst_versie: 0 (STANDAARD_VERSIE) is the text TLA ships with, used until the
// beheerder saves one; null is a letter without an editable text (the afschrift of the adviezen)
// or one made before texts were versioned (then also TLA's own text).

/** A text and the version it is. */
export interface GekozenTekst {
  readonly versie: number;
  readonly tekst: BriefTekst;
}

const opgeslagen = z.string().transform((json, ctx) => {
  try {
    return briefTekstInhoud.parse(JSON.parse(json));
  } catch {
    ctx.addIssue({ code: 'custom', message: 'damaged' });
    return z.NEVER;
  }
});

function parseTekst(soort: BriefTekstSoort, json: string): BriefTekst {
  const r = opgeslagen.safeParse(json);
  // A stored text is checked when it is saved; a damaged one reads as the standard text rather than
  // leaving a letter without its parts.
  return volledigeTekst(soort, r.success ? r.data : undefined);
}

function rows(ctx: AuthedContext, soort: BriefTekstSoort) {
  return ctx.db
    .select({
      id: briefTeksten.id,
      versie: briefTeksten.version,
      tekst: briefTeksten.tekst,
      createdAt: briefTeksten.createdAt,
      door: users.naam,
    })
    .from(briefTeksten)
    .innerJoin(users, eq(users.id, briefTeksten.createdBy))
    .where(eq(briefTeksten.kind, soort))
    .orderBy(desc(briefTeksten.version));
}

/** The text the next letter of this kind uses: the latest saved version, or TLA's own (0). */
export function huidigeBriefTekst(ctx: AuthedContext, soort: BriefTekstSoort): GekozenTekst {
  const row = ctx.db
    .select({ versie: briefTeksten.version, tekst: briefTeksten.tekst })
    .from(briefTeksten)
    .where(eq(briefTeksten.kind, soort))
    .orderBy(desc(briefTeksten.version))
    .limit(1)
    .get();
  return row
    ? { versie: row.versie, tekst: parseTekst(soort, row.tekst) }
    : { versie: STANDAARD_VERSIE, tekst: standaardTekst(soort) };
}

export function listBriefTeksten(ctx: AuthedContext) {
  return BRIEF_TEKST_SOORTEN.map((soort) => {
    const laatste = rows(ctx, soort).limit(1).get();
    // Versions are numbered 1, 2, 3 … per kind, so the latest number is also how many there are.
    const versie = laatste?.versie ?? STANDAARD_VERSIE;
    return {
      soort,
      versie,
      createdAt: laatste?.createdAt ?? null,
      door: laatste?.door ?? null,
      versies: versie,
    };
  });
}

/** A kind's text (the current one, or an older version) with its history, newest first. */
export function getBriefTekst(ctx: AuthedContext, soort: BriefTekstSoort, versie?: number) {
  const alle = rows(ctx, soort).all();
  const huidigeVersie = alle[0]?.versie ?? STANDAARD_VERSIE;
  const gevraagd = versie ?? huidigeVersie;
  const geschiedenis = [
    ...alle.map((r) => ({ versie: r.versie, createdAt: r.createdAt, door: r.door })),
    { versie: STANDAARD_VERSIE, createdAt: null, door: null },
  ];
  if (gevraagd === STANDAARD_VERSIE) {
    return {
      soort,
      versie: STANDAARD_VERSIE,
      createdAt: null,
      door: null,
      huidigeVersie,
      tekst: standaardTekst(soort),
      geschiedenis,
    };
  }
  const row = alle.find((r) => r.versie === gevraagd);
  if (!row) throw domainError(`Versie ${gevraagd} van deze brieftekst bestaat niet.`);
  return {
    soort,
    versie: row.versie,
    createdAt: row.createdAt,
    door: row.door,
    huidigeVersie,
    tekst: parseTekst(soort, row.tekst),
    geschiedenis,
  };
}

/** The parts of a text in the kind's order, each checked; refused with the first problem. */
function gecontroleerd(
  soort: BriefTekstSoort,
  tekst: Readonly<Record<string, string>>,
): BriefTekst {
  const fout = valideerBriefTekst(soort, tekst)[0];
  if (fout) {
    const deel = BRIEF_TEKST_DELEN[soort].find((d) => d.key === fout.deel);
    throw domainError(deel ? `${deel.label}: ${fout.melding}` : fout.melding);
  }
  return Object.fromEntries(BRIEF_TEKST_DELEN[soort].map((d) => [d.key, tekst[d.key] ?? '']));
}

/** Saves the text as the next version of its kind; never overwrites one. */
export function saveBriefTekst(
  ctx: AuthedContext,
  input: { soort: BriefTekstSoort; basisVersie: number; tekst: Readonly<Record<string, string>> },
) {
  const tekst = gecontroleerd(input.soort, input.tekst);
  return ctx.tx(() => {
    const huidig = huidigeBriefTekst(ctx, input.soort);
    if (huidig.versie !== input.basisVersie) {
      throw conflict(
        `Intussen is versie ${huidig.versie} van deze brieftekst opgeslagen. Open de tekst opnieuw en breng uw wijziging daarin aan.`,
      );
    }
    if (BRIEF_TEKST_DELEN[input.soort].every((d) => huidig.tekst[d.key] === tekst[d.key])) {
      throw domainError('De tekst is niet gewijzigd: er is geen nieuwe versie opgeslagen.');
    }
    const versie = huidig.versie + 1;
    const id = Number(
      ctx.db
        .insert(briefTeksten)
        .values({
          kind: input.soort,
          version: versie,
          tekst: JSON.stringify(tekst),
          createdBy: ctx.user.id,
          createdAt: ctx.nowIso,
        })
        .run().lastInsertRowid,
    );
    ctx.audit({ action: 'brieftekst.opslaan', objectType: 'brief_tekst', objectId: id });
    return { versie };
  });
}

/** Until the SWV's details are saved the preview shows where they will stand. */
const VOORBEELD_SWV: SwvGegevens = {
  naam: 'Naam van uw samenwerkingsverband',
  registratienummer: 'PO 00-00',
  adres: 'Adres',
  postcode: '1234 AB',
  plaats: 'Plaats',
  bezwaaradvies: {
    naam: 'Bezwaaradviescommissie',
    adres: 'Adres',
    postcode: '1234 AB',
    plaats: 'Plaats',
  },
};

/** Every letter that uses the (unsaved) text, with example data, as one PDF. */
export async function voorbeeldBriefTekst(
  ctx: AuthedContext,
  input: { soort: BriefTekstSoort; tekst: Readonly<Record<string, string>> },
) {
  const tekst = gecontroleerd(input.soort, input.tekst);
  const swv = readSwvSettings(ctx.db) === null ? VOORBEELD_SWV : letterhead(ctx);
  const bytes = await renderVoorbeeld({
    soort: input.soort,
    tekst,
    swv,
    directeur: { naam: directeurNaam(ctx) },
    secretaresse: { naam: 'Naam van de secretaresse' },
    datum: ctx.today,
    generatedAt: ctx.nowIso,
  });
  return {
    fileName: `Voorbeeld ${input.soort.replace(/_/g, ' ')}.pdf`,
    dataBase64: Buffer.from(bytes).toString('base64'),
  };
}
