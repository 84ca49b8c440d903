import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { schoolbesturen, scholen } from '../../db/schema';
import { MAX_IMPORT_BYTES } from '../contract/scholen';
import type { AuthedContext } from '../core/context';
import { conflict, UserFacingError } from '../core/errors';
import {
  planImport,
  type DuoBestand,
  type DuoBestuurRij,
  type DuoSchoolRij,
  type ImportPlan,
} from '../domain/scholen-import';
import { eq } from 'drizzle-orm';

// The import of DUO's open data of schools (issue 10): read the file (CSV or XLSX), ask the domain
// what every row would do (domain/scholen-import.ts), show that, and apply exactly that.
//
// The column layout is DUO's ("Open onderwijsdata", duo.nl/open_onderwijsdata, primair onderwijs →
// adressen; the same files on onderwijsdata.duo.nl):
// - "Adressen alle vestigingen basisonderwijs" and "… speciaal (basis)onderwijs en (v)so": one row
//   per school location, with among others PROVINCIE; BEVOEGD GEZAG NUMMER; INSTELLINGSCODE (the
//   BRIN, 12AB); VESTIGINGSCODE (12AB00; in some releases only the two digits); VESTIGINGSNAAM;
//   STRAATNAAM; HUISNUMMER-TOEVOEGING; POSTCODE; PLAATSNAAM; GEMEENTENUMMER; GEMEENTENAAM;
//   DENOMINATIE; TELEFOONNUMMER; INTERNETADRES; the correspondence address and regional divisions.
//   The files of hoofdvestigingen have INSTELLINGSNAAM instead of VESTIGINGSNAAM and no
//   VESTIGINGSCODE (then 00); DUO's older files named the BRIN column "BRIN NUMMER" and the
//   vestiging "VESTIGINGSNUMMER". These school files name the board by its number only.
// - "Adressen schoolbesturen (bevoegde gezagen)": BEVOEGD GEZAG NUMMER; BEVOEGD GEZAG NAAM;
//   STRAATNAAM; HUISNUMMER-TOEVOEGING; POSTCODE; PLAATSNAAM; GEMEENTENAAM; … .
// DUO's CSV files on duo.nl are `;`-separated in Windows-1252; those of onderwijsdata.duo.nl are
// `,`-separated in UTF-8. Both are read, with or without a byte order mark, and XLSX (first sheet,
// first row the header). Columns are found by their header, in any order; others are ignored.
//
// Boards: a school file names a board by its number. A board TLA does not hold yet is created with
// the name from an optional column BEVOEGD GEZAG NAAM when the file has one, otherwise as
// "Bestuur 41234", which the beheerder renames (or names by importing DUO's file of boards, which
// updates the names of boards TLA already holds).

/** More rows than any SWV needs (DUO's national file has about 7,000 school locations). */
const MAX_ROWS = 20_000;

type Veld =
  | 'bestuursnummer'
  | 'bestuursnaam'
  | 'instellingscode'
  | 'vestigingscode'
  | 'vestigingsnaam'
  | 'instellingsnaam'
  | 'straat'
  | 'huisnummer'
  | 'postcode'
  | 'plaats'
  | 'gemeente';

/** The headers DUO uses for each field (normalised: capitals, single spaces, `_` as space). */
const KOLOMMEN: Readonly<Record<Veld, readonly string[]>> = {
  bestuursnummer: ['BEVOEGD GEZAG NUMMER', 'BEVOEGD GEZAG', 'BEVOEGDGEZAGNUMMER'],
  bestuursnaam: ['BEVOEGD GEZAG NAAM', 'BESTUURSNAAM'],
  instellingscode: ['INSTELLINGSCODE', 'BRIN NUMMER', 'BRINNUMMER', 'BRIN'],
  vestigingscode: ['VESTIGINGSCODE', 'VESTIGINGSNUMMER'],
  vestigingsnaam: ['VESTIGINGSNAAM'],
  instellingsnaam: ['INSTELLINGSNAAM'],
  straat: ['STRAATNAAM'],
  huisnummer: ['HUISNUMMER-TOEVOEGING', 'HUISNUMMER TOEVOEGING', 'HUISNUMMER'],
  postcode: ['POSTCODE'],
  plaats: ['PLAATSNAAM'],
  gemeente: ['GEMEENTENAAM'],
};

