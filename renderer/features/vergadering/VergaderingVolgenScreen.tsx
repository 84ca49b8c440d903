import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { Section } from '../../components/Section';
import { useCall } from '../../lib/useCall';
import { AdviezenNaastElkaar } from './AdviezenNaastElkaar';
import { AgendaPuntKop, DeelnemersRegel } from './AgendaPuntKop';
import type { LidAgendaPunt } from './types';
import { UitkomstView } from './UitkomstView';
import classes from './Vergadering.module.css';
import { VergaderingKop, VergaderingNietGetoond, type Terug } from './VergaderingKop';

/** One item as a member sees it: in full where they take part, only its place where betrokken. */
function LidPunt({ nummer, punt }: { nummer: number; punt: LidAgendaPunt }) {
  const headingId = `volg-punt-${nummer}`;
  if (!punt.deelname) {
    return (
      <Paper withBorder p="md" component="article" aria-labelledby={headingId} bg="gray.0">
        <Title order={4} id={headingId}>
          {nummer}. U neemt aan dit punt niet deel.
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          U bent bij deze aanvraag betrokken; de gegevens van dit punt ziet u daarom niet.
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <AgendaPuntKop nummer={nummer} punt={punt} headingId={headingId} />
        <DeelnemersRegel deelnemers={punt.deelnemers} />
        <AdviezenNaastElkaar punt={punt} />
        {punt.uitkomst === null ? (
          <Text size="sm" c="dimmed">
            De voorzitter heeft voor dit punt nog geen uitkomst vastgelegd.
          </Text>
        ) : (
          <UitkomstView uitkomst={punt.uitkomst} />
        )}
      </Stack>
    </Paper>
  );
}

const TERUG: Terug = { route: { name: 'werk' }, label: 'Terug naar Mijn werk' };

/**
 * Issue 13: the TLA-vergadering for a member who is present, on their own machine: read-only, the
 * agenda with both advices per item they take part in, and what the voorzitter records, without a
 * reload (focus and the gentle poll).
 */
export function VergaderingVolgenScreen({ id }: { id: number }) {
  const {
    data: v,
    error,
    loading,
  } = useCall('vergadering.volg', { vergaderingId: id }, String(id), {
    vernieuw: true,
  });
  // A refresh refused (the meeting was closed, the presentielijst changed): nothing stays on screen.
  if (v === null || error !== null) {
    return <VergaderingNietGetoond loading={loading} error={error} terug={TERUG} />;
  }
  return (
    <Stack gap="lg" maw={1200}>
      <VergaderingKop datum={v.datum} status={v.status} terug={TERUG}>
        <Text size="sm" c="dimmed" mt={4}>
          U volgt deze vergadering als aanwezige. De voorzitter legt de uitkomsten vast; wat hij of
          zij vastlegt, verschijnt hier vanzelf.
        </Text>
      </VergaderingKop>
      <Section title={`Aanwezig (${v.aanwezigen.length})`}>
        {v.aanwezigen.length === 0 ? (
          <Text size="sm" c="dimmed">
            De voorzitter heeft nog geen aanwezigen vastgelegd.
          </Text>
        ) : (
          <ul className={classes.plainList}>
            {v.aanwezigen.map((a) => (
              <li key={a.userId}>
                <Text size="sm">
                  {a.naam} · {a.rol}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <section aria-labelledby="volg-agenda-titel">
        <Stack gap="md">
          <Title order={3} size="h4" id="volg-agenda-titel">
            Agenda ({v.agenda.length === 1 ? '1 punt' : `${v.agenda.length} punten`})
          </Title>
          {v.agenda.length === 0 && (
            <Alert color="gray" variant="light" title="Er staan geen aanvragen op de agenda." />
          )}
          {v.agenda.map((punt, i) => (
            <LidPunt
              key={punt.deelname ? punt.aanvraagId : `niet-${i}`}
              nummer={i + 1}
              punt={punt}
            />
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
