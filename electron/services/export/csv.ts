import type { ExportTabel } from '../../domain/export-tabel';
import { celAlsTekst } from '../../domain/export-tabel';
import { weigerOngeldigeTabel } from './cellen';

// CSV that Dutch Excel opens as it should: UTF-8 with a byte-order mark (else Excel reads
// Windows-1252 and "Zoë" becomes "ZoÃ«"), ';' between fields (the list separator of the Dutch
// locale), CRLF between rows, a decimal comma, dates dd-mm-jjjj and percentages with a % sign
// (Excel NL reads "87,5%" as the number 0,875). One table is the file; more tables follow one
// another, each under a line with its name and separated by an empty line.

/**
 * CSV/formula injection (OWASP): a text cell that starts with = + - @, a tab or a carriage return
 * gets a leading apostrophe, so a spreadsheet shows it as text and never runs it. Numbers and dates
 * are written by TLA itself and are never text of a user.
 */
const INJECTIE = /^[=+\-@\t\r]/;

function tekstVeld(raw: string): string {
  const v = INJECTIE.test(raw) ? `'${raw}` : raw;
  return /[;"\r\n]/.test(v) || v !== raw ? `"${v.replaceAll('"', '""')}"` : v;
}

function tabelRegels(tabel: ExportTabel): string[] {
  const kop = tabel.kolommen.map((k) => tekstVeld(k.kop)).join(';');
  const rijen = tabel.rijen.map((rij) =>
    rij
      .map((cel, i) => {
        const type = tabel.kolommen[i]?.type ?? 'tekst';
        const tekst = celAlsTekst(cel, type);
        return type === 'tekst' ? tekstVeld(tekst) : tekst;
      })
      .join(';'),
  );
  return [kop, ...rijen];
}

/** The tables as the bytes of one CSV file (refused when a table cannot be written). */
export function schrijfCsv(tabellen: readonly ExportTabel[]): Buffer {
  weigerOngeldigeTabel(tabellen);
  const regels =
    tabellen.length === 1 && tabellen[0] !== undefined
      ? tabelRegels(tabellen[0])
      : tabellen.flatMap((t, i) => [...(i > 0 ? [''] : []), tekstVeld(t.naam), ...tabelRegels(t)]);
  return Buffer.from(`\uFEFF${regels.join('\r\n')}\r\n`, 'utf8');
}
