import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PDF_MESSAGES, validatePdf } from '../../../electron/documents/pdf-validate';
import { openPdf } from '../../../electron/documents/pdf-text';
import { extractPages, warmUp, warmUpPdf } from '../../../electron/documents/pdf-core.mjs';
import { demoOpp } from '../../../electron/demo/pdfs';
import { encryptedPdf, plainCraftedPdf, zeroPagePdf } from './crafted-pdfs';

const MB = 1024 * 1024;
const pupil = {
  leerling: { naam: 'Daan Verzonnen', geboortedatum: '2016-03-12', groep: 5 },
  school: { naam: 'OBS De Proefschool' },
  datum: '2025-10-01',
  seed: 1,
};

describe('validatePdf', () => {
  it('accepts a good PDF and counts its pages', async () => {
    const bytes = await demoOpp(pupil);
    const result = await validatePdf(bytes, 20 * MB);
    expect(result).toEqual({ ok: true, pageCount: 2 });
    expect(await validatePdf(plainCraftedPdf(), 20 * MB)).toEqual({ ok: true, pageCount: 1 });
  });

  it('rejects bytes that are not a PDF', async () => {
    const bytes = new Uint8Array(
      Buffer.from('PK\x03\x04 dit is een zip met geheime inhoud', 'latin1'),
    );
    const result = await validatePdf(bytes, 20 * MB);
    expect(result).toEqual({ ok: false, message: 'Dit bestand is geen PDF.' });
  });

  it('accepts a header preceded by junk within the first 1024 bytes', async () => {
    const good = await demoOpp(pupil);
    const padded = new Uint8Array([...new Uint8Array(100).fill(0x20), ...good]);
    expect((await validatePdf(padded, 20 * MB)).ok).toBe(true);
  });

  it('rejects an empty file', async () => {
    expect(await validatePdf(new Uint8Array(0), 20 * MB)).toEqual({
      ok: false,
      message: PDF_MESSAGES.empty,
    });
  });

  it('rejects a file over the size limit with the limit in the message', async () => {
    const bytes = await demoOpp(pupil);
    const result = await validatePdf(bytes, 1024);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe('Dit bestand is te groot; de maximale grootte is 1 kB.');
    const mb = await validatePdf(new Uint8Array(21 * MB), 20 * MB);
    if (!mb.ok) expect(mb.message).toBe('Dit bestand is te groot; de maximale grootte is 20 MB.');
  });

  it('rejects a truncated or garbled PDF as corrupt', async () => {
    const good = await demoOpp(pupil);
    const truncated = good.slice(0, 400);
    expect(await validatePdf(truncated, 20 * MB)).toEqual({
      ok: false,
      message: PDF_MESSAGES.corrupt,
    });
    const garbage = new Uint8Array(Buffer.from('%PDF-1.7\n' + 'xyz '.repeat(500), 'latin1'));
    expect(await validatePdf(garbage, 20 * MB)).toEqual({
      ok: false,
      message: PDF_MESSAGES.corrupt,
    });
  });

  it('recognises a password-protected PDF', async () => {
    const bytes = encryptedPdf();
    // The crafted file must really make pdfjs ask for a password, or this test proves nothing.
    await expect(openPdf(bytes)).rejects.toMatchObject({ name: 'PasswordException' });
    expect(await validatePdf(bytes, 20 * MB)).toEqual({
      ok: false,
      message:
        'Deze PDF is beveiligd met een wachtwoord; vraag de school om een versie zonder wachtwoord.',
    });
  });

  it('rejects a PDF without pages', async () => {
    const result = await validatePdf(zeroPagePdf(), 20 * MB);
    expect(result.ok).toBe(false);
  });

  it('never puts file content in the message', async () => {
    const secret = 'Geheime Naam 123';
    const inputs = [
      new Uint8Array(Buffer.from(`GEEN PDF ${secret}`)),
      new Uint8Array(Buffer.from(`%PDF-1.4\n${secret}\n`)),
    ];
    for (const bytes of inputs) {
      const result = await validatePdf(bytes, 20 * MB);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).not.toContain(secret);
    }
  });
});

describe('where the check runs', () => {
  it('runs pdf.js in a worker thread: the backend realm keeps its own JSON.stringify', () => {
    // A fresh process: in this test worker other files may already have loaded pdf.js.
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tests/support/validate-child.ts'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(JSON.parse(out)).toEqual({
      result: { ok: true, pageCount: 2 },
      stringifyIsNative: true,
      pdfjsInRealm: false,
    });
  }, 60_000);
});

describe('warming up pdf.js', () => {
  it('runs over a real one-page PDF with text (a broken one would warm up nothing, silently)', async () => {
    expect(await validatePdf(warmUpPdf(), 20 * MB)).toEqual({ ok: true, pageCount: 1 });
    const texts: string[] = [];
    expect(await extractPages(warmUpPdf(), (_page, text) => texts.push(text))).toBe(1);
    expect(texts).toEqual(['Opwarmen']);
    await expect(warmUp()).resolves.toBeUndefined();
  });
});
