import { Table, Text } from '@mantine/core';
import { heeftGeenNaam, vestigingscode } from '../../../../electron/domain/scholen';
import { TableHead } from '../../../components/TableHead';
import { RowActions, type RowAction } from '../RowActions';
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
      <span className={cls('pill')}>
        {eindDatum === null ? 'Bestuur beëindigd' : `Beëindigd per ${formatDate(eindDatum)}`}
      </span>
    );
  return (
    <span className={`${cls('pill')} ${cls('yellow')}`}>Eindigt per {formatDate(eindDatum)}</span>
  );
}

/** Beëindigen, or (once it has an end date) changing or undoing it. */
const eindeActie = (eindDatum: string | null, onClick: () => void): RowAction =>
  eindDatum === null
    ? { label: 'Beëindigen', onClick, danger: true }
    : { label: 'Einddatum wijzigen', onClick };

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
    <Table.ScrollContainer minWidth={900} className={cls('box')}>
      <Table verticalSpacing={6} fz="sm" aria-label="Schoolbesturen en scholen">
        <TableHead
          columns={[
            'Bestuur / school',
            'BRIN',
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
      <Table.Tr className={`${cls('bestuur')} ${ended ? cls('ended') : ''}`} data-testid="bestuur">
        <Table.Th scope="row">
          <span className={cls('name')}>{b.naam}</span>
          <Text size="xs" c="gray.7">
            Bestuursnummer {b.bestuursnummer} ·{' '}
            {b.scholen.length === 1 ? '1 school' : `${b.scholen.length} scholen`}
          </Text>
        </Table.Th>
        <Table.Td />
        <Table.Td>{adres(b)}</Table.Td>
        <Table.Td />
        <Table.Td className={cls('nowrap')}>
          {heeftGeenNaam(b) && (
            <span className={`${cls('pill')} ${cls('yellow')}`}>Naam nog invullen</span>
          )}
          <Status eindDatum={b.eindDatum} actief={b.actief} />
        </Table.Td>
        <Table.Td className={cls('actions')}>
          <RowActions
            naam={b.naam}
            actions={[
              ...(b.eindDatum === null
                ? [{ label: 'School toevoegen', onClick: () => actions.onAddSchool(b) }]
                : []),
              { label: 'Wijzigen', onClick: () => actions.onEditBestuur(b) },
              eindeActie(b.eindDatum, () => actions.onEndBestuur(b)),
            ]}
          />
        </Table.Td>
      </Table.Tr>
      {b.scholen.map((s) => (
        <Table.Tr key={s.id} className={s.actief ? '' : cls('ended')} data-testid="school">
          <Table.Th scope="row" fw="normal">
            <span className={cls('name')}>{s.naam}</span>
          </Table.Th>
          <Table.Td className={cls('code')}>{vestigingscode(s.brin, s.vestiging)}</Table.Td>
          <Table.Td>{adres(s)}</Table.Td>
          <Table.Td>{s.gemeente ?? '—'}</Table.Td>
          <Table.Td className={cls('nowrap')}>
            <Status eindDatum={s.eindDatum} actief={s.actief} />
          </Table.Td>
          <Table.Td className={cls('actions')}>
            <RowActions
              naam={s.naam}
              actions={[
                { label: 'Wijzigen', onClick: () => actions.onEditSchool(s) },
                eindeActie(s.eindDatum, () => actions.onEndSchool(s)),
              ]}
            />
          </Table.Td>
        </Table.Tr>
      ))}
    </>
  );
}
