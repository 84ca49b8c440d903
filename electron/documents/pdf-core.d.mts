import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';

/** Opens a PDF from memory (hardened options; the caller's bytes are copied, never detached). */
export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy>;

/** Reading-order text of one page from pdfjs's text items. */
export function pageText(items: unknown[]): string;

/** Extracts the text page by page; resolves with the number of pages. */
export function extractPages(
  bytes: Uint8Array,
  onPage: (page: number, text: string) => void,
): Promise<number>;

/** Opens the PDF and every page; resolves with the page count, rejects with pdfjs's error. */
export function inspectPdf(bytes: Uint8Array): Promise<number>;

/** Loads pdf.js and runs it once over a tiny document; never throws. */
export function warmUp(): Promise<void>;

/** The one-page PDF the warm-up runs pdf.js over. */
export function warmUpPdf(): Uint8Array;