/** A cell as text, at most `max` characters (a longer one refuses the row, not the file). */
const cell = (kolom: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `De kolom ${kolom} is te lang (hoogstens ${max} tekens).` });

const schoolRij = z.object({
  bestuursnummer: cell('BEVOEGD GEZAG NUMMER', 20),
  bestuursnaam: cell('BEVOEGD GEZAG NAAM', 200),
  instellingscode: cell('INSTELLINGSCODE', 20),
  vestigingscode: cell('VESTIGINGSCODE', 20),
  naam: cell('VESTIGINGSNAAM', 200),
  straat: cell('STRAATNAAM', 150),
  huisnummer: cell('HUISNUMMER-TOEVOEGING', 40),
  postcode: cell('POSTCODE', 20),
  plaats: cell('PLAATSNAAM', 100),
  gemeente: cell('GEMEENTENAAM', 100),
});

const bestuurRij = z.object({
  bestuursnummer: cell('BEVOEGD GEZAG NUMMER', 20),
  naam: cell('BEVOEGD GEZAG NAAM', 200),
  straat: cell('STRAATNAAM', 150),
  huisnummer: cell('HUISNUMMER-TOEVOEGING', 40),
  postcode: cell('POSTCODE', 20),
  plaats: cell('PLAATSNAAM', 100),
  gemeente: cell('GEMEENTENAAM', 100),
});

/** A row of the file: its line and its cells. */
interface Regel {
  readonly regel: number;
  readonly cellen: readonly string[];
}

const refuse = (message: string) => new UserFacingError('invalid_input', message, 'dataBase64');

const normaliseHeader = (h: string): string =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .toUpperCase();

/** UTF-8 (with or without BOM) when it is valid UTF-8, else Windows-1252 (DUO's CSV files). */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `;` or `,` (or a tab): the one the header line has most of, outside quotes. */
function delimiterOf(text: string): string {
  const firstLine = (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').replace(
    /"[^"]*"/g,
    '',
  );
  const count = (c: string) => firstLine.split(c).length - 1;
  return [';', ',', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ';');
}

function readCsv(bytes: Buffer): Regel[] {
  const text = decodeText(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const line = (e as { lines?: unknown }).lines;
    throw refuse(
      `Het bestand kon niet als CSV worden gelezen${typeof line === 'number' ? ` (regel ${line})` : ''}. Sla het op als CSV (puntkomma of komma) of als Excel-bestand (.xlsx).`,
    );
  }
  return records.map((r) => ({ regel: r.info.lines, cellen: r.record }));
}

async function readXlsx(bytes: Buffer): Promise<Regel[]> {
  // Loaded when an XLSX is read, not at start: exceljs and its dependencies take seconds to load,
  // and every start of the backend (and of each test's child process) would pay for it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw refuse('Het bestand kon niet als Excel-bestand (.xlsx) worden gelezen.');
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw refuse('Het Excel-bestand heeft geen werkblad.');
  const regels: Regel[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cellen: string[] = [];
    for (let i = 1; i <= row.cellCount; i += 1) cellen.push(row.getCell(i).text.trim());
    regels.push({ regel: rowNumber, cellen });
  });
  return regels;
}

/** The bytes of a file as rows of text cells, CSV or XLSX by its content. */
async function readTable(bytes: Buffer): Promise<{ indeling: 'csv' | 'xlsx'; regels: Regel[] }> {
  const magic = bytes.subarray(0, 4).toString('hex');
  if (magic === '504b0304') return { indeling: 'xlsx', regels: await readXlsx(bytes) };
  if (magic === 'd0cf11e0')
    throw refuse(
      'Oude Excel-bestanden (.xls) worden niet gelezen. Sla het bestand op als .xlsx of als CSV.',
    );
  if (bytes.subarray(0, 5).toString() === '%PDF-' || bytes.includes(0))
    throw refuse('Dit is geen CSV- of Excel-bestand. Kies het bestand van DUO (CSV of .xlsx).');
  return { indeling: 'csv', regels: readCsv(bytes) };
}

