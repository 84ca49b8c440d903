import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { validatePdf, PDF_MESSAGES } from '../../../electron/documents/pdf-validate';
import {
  fontMatrixExploitPdf,
  oddPdfCorpus,
  scanPdf,
  textPdf,
  type OddPdf,
} from '../../support/odd-pdf-corpus';

// Issue 4, robustness: the corpus of odd PDFs (tests/support/odd-pdf-corpus.ts) is stored or refused
// with a clear Dutch message, and its text is read where there is any — never a crash. The viewer's
// side of the same corpus runs in Chromium (tests/e2e/viewer-corpus.spec.ts).

const LIMIT = 100 * 1024 * 1024;

async function corpusFile(id: string): Promise<OddPdf> {
  const found = (await oddPdfCorpus()).find((p) => p.id === id);
  if (!found) throw new Error(`no ${id} in the corpus`);
  return found;
}

describe('odd PDFs', () => {
  it('stores what can be read and refuses the rest with a Dutch message', async () => {
    for (const pdf of await oddPdfCorpus()) {
      const result = await validatePdf(pdf.bytes, LIMIT);
      if (pdf.expect === 'stored') expect(result.ok, pdf.id).toBe(true);
      if (pdf.expect === 'refused') expect(result.ok, pdf.id).toBe(false);
      if (!result.ok) expect(Object.values(PDF_MESSAGES), pdf.id).toContain(result.message);
    }
  });

  it('reads rotated pages and a huge page', async () => {
    const rotated = await extractPdfText((await corpusFile('rotated')).bytes);
    expect(rotated.pages.map((p) => p.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining('Gedraaid 90°'),
      expect.stringContaining('Gedraaid 180°'),
      expect.stringContaining('Gedraaid 270°'),
    ]);
    const huge = await extractPdfText((await corpusFile('huge-page')).bytes);
    expect(huge.pages[0]).toContain('Heel grote pagina');
  });

  it('reads pages with only an image as pages without text (a scan)', async () => {
    expect((await extractPdfText((await corpusFile('images-only')).bytes)).pages).toEqual(['', '']);
    const scan = await scanPdf(3);
    expect(await validatePdf(scan, LIMIT)).toEqual({ ok: true, pageCount: 3 });
    expect((await extractPdfText(scan)).pages).toEqual(['', '', '']);
  });

  it('reads Greek and Cyrillic text by glyph name without crashing', async () => {
    const text = await extractPdfText((await corpusFile('non-latin')).bytes);
    expect(text.pages[0]).toContain('Niet-Latijnse tekst');
    expect(text.pages[0]?.replace(/\s+/g, '')).toContain('Αλφαβητο');
    expect(text.pages[0]?.replace(/\s+/g, '')).toContain('Привет');
  });

  it('answers a broken cross-reference table by reading what it can, or with a clear message', async () => {
    const result = await validatePdf((await corpusFile('broken-xref')).bytes, LIMIT);
    if (result.ok) expect(result.pageCount).toBe(1);
    else expect(Object.values(PDF_MESSAGES)).toContain(result.message);
  });

  it('reads a PDF whose font carries a script in its FontMatrix (CVE-2024-4367) as data', async () => {
    const { bytes } = fontMatrixExploitPdf();
    expect(await validatePdf(bytes, LIMIT)).toEqual({ ok: true, pageCount: 1 });
    expect((await extractPdfText(bytes)).pages[0]).toContain('kwaadaardige FontMatrix');
    expect((globalThis as { __tlaPwned?: number }).__tlaPwned).toBeUndefined();
  });

  it('reads a 200-page document', async () => {
    const text = await extractPdfText(await textPdf(200));
    expect(text.pageCount).toBe(200);
    expect(text.pages[199]).toContain('pagina 200 van 200');
  });
});
