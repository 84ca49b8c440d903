import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import {
  TERMIJNEN_LIJST,
  TERMIJNEN_LIJSTEN,
  type TermijnenLijst,
} from '../../../electron/domain/termijnen-lijst';
import { ChoiceSegments } from '../../components/Choice';
import { ExportKnop } from '../../components/ExportKnop';
import { VirtualTable } from '../../components/VirtualTable';
import { navigate } from '../../lib/router';
import { useCall } from '../../lib/useCall';
import { AanvragenTeller } from '../werk/columns';
import { TERMIJN_COLUMNS, termijnRowLabel, type TermijnRow } from './columns';
import { PeriodFigures, type Periode } from './PeriodFigures';
import classes from './Termijnen.module.css';
import { HerindicatieRadar } from '../register/HerindicatieRadar';

type Filter = TermijnenLijst;
const FILTERS = TERMIJNEN_LIJST;
const FILTER_KEYS = TERMIJNEN_LIJSTEN;

const EMPTY: Readonly<Record<Filter, string>> = {
  alle: 'Er zijn geen open aanvragen.',
  verdaging: 'Geen aanvraag heeft nu een verdaging nodig.',
  verlopen: 'Geen aanvraag is over de termijn. Mooi zo.',
  opgeschort: 'Geen aanvraag is nu opgeschort.',
};

function openRow(row: TermijnRow): void {
  navigate({ name: 'aanvraag', id: row.id });
}

const noop = (): void => undefined;

/** §9: every open aanvraag with its clock, for the SLL and the office; what needs her today first. */
export function TermijnenScreen() {
  const [periode, setPeriode] = useState<Periode>('schooljaar');
  const [filter, setFilter] = useState<Filter>('alle');
  const { data, error, loading } = useCall('termijnen.dashboard', { periode }, periode);
  const rows = useMemo(() => (data?.rows ?? []).filter(FILTERS[filter].test), [data, filter]);
  const getRow = useCallback((i: number) => rows[i], [rows]);
  const counts = data?.counts;

  const tiles: readonly { label: string; value: number | undefined; hint: string }[] = [
    { label: 'Open', value: counts?.open, hint: 'aanvragen zonder besluit' },
    { label: 'Opgeschort', value: counts?.opgeschort, hint: 'de klok staat stil' },
    { label: 'Verdaging nodig', value: counts?.waarschuwing, hint: 'einde termijn dichtbij' },
    { label: 'Verlopen', value: counts?.verlopen, hint: 'de termijn is voorbij' },
  ];

  return (
    <Stack gap="md" h="100%" className={classes.page ?? ''}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2}>Termijnen</Title>
          <Text size="sm" c="dimmed">
            De beslistermijn van elke open aanvraag: 8 weken na ontvangst, plus de dagen dat de
            termijn is opgeschort.
          </Text>
        </div>
        <ExportKnop vraag={{ bron: 'termijnen', parameters: { periode, lijst: filter } }} />
      </Group>
      {error !== null && <Alert color="red">{error}</Alert>}
      <div className={classes.top}>
        <section aria-labelledby="termijnen-stand" className={classes.counts}>
          <h3 id="termijnen-stand" className="tla-visually-hidden">
            Stand van vandaag
          </h3>
          {tiles.map((t) => (
            <div key={t.label} className={classes.count}>
              <Text size="sm" fw={600}>
                {t.label}
              </Text>
              <span className={classes.number}>
                {t.value === undefined ? '…' : t.value.toLocaleString('nl-NL')}
              </span>
              <Text size="xs" c="dimmed">
                {t.hint}
              </Text>
            </div>
          ))}
        </section>
        <PeriodFigures
          current={data?.current ?? null}
          previous={data?.previous ?? null}
          periode={periode}
          onPeriode={setPeriode}
        />
      </div>
      <HerindicatieRadar max={3} />
      <Group justify="space-between" align="center">
        <ChoiceSegments
          aria-label="Welke aanvragen tonen"
          options={FILTER_KEYS}
          labels={(k) => FILTERS[k].label}
          value={filter}
          onChange={setFilter}
        />
        <AanvragenTeller total={data === null ? null : rows.length} />
      </Group>
      {data === null ? (
        loading && <Loader size="sm" aria-label="Termijnen laden" />
      ) : rows.length === 0 ? (
        <Alert color="gray" variant="light" title={EMPTY[filter]}>
          Kies hierboven een andere lijst om andere aanvragen te zien.
        </Alert>
      ) : (
        <VirtualTable
          key={filter}
          label={`Termijnen: ${FILTERS[filter].label.toLowerCase()}`}
          columns={TERMIJN_COLUMNS}
          total={rows.length}
          getRow={getRow}
          onRangeChange={noop}
          onOpen={openRow}
          rowLabel={termijnRowLabel}
        />
      )}
    </Stack>
  );
}