/** The file read as DUO's layout: which file it is and its rows, each checked by zod. */
export async function readDuoBestand(bytes: Buffer): Promise<{
  indeling: 'csv' | 'xlsx';
  bestand: DuoBestand;
}> {
  if (bytes.length === 0) throw refuse('Het bestand is leeg.');
  if (bytes.length > MAX_IMPORT_BYTES) throw refuse('Het bestand is te groot (hoogstens 10 MB).');
  const { indeling, regels } = await readTable(bytes);
  const nonEmpty = regels.filter((r) => r.cellen.some((c) => c !== ''));
  const [header, ...data] = nonEmpty;
  if (header === undefined) throw refuse('Het bestand is leeg.');
  if (data.length === 0) throw refuse('Het bestand heeft alleen een kopregel en geen scholen.');
  if (data.length > MAX_ROWS)
    throw refuse(`Het bestand heeft meer dan ${MAX_ROWS.toLocaleString('nl-NL')} regels.`);
  const headers = header.cellen.map(normaliseHeader);
  const column = (veld: Veld): number | null => {
    for (const name of KOLOMMEN[veld]) {
      const i = headers.indexOf(name);
      if (i >= 0) return i;
    }
    return null;
  };
  const at = (r: Regel, veld: Veld): string => {
    const i = column(veld);
    return i === null ? '' : (r.cellen[i] ?? '');
  };
  const missing = (velden: readonly Veld[]) =>
    velden.filter((v) => column(v) === null).map((v) => KOLOMMEN[v][0] as string);

  if (column('instellingscode') !== null) {
    const ontbreekt = missing(['bestuursnummer', 'plaats', 'gemeente']);
    if (column('vestigingsnaam') === null && column('instellingsnaam') === null)
      ontbreekt.push('VESTIGINGSNAAM');
    if (ontbreekt.length > 0) throw refuse(kolommenOntbreken(ontbreekt));
    const naamKolom: Veld =
      column('vestigingsnaam') !== null ? 'vestigingsnaam' : 'instellingsnaam';
    const rijen: DuoSchoolRij[] = data.map((r) =>
      checked(r.regel, schoolRij, {
        bestuursnummer: at(r, 'bestuursnummer'),
        bestuursnaam: at(r, 'bestuursnaam'),
        instellingscode: at(r, 'instellingscode'),
        vestigingscode: at(r, 'vestigingscode'),
        naam: at(r, naamKolom),
        straat: at(r, 'straat'),
        huisnummer: at(r, 'huisnummer'),
        postcode: at(r, 'postcode'),
        plaats: at(r, 'plaats'),
        gemeente: at(r, 'gemeente'),
      }),
    );
    return { indeling, bestand: { soort: 'scholen', rijen } };
  }
  if (column('bestuursnummer') !== null && column('bestuursnaam') !== null) {
    const rijen: DuoBestuurRij[] = data.map((r) =>
      checked(r.regel, bestuurRij, {
        bestuursnummer: at(r, 'bestuursnummer'),
        naam: at(r, 'bestuursnaam'),
        straat: at(r, 'straat'),
        huisnummer: at(r, 'huisnummer'),
        postcode: at(r, 'postcode'),
        plaats: at(r, 'plaats'),
        gemeente: at(r, 'gemeente'),
      }),
    );
    return { indeling, bestand: { soort: 'besturen', rijen } };
  }
  throw refuse(
    `${kolommenOntbreken(['INSTELLINGSCODE'])} Kies DUO's bestand "Adressen alle vestigingen" (scholen) of "Adressen schoolbesturen" (besturen).`,
  );
}

function kolommenOntbreken(kolommen: readonly string[]): string {
  return `Dit bestand heeft niet de kolommen van DUO: ${kolommen.join(', ')} ontbreekt.`;
}

/**
 * A row checked by its zod schema; a row that fails keeps its cells and carries the messages, so
 * the preview refuses that row (and only that row) with the reason.
 */
function checked<T extends Record<string, string>>(
  regel: number,
  schema: z.ZodType<T>,
  cells: T,
): T & { regel: number; fouten?: string[] } {
  const parsed = schema.safeParse(cells);
  return parsed.success
    ? { ...parsed.data, regel }
    : { ...cells, regel, fouten: parsed.error.issues.map((i) => i.message) };
}

function bestaand(ctx: AuthedContext) {
  return {
    besturen: ctx.db.select().from(schoolbesturen).all(),
    scholen: ctx.db.select().from(scholen).all(),
  };
}

const sha256Of = (data: Uint8Array | string): string =>
  createHash('sha256').update(data).digest('hex');

