import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** green: it is done; orange: it cannot be done now, and why. */
  color: 'green' | 'orange';
  onClose: () => void;
  children: ReactNode;
}

/** A dialog that only tells something (done, or not possible and why), with Sluiten. */
export function MessageDialog({ title, color, onClose, children }: Props) {
  return (
    <Modal opened onClose={onClose} title={title} centered size="md">
      <Stack>
        <Alert color={color} role={color === 'orange' ? 'alert' : 'status'}>
          {children}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            Sluiten
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
