import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/errors';
import { openPdf, type OpenedPdf, type PDFDocumentProxy, type PDFPageProxy } from './pdfjs';

/** What a viewer's `load` gives: the bytes, or a document already open (kept from an earlier open). */
export type PdfSource = Uint8Array<ArrayBuffer> | OpenedPdf;

/** A source with the page the viewer opens at, when the loader learns it (null: page 1). */
export interface PdfOpening {
  source: PdfSource;
  page: number | null;
}

/** A4 portrait in PDF points, until page 1 is known. */
const A4 = { width: 595, height: 842 };

/**
 * Opens the PDF that `load` fetches (again when `sourceKey` changes) and closes it when done (an
 * already open document is released through its own `close`); also the size of page 1, for the
 * placeholders of pages not yet seen. `onFirstPage` gets page 1 just before the document is shown
 * (in the same task: state it sets lands in the same render).
 */
export function usePdfDocument(
  load: () => Promise<PdfSource | PdfOpening>,
  sourceKey: string,
  /** `page`: the page the loader said the viewer opens at; undefined when it said none. */
  onFirstPage?: (
    doc: PDFDocumentProxy,
    first: PDFPageProxy,
    page: number | null | undefined,
  ) => void,
) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [baseSize, setBaseSize] = useState(A4);
  const [error, setError] = useState<string | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const firstPageRef = useRef(onFirstPage);
  firstPageRef.current = onFirstPage;

  useEffect(() => {
    let live = true;
    let close: (() => void) | null = null;
    setDoc(null);
    setError(null);
    void (async () => {
      try {
        const loaded = await loadRef.current();
        const { source, page } =
          loaded instanceof Uint8Array || 'doc' in loaded
            ? { source: loaded, page: undefined }
            : loaded;
        const opened = source instanceof Uint8Array ? await openPdf(source) : source;
        close = opened.close;
        if (!live) return opened.close();
        const first = await opened.doc.getPage(1);
        const unit = first.getViewport({ scale: 1 });
        if (!live) return;
        setBaseSize({ width: unit.width, height: unit.height });
        firstPageRef.current?.(opened.doc, first, page);
        // Marks for the bench's trace of an open (tests/bench/viewer.ts); no data in them.
        performance.mark('tla:doc');
        setDoc(opened.doc);
      } catch (e) {
        if (live) setError(openFailure(e));
      }
    })();
    return () => {
      live = false;
      close?.();
    };
  }, [sourceKey]);

  return { doc, baseSize, error };
}

/** Says why a document did not open: the backend's own message, or what pdf.js found wrong. */
function openFailure(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException')
    return 'Dit document is beveiligd met een wachtwoord en kan niet worden getoond.';
  if (name === 'InvalidPDFException' || name === 'FormatError')
    return 'Dit document kon niet worden geopend. Het bestand is mogelijk beschadigd.';
  return 'Dit document kon niet worden geopend. Probeer het opnieuw; blijft dit gebeuren, meld het dan aan de functioneel beheerder.';
}
