import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { validatePdf, PDF_MESSAGES } from '../../../electron/documents/pdf-validate';
import { zeroPagePdf } from './crafted-pdfs';

// Issue 4, robustness: a corpus of odd PDFs made here opens, or fails with a clear Dutch message —
// never a crash. (The viewer's side of the corpus runs in Chromium.)

const LIMIT = 100 * 1024 * 1024;

async function pdf(build: (doc: PDFDocument) => Promise<void> | void): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  await build(doc);
  return doc.save();
}

/** A 1×1 grey PNG: an "image only" page like a scan without a text layer. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
  'base64',
);

describe('odd PDFs', () => {
  it('reads rotated pages and a huge page', async () => {
    const bytes = await pdf(async (doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      doc.addPage([595, 842]).setRotation(degrees(90));
      doc.getPage(0).drawText('Gedraaide pagina', { x: 50, y: 700, font });
      doc.addPage([14400, 14400]).drawText('Heel grote pagina', { x: 50, y: 50, font, size: 40 });
    });
    expect(await validatePdf(bytes, LIMIT)).toEqual({ ok: true, pageCount: 2 });
    const text = await extractPdfText(bytes);
    expect(text.pages[0]).toContain('Gedraaide pagina');
    expect(text.pages[1]).toContain('Heel grote pagina');
  });

  it('reads a page with only an image as a page without text (a scan)', async () => {
    const bytes = await pdf(async (doc) => {
      const image = await doc.embedPng(PNG);
      doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    });
    expect((await validatePdf(bytes, LIMIT)).ok).toBe(true);
    expect((await extractPdfText(bytes)).pages).toEqual(['']);
  });

  it('reads non-Latin text from an embedded standard font without crashing', async () => {
    const bytes = await pdf(async (doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      doc.addPage().drawText('Noëlle Çelik – Zoë', { x: 50, y: 700, font });
    });
    expect((await extractPdfText(bytes)).pages[0]).toContain('Noëlle');
  });

  it('answers a broken cross-reference table by reading what it can, or with a clear message', async () => {
    const good = Buffer.from(
      await pdf(async (doc) => {
        const font = await doc.embedFont(StandardFonts.Helvetica);
        doc.addPage().drawText('Kapotte xref', { x: 50, y: 700, font });
      }),
    );
    const text = good.toString('latin1');
    const broken = Buffer.from(text.replace(/startxref\s+\d+/, 'startxref\n999999'), 'latin1');
    const result = await validatePdf(new Uint8Array(broken), LIMIT);
    if (result.ok) expect(result.pageCount).toBe(1);
    else expect(Object.values(PDF_MESSAGES)).toContain(result.message);
  });

  it('refuses a PDF without pages and a truncated one with Dutch messages', async () => {
    const zero = await validatePdf(zeroPagePdf(), LIMIT);
    expect(zero.ok).toBe(false);
    const good = await pdf((doc) => void doc.addPage());
    const truncated = await validatePdf(good.slice(0, 40), LIMIT);
    expect(truncated.ok).toBe(false);
    if (!truncated.ok) expect(truncated.message).toMatch(/PDF/);
  });

  it('reads a 200-page document', async () => {
    const bytes = await pdf(async (doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      for (let i = 1; i <= 200; i += 1)
        doc.addPage().drawText(`Pagina ${i}`, { x: 50, y: 700, font });
    });
    const text = await extractPdfText(bytes);
    expect(text.pageCount).toBe(200);
    expect(text.pages[199]).toContain('Pagina 200');
  });
});
