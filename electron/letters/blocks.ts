// Composite blocks (label/value rows, tables, signature lines) drawn with LetterLayout's primitives.
import type { LetterLayout, TextOptions } from './layout';

/** Label/value rows; the value column wraps, the label stays on the first line. Values are bold
 *  unless `o.bold` is false, because the values are what the reader looks for. */
export function keyValues(
  l: LetterLayout,
  rows: ReadonlyArray<readonly [string, string]>,
  labelWidth = 165,
  o: TextOptions = {},
): void {
  const lead = (o.size ?? 10.5) * 1.45;
  const valueStyle: TextOptions = { ...o, bold: o.bold ?? true };
  for (const [label, value] of rows) {
    const lines = l.wrap(value, l.contentWidth - labelWidth, valueStyle);
    l.ensureSpace(lead * lines.length);
    l.draw(label, l.left, l.cursor, { ...o, bold: false, color: 'grey' });
    for (const line of lines) {
      l.draw(line, l.left + labelWidth, l.cursor, valueStyle);
      l.cursor -= lead;
    }
  }
  l.cursor -= 8;
}

/** A grid table with a bold header row; widths in points. Cells are cut to one line, which suits
 *  the short values (scores, dates) tables are used for. */
export function table(
  l: LetterLayout,
  headers: string[],
  rows: string[][],
  widths: number[],
  size = 9.5,
): void {
  const lead = size * 1.8;
  const total = widths.reduce((a, b) => a + b, 0);
  const row = (cells: string[], bold: boolean): void => {
    l.ensureSpace(lead);
    let x = l.left;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 60;
      l.draw(l.wrap(cell, w - 6, { size, bold })[0] ?? '', x + 3, l.cursor, { size, bold });
      x += w;
    });
    l.rule(
      l.left,
      l.left + total,
      l.cursor - size * 0.6,
      bold ? 0.9 : 0.3,
      bold ? 'accent' : 'grey',
    );
    l.cursor -= lead;
  };
  row(headers, true);
  for (const r of rows) row(r, false);
  l.cursor -= 8;
}

/** A line to sign on, with the signer's name and role below it. */
export function signatureLine(
  l: LetterLayout,
  naam: string,
  rol: string,
  x = l.left,
  width = 200,
): void {
  l.ensureSpace(70);
  l.cursor -= 34;
  l.rule(x, x + width, l.cursor, 0.5, 'grey');
  l.draw(naam, x, l.cursor - 14, { bold: true });
  l.draw(rol, x, l.cursor - 27, { size: 9, color: 'grey' });
}

/** Two signature lines side by side (for plans that school and parents both sign). */
export function signaturePair(
  l: LetterLayout,
  left: [string, string],
  right: [string, string],
): void {
  l.ensureSpace(80);
  const y = l.cursor;
  signatureLine(l, left[0], left[1]);
  l.cursor = y;
  signatureLine(l, right[0], right[1], l.left + l.contentWidth / 2 + 10);
  l.cursor -= 44;
}
