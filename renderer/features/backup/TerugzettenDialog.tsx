import { Alert, Checkbox, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { OutputOf } from '../../../electron/contract';
import { BACKUP_REDEN_LABELS } from '../../../electron/domain/backup';
import { ApiError, errorMessage } from '../../api/errors';
import { Facts } from '../../components/Facts';
import { FormDialog } from '../../components/FormDialog';
import { formatDateTime } from '../../lib/format';

export type GeneratieRij = OutputOf<'backup.status'>['generaties'][number];

interface Props {
  generatie: GeneratieRij;
  /** This machine cannot open the backups: the herstelsleutel is asked. */
  vraagHerstelsleutel: boolean;
  run: (input: { herstelsleutel?: string }) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

/**
 * The guided restore of one generation: what it holds, the herstelsleutel when this machine's
 * key does not open it, and the confirmation that today's data is replaced (and kept aside).
 * Used by the Back-ups screen and the recovery screen.
 */
export function TerugzettenDialog({
  generatie: g,
  vraagHerstelsleutel,
  run,
  onClose,
  onDone,
}: Props) {
  const [sleutel, setSleutel] = useState('');
  const [bevestigd, setBevestigd] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [bevestigFout, setBevestigFout] = useState<string | null>(null);
  const datum = formatDateTime(g.at);
  return (
    <FormDialog
      opened
      title="Back-up terugzetten"
      submitLabel="Terugzetten"
      submitting={busy}
      formError={error}
      size="lg"
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        if (!bevestigd) {
          setBevestigFout('Bevestig dat de huidige gegevens worden vervangen.');
          return;
        }
        setBusy(true);
        setError(null);
        setFieldError(null);
        run(vraagHerstelsleutel ? { herstelsleutel: sleutel } : {}).then(
          () => {
            setBusy(false);
            onDone();
          },
          (err: unknown) => {
            setBusy(false);
            const onField =
              err instanceof ApiError && err.issues.some((i) => i.path === 'herstelsleutel');
            if (onField) setFieldError(errorMessage(err));
            else setError(errorMessage(err));
          },
        );
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          U zet de back-up van <strong>{datum}</strong> terug (
          {BACKUP_REDEN_LABELS[g.reden].toLowerCase()}). TLA controleert eerst de hele back-up, met
          elk document.
        </Text>
        <Facts
          items={[
            { label: 'Gemaakt', value: datum },
            { label: 'Aanvragen', value: String(g.aanvragen) },
            { label: 'Documenten', value: String(g.documenten) },
            { label: 'Brieven', value: String(g.brieven) },
            { label: 'Gebruikers', value: String(g.gebruikers) },
          ]}
        />
        {vraagHerstelsleutel && (
          <TextInput
            label="Herstelsleutel"
            description="Deze back-ups zijn met een andere computer gemaakt. Typ de herstelsleutel van het papier over (8 groepjes van 4 tekens; hoofdletters en streepjes maken niet uit)."
            value={sleutel}
            onChange={(e) => setSleutel(e.currentTarget.value)}
            error={fieldError}
            autoComplete="off"
            spellCheck={false}
            ff="monospace"
            data-autofocus
          />
        )}
        <Alert color="orange" title="De huidige gegevens worden vervangen">
          Alles wat na {datum} is ingevoerd, staat niet in deze back-up. De huidige gegevens worden
          niet verwijderd: TLA zet ze apart in de gegevensmap (map ‘apart-gezet-…’). Daarna logt
          iedereen opnieuw in.
        </Alert>
        <Checkbox
          label="Ik begrijp dat de huidige gegevens worden vervangen door deze back-up."
          checked={bevestigd}
          onChange={(e) => {
            setBevestigd(e.currentTarget.checked);
            setBevestigFout(null);
          }}
          error={bevestigFout}
        />
      </Stack>
    </FormDialog>
  );
}
