import { Alert } from '@mantine/core';

/** The outcome of an action: green (a status) or red (an alert), closed by the user. */
export interface UitslagMelding {
  readonly color: 'green' | 'red';
  readonly text: string;
}

/** Shows `melding` as a closable alert; nothing when it is null. */
export function Uitslag({
  melding,
  onClose,
}: {
  melding: UitslagMelding | null;
  onClose: () => void;
}) {
  if (melding === null) return null;
  return (
    <Alert
      color={melding.color}
      role={melding.color === 'green' ? 'status' : 'alert'}
      withCloseButton
      closeButtonLabel="Melding sluiten"
      onClose={onClose}
    >
      {melding.text}
    </Alert>
  );
}
