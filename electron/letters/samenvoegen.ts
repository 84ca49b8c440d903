import { PDFDocument } from 'pdf-lib';

/**
 * Several letters as one PDF, in the given order (to preview or to print at once). The metadata is
 * TLA's and dated `generatedAt`, so the same letters give the same bytes.
 */
export async function voegPdfsSamen(
  delen: readonly Uint8Array[],
  titel: string,
  generatedAt: string,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const when = new Date(generatedAt);
  doc.setTitle(titel);
  doc.setCreator('TLA');
  doc.setProducer('TLA');
  doc.setLanguage('nl-NL');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  for (const bytes of delen) {
    const bron = await PDFDocument.load(bytes, { updateMetadata: false });
    for (const page of await doc.copyPages(bron, bron.getPageIndices())) doc.addPage(page);
  }
  return doc.save({ useObjectStreams: false });
}
