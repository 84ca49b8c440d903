import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { demoLargePdf } from '../../../electron/demo/pdfs';

describe('extractPdfText', () => {
  it('returns one string per page, in reading order', async () => {
    const { pageCount, pages } = await extractPdfText(await demoLargePdf(3));
    expect(pageCount).toBe(3);
    expect(pages).toHaveLength(3);
    pages.forEach((text, i) => {
      expect(text).toContain(`Hoofdstuk ${i + 1}`);
      expect(text).toContain(`Pagina ${i + 1} van 3`);
      expect(text.indexOf('Hoofdstuk')).toBeLessThan(text.indexOf('Pagina'));
    });
  });

  it('does not detach or alter the caller’s bytes', async () => {
    const bytes = await demoLargePdf(1);
    const copy = bytes.slice();
    await extractPdfText(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });

  it('rejects bytes that are not a PDF', async () => {
    await expect(extractPdfText(new Uint8Array([1, 2, 3]))).rejects.toThrow();
  });
});
