import { Modal } from '@mantine/core';
import { useCallback } from 'react';
import { PdfViewer } from '../../../components/pdf/PdfViewer';

/** The preview of a letter text: the letters that use it, with example data, in the PDF viewer. */
export function VoorbeeldDialog({
  titel,
  bytes,
  n,
  onClose,
}: {
  titel: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** Goes up with every new preview, so the viewer opens the new one. */
  n: number;
  onClose: () => void;
}) {
  // pdf.js takes the buffer it is given: a copy each time, so opening again still has the bytes.
  const load = useCallback(() => Promise.resolve(bytes.slice()), [bytes]);
  return (
    <Modal
      opened
      onClose={onClose}
      title={titel}
      size="90%"
      classNames={{ body: 'tla-modal-viewer' }}
    >
      <PdfViewer load={load} sourceKey={`voorbeeld-${n}`} title={titel} />
    </Modal>
  );
}
