import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { formatDateTime } from '../../lib/format';
import classes from './Backups.module.css';

/**
 * The herstelsleutel, shown once: TLA keeps no copy. A print view (only the sheet is printed) and
 * a confirmation that it is on paper before the dialog closes.
 */
export function HerstelsleutelDialog({
  sleutel,
  onClose,
}: {
  sleutel: string;
  onClose: () => void;
}) {
  const [bewaard, setBewaard] = useState(false);
  const gemaakt = formatDateTime(new Date().toISOString());
  return (
    <>
      {createPortal(
        <div className={classes.printSheet}>
          <Blad sleutel={sleutel} gemaakt={gemaakt} />
        </div>,
        document.body,
      )}
      <Modal
        opened
        onClose={() => undefined}
        withCloseButton={false}
        closeOnEscape={false}
        closeOnClickOutside={false}
        title="Uw herstelsleutel"
        centered
        size="lg"
      >
        <Stack>
          <Blad sleutel={sleutel} gemaakt={gemaakt} />
          <div>
            <Stack>
              <Alert color="orange">
                TLA laat deze sleutel maar één keer zien en bewaart hem niet. Druk hem nu af of
                schrijf hem over. Maakt u later een nieuwe, dan werkt deze niet meer.
              </Alert>
              <Checkbox
                label="Ik heb de herstelsleutel afgedrukt of overgeschreven en bewaar hem veilig."
                checked={bewaard}
                onChange={(e) => setBewaard(e.currentTarget.checked)}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => window.print()}>
                  Afdrukken
                </Button>
                <Button disabled={!bewaard} onClick={onClose}>
                  Sluiten
                </Button>
              </Group>
            </Stack>
          </div>
        </Stack>
      </Modal>
    </>
  );
}

/** What is on paper: the key in two lines of four groups, when it was made, how to keep it. */
function Blad({ sleutel, gemaakt }: { sleutel: string; gemaakt: string }) {
  const groepen = sleutel.split('-');
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Herstelsleutel voor de back-ups van TLA
      </Title>
      <Text size="sm">Gemaakt op {gemaakt}.</Text>
      <div className={classes.sleutel} data-herstelsleutel>
        <div>{groepen.slice(0, 4).join(' - ')}</div>
        <div>{groepen.slice(4).join(' - ')}</div>
      </div>
      <Text size="sm">
        Met deze sleutel zet u de back-ups van TLA terug op een andere computer, bijvoorbeeld als
        deze computer kapot of gestolen is. Bewaar dit blad op een veilige plek (een kluis), niet
        bij de computer: wie dit blad én de back-ups heeft, kan de gegevens lezen.
      </Text>
    </Stack>
  );
}
