// The standard Helvetica fonts only encode WinAnsi. Names of pupils come from schools and can hold
// any Unicode (Turkish ş, Polish ł, emoji); pdf-lib throws on those, so every string is sanitised
// before it is measured or drawn, degrading gracefully instead of failing the whole letter.
import type { PDFFont } from 'pdf-lib';

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2043': '-',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u0131': 'i', // dotless i (Turkish) has no decomposition
  '\u0142': 'l',
  '\u0141': 'L',
  '\u00d0': 'D',
  '\u0111': 'd',
  '\u0110': 'D',
};

const cache = new WeakMap<PDFFont, Set<number>>();

function charset(font: PDFFont): Set<number> {
  let set = cache.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    cache.set(font, set);
  }
  return set;
}

/** Returns `text` with every character the font cannot encode replaced by a close match or '?'. */
export function sanitizeForFont(text: string, font: PDFFont): string {
  const set = charset(font);
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (set.has(cp)) {
      out += ch;
      continue;
    }
    if (/\s/u.test(ch)) {
      out += ' ';
      continue;
    }
    const replacement = REPLACEMENTS[ch];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    // Strip diacritics the font lacks (ş → s, ğ → g), keeping the base letter readable.
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    const baseCp = base.codePointAt(0);
    out += base.length === 1 && baseCp !== undefined && set.has(baseCp) ? base : '?';
  }
  return out;
}