/**
 * What pins a preview: the file, the chosen gemeenten, every row as the preview showed it (old and
 * new values included) and every write it would make.
 */
function sleutelVan(sha256: string, gemeenten: readonly string[] | null, plan: ImportPlan): string {
  return sha256Of(JSON.stringify({ sha256, gemeenten, regels: plan.regels, acties: plan.acties }));
}

interface ImportInput {
  readonly fileName: string;
  readonly dataBase64: string;
  readonly gemeenten: readonly string[] | null;
}

/** The preview: every row's outcome and the totals. Writes nothing. */
export async function importVoorbeeld(ctx: AuthedContext, input: ImportInput) {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const { indeling, bestand } = await readDuoBestand(bytes);
  const plan = planImport(bestand, bestaand(ctx), { gemeenten: input.gemeenten });
  const sha256 = sha256Of(bytes);
  return {
    bestand: { soort: bestand.soort, indeling, rijen: bestand.rijen.length },
    sha256,
    sleutel: sleutelVan(sha256, input.gemeenten, plan),
    totalen: plan.totalen,
    gemeenten: [...plan.gemeenten],
    regels: plan.regels.map((r) => ({
      ...r,
      wijzigingen: [...r.wijzigingen],
      redenen: [...r.redenen],
      opmerkingen: [...r.opmerkingen],
    })),
  };
}

/**
 * Applies what the preview of the same file showed, in one transaction: the plan is made again from
 * the same bytes and what TLA holds now, and only when it is the same plan (its key) is it written.
 */
export async function importeer(
  ctx: AuthedContext,
  input: ImportInput & { readonly sha256: string; readonly sleutel: string },
) {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (sha256Of(bytes) !== input.sha256)
    throw conflict('Dit is niet het bestand van het voorbeeld. Maak opnieuw een voorbeeld.');
  const { bestand } = await readDuoBestand(bytes);
  return ctx.tx(() => {
    const plan = planImport(bestand, bestaand(ctx), { gemeenten: input.gemeenten });
    if (sleutelVan(input.sha256, input.gemeenten, plan) !== input.sleutel)
      throw conflict(
        'De scholenlijst is gewijzigd sinds het voorbeeld. Bekijk het voorbeeld opnieuw en importeer dan.',
      );
    const a = plan.acties;
    const bestuurIds = new Map(
      ctx.db
        .select({ id: schoolbesturen.id, nummer: schoolbesturen.bestuursnummer })
        .from(schoolbesturen)
        .all()
        .map((b) => [b.nummer, b.id]),
    );
    for (const b of a.nieuweBesturen)
      bestuurIds.set(
        b.bestuursnummer,
        Number(ctx.db.insert(schoolbesturen).values(b).run().lastInsertRowid),
      );
    for (const w of a.bestuurWijzigingen)
      ctx.db.update(schoolbesturen).set(w.set).where(eq(schoolbesturen.id, w.id)).run();
    const idVan = (nummer: string): number => {
      const id = bestuurIds.get(nummer);
      if (id === undefined) throw new Error('import: board missing from the plan');
      return id;
    };
    for (const { bestuursnummer, ...s } of a.nieuweScholen)
      ctx.db
        .insert(scholen)
        .values({ ...s, bestuurId: idVan(bestuursnummer) })
        .run();
    for (const { id, set } of a.schoolWijzigingen) {
      const { bestuursnummer, ...rest } = set;
      ctx.db
        .update(scholen)
        .set({
          ...rest,
          ...(bestuursnummer === undefined ? {} : { bestuurId: idVan(bestuursnummer) }),
        })
        .where(eq(scholen.id, id))
        .run();
    }
    const toegevoegd = a.nieuweBesturen.length + a.nieuweScholen.length;
    const gewijzigd = a.bestuurWijzigingen.length + a.schoolWijzigingen.length;
    // Counts only: the audit names no school and no file.
    ctx.audit({
      action: 'scholen.import',
      objectType: 'scholen',
      objectId: null,
      details: `besturen +${a.nieuweBesturen.length} ~${a.bestuurWijzigingen.length}, scholen +${a.nieuweScholen.length} ~${a.schoolWijzigingen.length}, geweigerd ${plan.totalen.geweigerd}`,
    });
    return { toegevoegd, gewijzigd, geweigerd: plan.totalen.geweigerd };
  });
}
