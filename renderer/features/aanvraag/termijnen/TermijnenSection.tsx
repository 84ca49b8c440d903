import { Alert, Loader, Stack, Text, Timeline, Title } from '@mantine/core';
import { isAwaitingDecision } from '../../../../electron/domain/workflow';
import { beslistermijn } from '../../../../electron/domain/termijnen';
import type { Role } from '../../../../electron/domain/types';
import { Facts, type Fact } from '../../../components/Facts';
import { Section } from '../../../components/Section';
import { TrafficLight } from '../../../components/TrafficLight';
import { describeDaysLeft, formatDate } from '../../../lib/format';
import { formatDays, formatEuro, type TermijnView } from '../../../lib/termijnen';
import type { Aanvraag } from '../types';
import { OpschortingenTable } from './OpschortingenTable';
import { TermijnActions } from './TermijnActions';

interface Props {
  aanvraag: Aanvraag;
  role: Role;
  termijn: { data: TermijnView | null; error: string | null; loading: boolean };
  onDone: () => void;
}

function facts(t: TermijnView, open: boolean): Fact[] {
  // Awb 4:13: the 8 weeks as if nothing had been suspended, to compare with the real end.
  const zonder = beslistermijn({ ontvangenOp: t.ontvangenOp, suspendedDays: 0 }).end;
  const list: Fact[] = [
    { label: 'Ontvangen op', value: formatDate(t.ontvangenOp) },
    { label: 'Einde na 8 weken (zonder opschorting)', value: formatDate(zonder) },
    { label: 'Opgeschort', value: formatDays(t.suspendedDays) },
  ];
  if (t.verdaging !== null) {
    list.push({
      label: 'Verdaagd',
      value: `tot ${formatDate(t.verdaging.newEnd)}, meegedeeld op ${formatDate(t.verdaging.notifiedOn)}. ${t.verdaging.reden}`,
    });
  }
  list.push({
    label: t.verdaging !== null ? 'Einde beslistermijn (na verdaging)' : 'Einde beslistermijn',
    value: (
      <>
        <strong>{formatDate(t.end)}</strong>
        {t.nominal !== t.end && (
          <Text span size="sm" c="dimmed">
            {' '}
            (eigenlijk {formatDate(t.nominal)}; verschoven naar de eerstvolgende werkdag)
          </Text>
        )}
      </>
    ),
  });
  if (open) {
    list.push(
      {
        label: 'Stand',
        value: (
          <>
            <TrafficLight light={t.trafficLight} /> · {describeDaysLeft(t.daysLeft)}
            {t.suspended ? ' (de klok staat stil)' : ''}
          </>
        ),
      },
      { label: 'Waarschuwing ‘verdaging nodig’ vanaf', value: formatDate(t.warnFrom) },
    );
  }
  if (t.besluitOp !== null) list.push({ label: 'Besloten op', value: formatDate(t.besluitOp) });
  if (t.doorlooptijd !== null) {
    list.push({
      label: 'Doorlooptijd',
      value: `${formatDays(t.doorlooptijd.gross)} bruto, ${formatDays(t.doorlooptijd.net)} netto`,
    });
  }
  return list;
}

/** §9 on one aanvraag: the beslistermijn, its suspensions, verdaging, doorlooptijd and dwangsom. */
export function TermijnenSection({ aanvraag, role, termijn, onDone }: Props) {
  const { data: t, error, loading } = termijn;
  const open = isAwaitingDecision(aanvraag.state);
  const sll = role === 'secretaris' && open;
  return (
    <Section title="Termijnen">
      {error !== null && <Alert color="red">{error}</Alert>}
      {t === null && loading && <Loader size="sm" aria-label="Termijnen laden" />}
      {t !== null && (
        <>
          {t.verdagingNodig && open && (
            <Alert color="orange" variant="light" title="Verdaging nodig">
              De beslistermijn eindigt op {formatDate(t.end)}. Lukt een besluit niet op tijd,
              verdaag dan vóór die dag en meld dit aan het schoolbestuur.
            </Alert>
          )}
          {t.dwangsom !== null && (
            <Alert color="red" variant="light" title="Dwangsom (Awb 4:17)">
              Ingebrekestelling ontvangen op {formatDate(t.dwangsom.ingebrekestellingOn)}. De
              dwangsom loopt vanaf {formatDate(t.dwangsom.startsOn)}: tot nu toe{' '}
              {formatDays(t.dwangsom.days)}, {formatEuro(t.dwangsom.amount)} (hoogstens 42 dagen).
            </Alert>
          )}
          <div className="tla-two-columns">
            <Facts items={facts(t, open)} />
            <Stack gap="xs">
              <Title order={4} size="h5">
                Verloop van de termijn
              </Title>
              {t.timeline.length === 0 ? (
                <Text size="sm">Nog niets vastgelegd.</Text>
              ) : (
                <Timeline bulletSize={12} lineWidth={2} active={t.timeline.length - 1}>
                  {t.timeline.map((item, i) => (
                    <Timeline.Item key={`${item.date}-${i}`} title={item.label}>
                      <Text size="sm" c="dimmed">
                        {formatDate(item.date)}
                      </Text>
                    </Timeline.Item>
                  ))}
                </Timeline>
              )}
            </Stack>
          </div>
          {t.opschortingen.length > 0 && (
            <Stack gap="xs">
              <Title order={4} size="h5">
                Opschortingen
              </Title>
              <OpschortingenTable opschortingen={t.opschortingen} canEnd={sll} onDone={onDone} />
            </Stack>
          )}
          {sll && (
            <TermijnActions
              aanvraagId={aanvraag.id}
              currentEnd={t.end}
              verdaagd={t.verdaging !== null}
              onDone={onDone}
            />
          )}
        </>
      )}
    </Section>
  );
}
