// Find in one document: pure functions over pdf.js text items (no DOM, no pdf.js import), so the
// matching can be reasoned about and tested on its own.

/** The part of a pdf.js TextItem we use. */
export interface TextRun {
  str: string;
  /** pdf.js's text matrix [a, b, c, d, e, f] in PDF user space. */
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A page's text, folded for searching, with the run and offset of every folded character. */
export interface PageText {
  folded: string;
  /** The same characters as `folded` (one for one) with their case and accents, for snippets. */
  shown: string;
  /** For folded[i]: index of the run, and the character offset inside run.str. */
  runOf: Int32Array;
  offsetOf: Int32Array;
  runs: readonly TextRun[];
}

/** A hit: where on the page (PDF user space) and a snippet of the text around it. */
export interface Match {
  /** Rectangles [x0, y0, x1, y1] in PDF user space, one per text run the hit touches. */
  rects: [number, number, number, number][];
  before: string;
  text: string;
  after: string;
}

/** Lower case, accents off (é → e), so "Fictief" finds "fictief" and "ingeschat" finds "ingeschät". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl-NL');
}

/** Folds a query the same way and collapses runs of white space. */
export function foldQuery(q: string): string {
  return fold(q).replace(/\s+/g, ' ').trim();
}

/**
 * Joins the runs like pdf.js's own find controller: runs as they are, a space at a line end, runs of
 * white space collapsed to one space (so a query with a space matches across a line break).
 */
export function buildPageText(runs: readonly TextRun[]): PageText {
  let folded = '';
  let shown = '';
  const runOf: number[] = [];
  const offsetOf: number[] = [];
  let lastSpace = true;
  let previous: TextRun | null = null;
  runs.forEach((run, r) => {
    if (!lastSpace && previous !== null && run.str.length > 0 && apart(previous, run)) {
      folded += ' ';
      shown += ' ';
      runOf.push(r);
      offsetOf.push(0);
      lastSpace = true;
    }
    if (run.str.length > 0) previous = run;
    for (let i = 0; i < run.str.length; i++) {
      const original = run.str[i] ?? '';
      const f = fold(original);
      for (const ch of f) {
        const space = /\s/.test(ch);
        if (space && lastSpace) continue;
        folded += space ? ' ' : ch;
        shown += space ? ' ' : f.length === 1 ? original : ch;
        runOf.push(r);
        offsetOf.push(i);
        lastSpace = space;
      }
    }
    if (run.hasEOL && !lastSpace) {
      folded += ' ';
      shown += ' ';
      runOf.push(r);
      offsetOf.push(run.str.length);
      lastSpace = true;
    }
  });
  return {
    folded,
    shown,
    runOf: Int32Array.from(runOf),
    offsetOf: Int32Array.from(offsetOf),
    runs,
  };
}

/**
 * Two runs are separate words when the second does not continue the first on the same line (another
 * line, or a gap): "Pagina 2 van 2" and the footer next to it are not one word.
 */
function apart(a: TextRun, b: TextRun): boolean {
  const size = Math.max(1, Math.abs(a.height), Math.abs(b.height));
  const [, , , , ax = 0, ay = 0] = a.transform;
  const [, , , , bx = 0, by = 0] = b.transform;
  if (Math.abs(by - ay) > size * 0.5) return true;
  const end = ax + a.width;
  return bx - end > size * 0.15 || bx < ax;
}

/** Whether the page has any text worth searching (a scan has none). */
export function hasText(page: PageText): boolean {
  return page.folded.trim().length > 0;
}

/** The box of characters [from, to) of a run, in PDF user space, for any text direction. */
function runRect(run: TextRun, from: number, to: number): [number, number, number, number] {
  const [a = 1, b = 0, , , e = 0, f = 0] = run.transform;
  const len = Math.max(1, run.str.length);
  const norm = Math.hypot(a, b) || 1;
  const ux = a / norm;
  const uy = b / norm;
  const x0 = (run.width * from) / len;
  const x1 = (run.width * to) / len;
  // Below the baseline for descenders, up to the font size above it.
  const low = -0.25 * run.height;
  const high = 1.0 * run.height;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const along of [x0, x1])
    for (const up of [low, high]) {
      xs.push(e + ux * along - uy * up);
      ys.push(f + uy * along + ux * up);
    }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const SNIPPET = 36;

/** All hits of a folded query on a page (at most `limit`). */
export function findInPage(page: PageText, query: string, limit: number): Match[] {
  const out: Match[] = [];
  if (query.length === 0) return out;
  let at = page.folded.indexOf(query);
  while (at !== -1 && out.length < limit) {
    const end = at + query.length;
    const rects: Match['rects'] = [];
    let i = at;
    while (i < end) {
      const run = page.runOf[i] ?? 0;
      const from = page.offsetOf[i] ?? 0;
      let last = from;
      while (i < end && page.runOf[i] === run) {
        last = page.offsetOf[i] ?? last;
        i++;
      }
      const r = page.runs[run];
      if (r !== undefined && r.str.length > 0 && from < r.str.length)
        rects.push(runRect(r, from, Math.min(r.str.length, last + 1)));
    }
    out.push({
      rects,
      before: page.shown.slice(Math.max(0, at - SNIPPET), at).trimStart(),
      text: page.shown.slice(at, end),
      after: page.shown.slice(end, end + SNIPPET).trimEnd(),
    });
    at = page.folded.indexOf(query, end);
  }
  return out;
}
