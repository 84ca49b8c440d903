import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { preloadPdfjs } from '../../components/DocumentViewer';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { ConfirmSign } from '../aanvraag/ConfirmSign';
import { AanwezigenSection } from './AanwezigenSection';
import { AgendaPuntCard } from './AgendaPuntCard';
import { NotulenViewer } from './NotulenViewer';
import { VergaderingKop, VergaderingNietGetoond, type Terug } from './VergaderingKop';
import type { Vergadering } from './types';
import classes from './Vergadering.module.css';

/**
 * What this screen saved itself, or what the refresh brought: the later versie of the meeting's
 * record (on equal versie the refresh, which may carry a newer agenda).
 */
function nieuwste(saved: Vergadering | null, loaded: Vergadering | null): Vergadering | null {
  if (saved === null) return loaded;
  if (loaded === null) return saved;
  return saved.versie > loaded.versie ? saved : loaded;
}

const TERUG: Terug = { route: { name: 'vergaderingen' }, label: 'Terug naar Vergaderingen' };

/** §6: vergadermodus: attendees, the agenda with both advices per item, outcomes, and closing. */
export function VergaderingScreen({ id }: { id: number }) {
  useEffect(preloadPdfjs, []);
  // Issue 13: participants on their own machines see what another recorded (focus and a poll).
  const { data, error, loading } = useCall('vergadering.get', { vergaderingId: id }, String(id), {
    vernieuw: true,
  });
  const [view, setView] = useState<Vergadering | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const [closed, setClosed] = useState(false);
  const verslag = useRef<HTMLDivElement>(null);
  const v = nieuwste(view, data);
  // After closing, the minutes are what the voorzitter wants to see: bring them into view.
  useEffect(() => {
    if (closed) verslag.current?.scrollIntoView({ block: 'start' });
  }, [closed]);

  if (v === null) return <VergaderingNietGetoond loading={loading} error={error} terug={TERUG} />;

  const datum = formatDate(v.datum);
  const open = v.status === 'gepland';
  const zonder = v.agenda.filter((p) => p.uitkomst === null).length;

  const sluit = async (): Promise<void> => {
    setCloseError(null);
    try {
      setView(await call('vergadering.sluit', { vergaderingId: v.id, versie: v.versie }));
      setClosed(true);
    } catch (e) {
      setCloseError(errorMessage(e));
    } finally {
      setConfirm(false);
    }
  };

  return (
    <Stack gap="lg" maw={1200}>
      <VergaderingKop datum={v.datum} status={v.status} terug={TERUG} />
      {!open && v.notulen && (
        <div ref={verslag}>
          <Section title="Verslag">
            <div className={classes.viewer}>
              <NotulenViewer vergaderingId={v.id} title={`Verslag TLA-vergadering ${datum}`} />
            </div>
          </Section>
        </div>
      )}
      <AanwezigenSection key={`${v.id}-${v.status}`} vergadering={v} onSaved={setView} />
      <section aria-labelledby="agenda-titel">
        <Stack gap="md">
          <Title order={3} size="h4" id="agenda-titel">
            Agenda ({v.agenda.length === 1 ? '1 punt' : `${v.agenda.length} punten`})
          </Title>
          {v.agenda.length === 0 && (
            <Alert color="gray" variant="light" title="Er staan geen aanvragen op de agenda.">
              De agenda vult zich vanzelf met de aanvragen die geagendeerd zijn, op de eerstvolgende
              vergadering.
            </Alert>
          )}
          {v.agenda.map((punt, i) => (
            <AgendaPuntCard
              key={punt.aanvraagId}
              nummer={i + 1}
              punt={punt}
              vergadering={v}
              onSaved={setView}
            />
          ))}
        </Stack>
      </section>
      {open && (
        <Section title="Vergadering sluiten">
          <Text size="sm">
            {zonder === 0
              ? 'Alle punten hebben een uitkomst.'
              : `${zonder === 1 ? '1 punt heeft' : `${zonder} punten hebben`} nog geen uitkomst.`}{' '}
            Na het sluiten maakt TLA het verslag (PDF) met de aanwezigen en de uitkomsten.
          </Text>
          {closeError !== null && (
            <Alert color="red" role="alert">
              {closeError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={() => setConfirm(true)}>Vergadering sluiten</Button>
          </Group>
        </Section>
      )}
      <ConfirmSign
        opened={confirm}
        title="Vergadering sluiten?"
        confirmLabel="Vergadering sluiten"
        onCancel={() => setConfirm(false)}
        onConfirm={sluit}
      >
        Daarna kunt u de aanwezigen en uitkomsten niet meer wijzigen. TLA maakt het verslag als PDF.
      </ConfirmSign>
    </Stack>
  );
}
