import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { OutputOf } from '../../../../electron/contract';
import {
  IMPORT_UITKOMSTEN,
  IMPORT_UITKOMST_LABELS,
  type ImportUitkomst,
} from '../../../../electron/domain/scholen-import';
import { TableHead } from '../../../components/TableHead';
import classes from './Scholen.module.css';

/** A class of the CSS module (typed as possibly missing). */
const cls = (name: string): string => classes[name] ?? '';

export type Voorbeeld = OutputOf<'scholen.importVoorbeeld'>;
type Regel = Voorbeeld['regels'][number];

const COLOR: Readonly<Record<ImportUitkomst, string>> = {
  toevoegen: 'green',
  wijzigen: 'blue',
  ongewijzigd: '',
  geweigerd: 'red',
};

/** A long preview shows this many rows at once; the filter narrows it. */
const MAX_SHOWN = 500;

type Filter = ImportUitkomst | 'alle';

/** What each row of the file would do, filtered by outcome. */
export function ImportVoorbeeld({ voorbeeld }: { voorbeeld: Voorbeeld }) {
  const t = voorbeeld.totalen;
  const [filter, setFilter] = useState<Filter>(t.geweigerd > 0 ? 'geweigerd' : 'alle');
  const rows = voorbeeld.regels.filter((r) => filter === 'alle' || r.uitkomst === filter);
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Toon regels"
        value={filter}
        onChange={(v) => setFilter(v as Filter)}
        data={[
          { value: 'alle', label: `Alle (${voorbeeld.regels.length})` },
          ...IMPORT_UITKOMSTEN.map((u) => ({
            value: u,
            label: `${IMPORT_UITKOMST_LABELS[u]} (${t[u]})`,
          })),
        ]}
      />
      {rows.length === 0 ? (
        <Text size="sm">Geen regels met deze uitkomst.</Text>
      ) : (
        <Table.ScrollContainer minWidth={860} className={cls('box')}>
          <Table verticalSpacing={6} fz="sm" aria-label="Voorbeeld van de import">
            <TableHead
              columns={['Regel', 'Uitkomst', 'Soort', 'Code', 'Naam', 'Plaats', 'Toelichting']}
            />
            <Table.Tbody>
              {rows.slice(0, MAX_SHOWN).map((r) => (
                <VoorbeeldRij key={`${r.regel}-${r.soort}-${r.code}`} r={r} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.length > MAX_SHOWN && (
        <Text size="sm" c="gray.7">
          De eerste {MAX_SHOWN} van {rows.length} regels. Kies een uitkomst of beperk de gemeenten
          om de rest te zien.
        </Text>
      )}
    </Stack>
  );
}

function VoorbeeldRij({ r }: { r: Regel }) {
  return (
    <Table.Tr data-testid="importregel" data-uitkomst={r.uitkomst}>
      <Table.Td>{r.regel}</Table.Td>
      <Table.Td>
        <span className={`${cls('pill')} ${cls(COLOR[r.uitkomst])}`}>
          {IMPORT_UITKOMST_LABELS[r.uitkomst]}
        </span>
      </Table.Td>
      <Table.Td>{r.soort === 'bestuur' ? 'Bestuur' : 'School'}</Table.Td>
      <Table.Td className={cls('code')}>{r.code || '—'}</Table.Td>
      <Table.Td>{r.naam || '—'}</Table.Td>
      <Table.Td>{r.plaats || '—'}</Table.Td>
      <Table.Td>
        <Toelichting r={r} />
      </Table.Td>
    </Table.Tr>
  );
}

function Toelichting({ r }: { r: Regel }) {
  const lines = [
    ...r.redenen,
    ...r.wijzigingen.map((w) => `${w.veld}: ${w.oud ?? '(leeg)'} → ${w.nieuw}`),
    ...r.opmerkingen,
  ];
  if (lines.length === 0) return <>—</>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className={cls('wijzigingen')}>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
