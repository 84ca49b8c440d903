// Checks an uploaded document before it is stored. Messages are Dutch, for the SLL, and never echo the
// file's content or path (they end up in logs and on screen).
import { openPdf } from './pdf-text';

export type PdfValidation = { ok: true; pageCount: number } | { ok: false; message: string };

export const PDF_MESSAGES = {
  empty: 'Dit bestand is leeg.',
  notPdf: 'Dit bestand is geen PDF.',
  password:
    'Deze PDF is beveiligd met een wachtwoord; vraag de school om een versie zonder wachtwoord.',
  corrupt: 'Deze PDF is beschadigd en kan niet worden gelezen.',
  noPages: 'Deze PDF bevat geen pagina’s.',
} as const;

function tooLarge(maxBytes: number): string {
  const mb = maxBytes / (1024 * 1024);
  const shown =
    mb >= 1
      ? `${Number(mb.toFixed(1)).toLocaleString('nl-NL')} MB`
      : `${Math.ceil(maxBytes / 1024)} kB`;
  return `Dit bestand is te groot; de maximale grootte is ${shown}.`;
}

/** The PDF header may be preceded by junk; readers accept it within the first 1024 bytes. */
function hasPdfMagic(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.indexOf('%PDF-', 0, 'latin1') !== -1;
}

function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
}

export async function validatePdf(bytes: Uint8Array, maxBytes: number): Promise<PdfValidation> {
  if (bytes.byteLength === 0) return { ok: false, message: PDF_MESSAGES.empty };
  if (bytes.byteLength > maxBytes) return { ok: false, message: tooLarge(maxBytes) };
  if (!hasPdfMagic(bytes)) return { ok: false, message: PDF_MESSAGES.notPdf };
  try {
    const doc = await openPdf(bytes);
    try {
      if (doc.numPages < 1) return { ok: false, message: PDF_MESSAGES.noPages };
      // pdfjs repairs broken cross-reference tables leniently; loading every page catches files whose
      // page tree is damaged but whose header still looks fine.
      for (let i = 1; i <= doc.numPages; i++) await doc.getPage(i);
      return { ok: true, pageCount: doc.numPages };
    } finally {
      await doc.destroy();
    }
  } catch (err) {
    if (errorName(err) === 'PasswordException')
      return { ok: false, message: PDF_MESSAGES.password };
    return { ok: false, message: PDF_MESSAGES.corrupt };
  }
}
