import { describe, expect, it } from 'vitest';
import {
  buildPageText,
  findInPage,
  foldQuery,
  type TextRun,
} from '../../../renderer/components/pdf/textSearch';

const run = (str: string, x: number, y: number, width: number, hasEOL = false): TextRun => ({
  str,
  transform: [10, 0, 0, 10, x, y],
  width,
  height: 10,
  hasEOL,
});

describe('find in a document', () => {
  const page = buildPageText([
    run('Pagina 2 van 2', 50, 20, 70),
    run('Fictief demonstratiedocument', 300, 20, 140, true),
    run('Eén café', 50, 40, 40),
    run('-bezoek', 90, 40, 35),
  ]);

  it('ignores case and accents and keeps the original text for the snippet', () => {
    const [hit] = findInPage(page, foldQuery('EEN CAFE'), 10);
    expect(hit?.text).toBe('Eén café');
  });

  it('separates runs that are apart on the line, joins runs that continue a word', () => {
    expect(page.folded).toBe('pagina 2 van 2 fictief demonstratiedocument een cafe-bezoek');
    expect(findInPage(page, foldQuery('café-bez'), 10)).toHaveLength(1);
  });

  it('gives one rectangle per run a hit touches, in PDF user space', () => {
    const [hit] = findInPage(page, foldQuery('cafe-bez'), 10);
    expect(hit?.rects).toHaveLength(2);
    const [x0, , x1] = hit!.rects[0]!;
    expect(x0).toBeCloseTo(70);
    expect(x1).toBeCloseTo(90);
  });

  it('finds nothing in a page without text (a scan)', () => {
    expect(findInPage(buildPageText([]), 'fictief', 10)).toEqual([]);
  });
});
