import { Alert, Blockquote, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { Section } from '../../../components/Section';
import { BEGELEIDER_NOTITIE_LABEL } from '../../../lib/labels';
import { useCall } from '../../../lib/useCall';
import type { Aanvraag } from '../types';
import { CandidateList } from './CandidateList';

interface Props {
  aanvraag: Aanvraag;
  label: string;
  onAssigned: () => void;
}

/** §4: the voorzitter picks a gedragsdeskundige first, then the second deskundige. */
export function AssignmentPanel({ aanvraag, label, onAssigned }: Props) {
  const [eersteId, setEersteId] = useState<number | null>(null);
  const [tweedeId, setTweedeId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const {
    data,
    error: loadError,
    loading,
  } = useCall(
    'toewijzing.candidates',
    { aanvraagId: aanvraag.id, eersteId },
    `${aanvraag.id}-${eersteId ?? ''}`,
  );

  const assign = async (): Promise<void> => {
    if (eersteId === null || tweedeId === null) return;
    setBusy(true);
    setError(null);
    try {
      await call('toewijzing.assign', { aanvraagId: aanvraag.id, eersteId, tweedeId });
      onAssigned();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Section title={label}>
      {data?.begeleiderNotitie != null && data.begeleiderNotitie !== '' && (
        <Blockquote
          color="blue"
          p="sm"
          cite={`${BEGELEIDER_NOTITIE_LABEL}${aanvraag.begeleider.naam === null ? '' : ` · ${aanvraag.begeleider.naam}`}`}
        >
          {data.begeleiderNotitie}
        </Blockquote>
      )}
      {data?.voSuggested === true && (
        <Alert color="yellow" variant="light" title="Deskundige VO aanbevolen">
          De leerling zit in groep {aanvraag.leerling.groep ?? '6–8'}. Kies als tweede deskundige zo
          mogelijk een deskundige VO.
        </Alert>
      )}
      {loadError !== null && <Alert color="red">{loadError}</Alert>}
      {data === null && loading && <Loader size="sm" aria-label="Deskundigen laden" />}
      {data !== null && (
        <Stack gap="lg">
          <CandidateList
            title="1. Eerste deskundige (gedragsdeskundige)"
            name="eerste"
            candidates={data.first}
            value={eersteId}
            onChange={(id) => {
              setEersteId(id);
              setTweedeId(null);
            }}
          />
          {eersteId === null ? (
            <Text size="sm" c="dimmed">
              Kies eerst de eerste deskundige; daarna ziet u wie als tweede kan adviseren.
            </Text>
          ) : loading ? (
            <Loader size="sm" aria-label="Tweede deskundigen laden" />
          ) : (
            <CandidateList
              title="2. Tweede deskundige (andere expertise)"
              name="tweede"
              candidates={data.second}
              value={tweedeId}
              onChange={setTweedeId}
            />
          )}
        </Stack>
      )}
      {error !== null && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        <Button
          onClick={() => void assign()}
          loading={busy}
          disabled={eersteId === null || tweedeId === null}
        >
          {label}
        </Button>
      </Group>
    </Section>
  );
}
