// Text extraction in the calling thread (validation at import, and tests that read letters). The
// text index of dossier documents runs in a worker thread instead (extract-worker.mjs, indexer.ts).
import { extractPages, openPdf } from './pdf-core.mjs';

export { openPdf };

export async function extractPdfText(
  bytes: Uint8Array,
): Promise<{ pageCount: number; pages: string[] }> {
  const pages: string[] = [];
  const pageCount = await extractPages(bytes, (_page, text) => pages.push(text));
  return { pageCount, pages };
}
