// Issue 12 · a summary in tables as an A4 PDF (the jaarverslag's kengetallen): titled ExportTabel
// values, each under its heading, on the SWV's letterhead with page numbers (./layout.ts).
// Columns share the width by the length of their content; a cell wraps within its column; a row
// never splits over two pages, and a table that continues on a new page repeats its header.
// Numbers and dates are right-aligned and written as the CSV writes them (domain/export-tabel.ts).
import { celAlsTekst, type ExportTabel } from '../domain/export-tabel';
import { LetterLayout, type LayoutOptions } from './layout';

export interface TabellenPdfData {
  readonly titel: string;
  /** A line under the title, e.g. the period ('Schooljaar 2025-2026'). */
  readonly ondertitel: string;
  readonly letterhead: LayoutOptions['letterhead'];
  /** ISO instant: the PDF's creation date (identical input gives identical bytes). */
  readonly gemaaktOp: string;
  readonly onderdelen: readonly { readonly titel: string; readonly tabel: ExportTabel }[];
}

const SIZE = 8.5;
const LINE = 11;
const PAD = 4;

/** A table of text cells (already written as a reader reads them) under its heading. */
export interface TekstTabel {
  readonly koppen: readonly string[];
  /** Per column: right-aligned (numbers). */
  readonly rechts: readonly boolean[];
  readonly rijen: readonly (readonly string[])[];
  /** Per column its share of the width (any unit); by the length of the content when absent. */
  readonly verhouding?: readonly number[];
  /** Rows in bold (e.g. a total), by index. */
  readonly vet?: readonly number[];
  /** The sentence when there are no rows. */
  readonly leeg?: string;
}

/** The column widths (points): by content length, each at least a sixth of an even share. */
function breedtes(layout: LetterLayout, t: TekstTabel): number[] {
  const lengte =
    t.verhouding ??
    t.koppen.map((k, i) =>
      Math.min(40, Math.max(k.length, ...t.rijen.map((r) => (r[i] ?? '').length))),
    );
  const som = lengte.reduce((a, b) => a + b, 0) || 1;
  const minimum = layout.contentWidth / t.koppen.length / 6;
  const ruw = lengte.map((l) => Math.max(minimum, (l / som) * layout.contentWidth));
  const schaal = layout.contentWidth / ruw.reduce((a, b) => a + b, 0);
  return ruw.map((b) => b * schaal);
}

function tabelRij(
  layout: LetterLayout,
  cellen: readonly string[],
  rechts: readonly boolean[],
  breedte: readonly number[],
  bold: boolean,
  kop: boolean,
): void {
  const regels = cellen.map((c, i) =>
    layout.wrap(c, (breedte[i] ?? 0) - PAD, { size: SIZE, bold }),
  );
  const hoogte = Math.max(1, ...regels.map((r) => r.length)) * LINE + 3;
  let x = layout.left;
  const top = layout.cursor;
  regels.forEach((lines, i) => {
    const w = breedte[i] ?? 0;
    lines.forEach((line, n) => {
      const y = top - n * LINE;
      const tw = rechts[i] ? layout.tekstBreedte(line, SIZE, bold) : 0;
      layout.draw(line, rechts[i] ? x + w - PAD - tw : x, y, { size: SIZE, bold });
    });
    x += w;
  });
  layout.cursor = top - hoogte;
  layout.rule(
    layout.left,
    layout.left + layout.contentWidth,
    layout.cursor + LINE - 3,
    kop ? 0.8 : 0.3,
    kop ? 'accent' : 'grey',
  );
}

/**
 * A table of text cells under its heading: a row never splits over two pages, and a table that
 * continues on a new page repeats its header.
 */
export function tekstTabel(layout: LetterLayout, titel: string, t: TekstTabel): void {
  layout.heading(titel);
  const breedte = breedtes(layout, t);
  const kopHoogte = (): number =>
    Math.max(
      ...t.koppen.map(
        (c, i) => layout.wrap(c, (breedte[i] ?? 0) - PAD, { size: SIZE, bold: true }).length,
      ),
    ) *
      LINE +
    3;
  tabelRij(layout, t.koppen, t.rechts, breedte, true, true);
  if (t.rijen.length === 0) {
    layout.paragraph(t.leeg ?? 'Geen gegevens in deze periode.', { size: SIZE, color: 'grey' });
    return;
  }
  t.rijen.forEach((cellen, r) => {
    const bold = t.vet?.includes(r) ?? false;
    const regels = Math.max(
      1,
      ...cellen.map((c, i) => layout.wrap(c, (breedte[i] ?? 0) - PAD, { size: SIZE, bold }).length),
    );
    const voor = layout.pagina;
    layout.ensureSpace(regels * LINE + 3);
    if (layout.pagina !== voor) {
      layout.ensureSpace(kopHoogte() + regels * LINE + 3);
      tabelRij(layout, t.koppen, t.rechts, breedte, true, true);
    }
    tabelRij(layout, cellen, t.rechts, breedte, bold, false);
  });
  layout.space(10);
}

/** An ExportTabel under its heading, its cells written as the CSV writes them. */
function tabel(layout: LetterLayout, titel: string, t: ExportTabel): void {
  tekstTabel(layout, titel, {
    koppen: t.kolommen.map((k) => k.kop),
    rechts: t.kolommen.map((k) => k.type !== 'tekst'),
    rijen: t.rijen.map((rij) => rij.map((c, i) => celAlsTekst(c, t.kolommen[i]?.type ?? 'tekst'))),
  });
}

/** The tables as one A4 PDF (pdf-lib, deterministic). */
export async function renderTabellenPdf(data: TabellenPdfData): Promise<Uint8Array> {
  const layout = await LetterLayout.create({
    title: data.titel,
    subject: data.ondertitel,
    author: data.letterhead.naam,
    generatedAt: data.gemaaktOp,
    letterhead: data.letterhead,
  });
  layout.paragraph(data.titel, { bold: true, size: 15, color: 'accent', spaceAfter: 2 });
  layout.paragraph(data.ondertitel, { color: 'grey', spaceAfter: 10 });
  for (const o of data.onderdelen) tabel(layout, o.titel, o.tabel);
  return layout.finish();
}
