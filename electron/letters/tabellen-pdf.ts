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

/** The column widths (points): by content length, each at least a sixth of an even share. */
function breedtes(layout: LetterLayout, tabel: ExportTabel): number[] {
  const lengte = tabel.kolommen.map((k, i) =>
    Math.min(
      40,
      Math.max(k.kop.length, ...tabel.rijen.map((r) => celAlsTekst(r[i] ?? null, k.type).length)),
    ),
  );
  const som = lengte.reduce((a, b) => a + b, 0) || 1;
  const minimum = layout.contentWidth / tabel.kolommen.length / 6;
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
    bold ? 0.8 : 0.3,
    bold ? 'accent' : 'grey',
  );
}

function tabel(layout: LetterLayout, titel: string, t: ExportTabel): void {
  layout.heading(titel);
  const breedte = breedtes(layout, t);
  const rechts = t.kolommen.map((k) => k.type !== 'tekst');
  const kop = t.kolommen.map((k) => k.kop);
  const kopHoogte = (): number =>
    Math.max(
      ...kop.map(
        (c, i) => layout.wrap(c, (breedte[i] ?? 0) - PAD, { size: SIZE, bold: true }).length,
      ),
    ) *
      LINE +
    3;
  tabelRij(layout, kop, rechts, breedte, true);
  if (t.rijen.length === 0) {
    layout.paragraph('Geen gegevens in deze periode.', { size: SIZE, color: 'grey' });
    return;
  }
  for (const rij of t.rijen) {
    const cellen = rij.map((c, i) => celAlsTekst(c, t.kolommen[i]?.type ?? 'tekst'));
    const regels = Math.max(
      1,
      ...cellen.map((c, i) => layout.wrap(c, (breedte[i] ?? 0) - PAD, { size: SIZE }).length),
    );
    const voor = layout.pagina;
    layout.ensureSpace(regels * LINE + 3);
    if (layout.pagina !== voor) {
      layout.ensureSpace(kopHoogte() + regels * LINE + 3);
      tabelRij(layout, kop, rechts, breedte, true);
    }
    tabelRij(layout, cellen, rechts, breedte, false);
  }
  layout.space(10);
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
