import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';

/** No opening animation: the dialog's 200 ms of frames competed for the two cores with pdf.js's
 *  worker while it parsed and drew the first page (docs/benchmarks.md, issue 13). */
const NO_TRANSITION = { duration: 0 };

/** The dialog a document or letter opens in: nearly the whole window, shown at once. */
export function ViewerDialog({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="90%"
      transitionProps={NO_TRANSITION}
      classNames={{ body: 'tla-modal-viewer' }}
    >
      {children}
    </Modal>
  );
}
