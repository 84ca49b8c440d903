import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';

interface Props {
  opened: boolean;
  title: string;
  children: ReactNode;
  /** Dutch problems (from the domain) that block signing; the confirm button is off while any exist. */
  problems?: readonly string[];
  confirmLabel?: string;
  onCancel: () => void;
  onConfirm: () => Promise<void> | false | void;
}

/** A confirmation before an irreversible step (signing, adopting). */
export function ConfirmSign({
  opened,
  title,
  children,
  problems = [],
  confirmLabel = 'Ondertekenen en indienen',
  onCancel,
  onConfirm,
}: Props) {
  const [busy, setBusy] = useState(false);
  const confirm = async (): Promise<void> => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered size="lg">
      <Stack>
        <Text size="sm">{children}</Text>
        {problems.length > 0 && (
          <Alert color="orange" title="Eerst nog aanvullen">
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Annuleren
          </Button>
          <Button
            color="blue"
            onClick={() => void confirm()}
            loading={busy}
            disabled={problems.length > 0}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
