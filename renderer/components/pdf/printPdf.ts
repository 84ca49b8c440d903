import type { PDFDocumentProxy } from './pdfjs';
import classes from './PdfViewer.module.css';

// Printing an official letter (the dossier's documents are never printed): every page is drawn by
// pdf.js onto a canvas at print resolution and put as an image (a blob: URL, which the CSP allows)
// into a container at the end of <body>; the print stylesheet (PdfViewer.module.css) then hides the
// app and prints only those pages, one per sheet. Nothing leaves the renderer but the print itself.

/** Device pixels per PDF point: 2.5 is 180 dpi, sharp on paper and quick for a letter's pages. */
const PRINT_SCALE = 2.5;
const PRINTING = 'tla-printing';

let cleanup: (() => void) | null = null;

/** Draws every page of `doc` as an image; resolves with the images in page order. */
async function pageImages(doc: PDFDocumentProxy, urls: string[]): Promise<HTMLImageElement[]> {
  const images: HTMLImageElement[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: PRINT_SCALE });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    await page.render({ canvas, viewport }).promise;
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    canvas.width = 0;
    canvas.height = 0;
    if (blob === null) throw new Error('page image');
    const url = URL.createObjectURL(blob);
    urls.push(url);
    const img = document.createElement('img');
    img.alt = '';
    img.src = url;
    img.dataset['printPage'] = String(n);
    images.push(img);
  }
  await Promise.all(images.map((img) => img.decode()));
  return images;
}

/**
 * Prints the document's pages, each on its own sheet, through the window's print dialog. The pages
 * stay in the (on screen invisible) container until the dialog closes ('afterprint').
 */
export async function printPdf(doc: PDFDocumentProxy): Promise<void> {
  cleanup?.();
  const urls: string[] = [];
  const container = document.createElement('div');
  container.className = classes.printPages ?? '';
  container.setAttribute('aria-hidden', 'true');
  container.dataset['printPages'] = 'true';
  const done = (): void => {
    window.removeEventListener('afterprint', done);
    document.body.classList.remove(PRINTING);
    container.remove();
    urls.forEach((u) => URL.revokeObjectURL(u));
    cleanup = null;
  };
  try {
    container.append(...(await pageImages(doc, urls)));
  } catch (e) {
    done();
    throw e;
  }
  cleanup = done;
  document.body.append(container);
  document.body.classList.add(PRINTING);
  window.addEventListener('afterprint', done);
  window.print();
}
