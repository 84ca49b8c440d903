import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { vestigingscode } from '../../../../electron/domain/scholen';
import { TableHead } from '../../../components/TableHead';
import { formatDate } from '../../../lib/format';
import type { Bestuur, Besturen, School } from '../../../lib/scholen';
import classes from './Scholen.module.css';

/** A class of the CSS module (typed as possibly missing). */
const cls = (name: string): string => classes[name] ?? '';

export interface ScholenActions {
  onEditBestuur: (b: Bestuur) => void;
  onEndBestuur: (b: Bestuur) => void;
  onAddSchool: (b: Bestuur) => void;
  onEditSchool: (s: School) => void;
  onEndSchool: (s: School) => void;
}

/** 'Beëindigd per …', 'Eindigt per …' or nothing (active, no end date). */
function Status({ eindDatum, actief }: { eindDatum: string | null; actief: boolean }) {
  if (eindDatum === null && actief) return null;
  if (!actief)
    return (
      <Badge color="gray" variant="light" tt="none">
        {eindDatum === null ? 'Bestuur beëindigd' : `Beëindigd per ${formatDate(eindDatum)}`}
      </Badge>
    );
  return (
    <Badge color="yellow" variant="light" tt="none">
      Eindigt per {formatDate(eindDatum)}
    </Badge>
  );
}

const adres = (x: { adres: string | null; postcode: string | null; plaats: string | null }) =>
  [x.adres, [x.postcode, x.plaats].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '—';

/** The boards, each followed by its schools; ended ones greyed with their end date. */
export function ScholenTable({
  besturen,
  actions,
}: {
  besturen: Besturen;
  actions: ScholenActions;
}) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={6} fz="sm" aria-label="Schoolbesturen en scholen">
        <TableHead
          columns={[
            'Bestuur / school',
            'Nummer / BRIN',
            'Adres',
            'Gemeente',
            'Status',
            { label: 'Acties', hidden: true },
          ]}
        />
        <Table.Tbody>
          {besturen.map((b) => (
            <BestuurRows key={b.id} bestuur={b} actions={actions} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function BestuurRows({ bestuur: b, actions }: { bestuur: Bestuur; actions: ScholenActions }) {
  const ended = !b.actief;
  return (
    <>
      <Table.Tr
        className={`${cls('bestuur')} ${ended ? cls('ended') : ''}`}
        data-testid="bestuur"
      >
        <Table.Th scope="row" className={cls('name')}>
          {b.naam}
        </Table.Th>
        <Table.Td className={cls('code')}>{b.bestuursnummer}</Table.Td>
        <Table.Td>{adres(b)}</Table.Td>
        <Table.Td>
          <Text size="xs" c="gray.7">
            {b.scholen.length === 1 ? '1 school' : `${b.scholen.length} scholen`}
          </Text>
        </Table.Td>
        <Table.Td>
          <Status eindDatum={b.eindDatum} actief={b.actief} />
        </Table.Td>
        <Table.Td className={cls('actions')}>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            {b.eindDatum === null && (
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => actions.onAddSchool(b)}
                aria-label={`School toevoegen aan ${b.naam}`}
              >
                School toevoegen
              </Button>
            )}
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => actions.onEditBestuur(b)}
              aria-label={`Bestuur ${b.naam} wijzigen`}
            >
              Wijzigen
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => actions.onEndBestuur(b)}
              aria-label={`Bestuur ${b.naam} ${b.eindDatum === null ? 'beëindigen' : 'einddatum'}`}
            >
              {b.eindDatum === null ? 'Beëindigen' : 'Einddatum'}
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
      {b.scholen.map((s) => (
        <Table.Tr key={s.id} className={s.actief ? '' : cls('ended')} data-testid="school">
          <Table.Td>
            <span className={cls('name')}>{s.naam}</span>
          </Table.Td>
          <Table.Td className={cls('code')}>{vestigingscode(s.brin, s.vestiging)}</Table.Td>
          <Table.Td>{adres(s)}</Table.Td>
          <Table.Td>{s.gemeente ?? '—'}</Table.Td>
          <Table.Td>
            <Status eindDatum={s.eindDatum} actief={s.actief} />
          </Table.Td>
          <Table.Td className={cls('actions')}>
            <Group gap={4} justify="flex-end" wrap="nowrap">
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => actions.onEditSchool(s)}
                aria-label={`School ${s.naam} wijzigen`}
              >
                Wijzigen
              </Button>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => actions.onEndSchool(s)}
                aria-label={`School ${s.naam} ${s.eindDatum === null ? 'beëindigen' : 'einddatum'}`}
              >
                {s.eindDatum === null ? 'Beëindigen' : 'Einddatum'}
              </Button>
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </>
  );
}
