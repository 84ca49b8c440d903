import { Alert, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import type { OutputOf } from '../../../electron/contract';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DateField } from '../../components/DateField';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { isIsoDate } from '../../lib/dutchDate';
import { base64ToBytes, downloadBytes } from '../../lib/files';
import { formatDateTime } from '../../lib/format';
import { useCall } from '../../lib/useCall';
import { usePagedRows } from '../../lib/usePagedRows';
import classes from './Logboek.module.css';

type Rij = OutputOf<'logboek.lijst'>['rows'][number];
type Controle = OutputOf<'logboek.controleer'>;

const PAGE_SIZE = 200;

interface Filters {
  van: string | null;
  tot: string | null;
  userId: string | null;
  actie: string | null;
  kenmerk: string;
}
const GEEN: Filters = { van: null, tot: null, userId: null, actie: null, kenmerk: '' };

const COLUMNS: readonly Column<Rij>[] = [
  { key: 'at', header: 'Tijdstip', width: '190px', render: (r) => formatDateTime(r.at) },
  {
    key: 'gebruiker',
    header: 'Gebruiker',
    width: 'minmax(120px, 1fr)',
    render: (r) => r.gebruiker,
  },
  { key: 'actie', header: 'Actie', width: 'minmax(180px, 1.6fr)', render: (r) => r.actieLabel },
  { key: 'object', header: 'Object', width: 'minmax(150px, 1.3fr)', render: (r) => r.object },
  {
    key: 'details',
    header: 'Details',
    width: 'minmax(80px, 0.8fr)',
    render: (r) => (
      <Text span size="xs" c="dimmed">
        {r.details ?? ''}
      </Text>
    ),
  },
  { key: 'bron', header: 'Vanaf', width: '120px', render: (r) => r.bron },
];

const rowLabel = (r: Rij) =>
  `${formatDateTime(r.at)}, ${r.gebruiker}: ${r.actieLabel}, ${r.object}, vanaf ${r.bron}`;

/** The filter as the procedure reads it; a date still being typed does not filter yet. */
function toInput(f: Filters) {
  const date = (d: string | null) => (d !== null && isIsoDate(d) ? d : null);
  return {
    van: date(f.van),
    tot: date(f.tot),
    userId: f.userId === null ? null : Number(f.userId),
    actie: f.actie,
    kenmerk: f.kenmerk.trim() === '' ? null : f.kenmerk.trim(),
  };
}

/**
 * The audit log for the functioneel beheerder (S6): who opened or changed which dossier, when and
 * from where, filtered, paged as it scrolls, exported as CSV and its hash chain checked. A dossier
 * appears by its kenmerk only: the beheerder sees no dossier content, and the log holds none.
 */
export function LogboekScreen() {
  const opties = useCall('logboek.filters', {}, 'filters');
  const [filters, setFilters] = useState<Filters>(GEEN);
  const [controle, setControle] = useState<Controle | null>(null);
  const [bezig, setBezig] = useState<'export' | 'controle' | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const input = useMemo(() => toInput(filters), [filters]);
  const key = JSON.stringify(input);
  const fetchPage = useCallback(
    (offset: number, limit: number) => call('logboek.lijst', { ...input, offset, limit }),
    [input],
  );
  const paged = usePagedRows<Rij>(key, PAGE_SIZE, fetchPage);
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  const exporteer = () => {
    setBezig('export');
    setFout(null);
    call('logboek.export', input).then(
      (r) => {
        setBezig(null);
        downloadBytes(base64ToBytes(r.dataBase64), r.fileName, 'text/csv;charset=utf-8');
        setMelding(
          `${r.rijen === 1 ? '1 regel' : `${r.rijen} regels`} geëxporteerd naar ${r.fileName}. De export staat zelf ook in het logboek.`,
        );
      },
      (e: unknown) => {
        setBezig(null);
        setFout(errorMessage(e));
      },
    );
  };
  const controleer = () => {
    setBezig('controle');
    setFout(null);
    call('logboek.controleer', {}).then(
      (r) => {
        setBezig(null);
        setControle(r);
      },
      (e: unknown) => {
        setBezig(null);
        setFout(errorMessage(e));
      },
    );
  };

  return (
    <Stack gap="sm" h="100%">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2}>Logboek</Title>
          <Text size="sm" c="dimmed">
            Wie welk dossier heeft geopend of gewijzigd, wanneer en vanaf waar; de nieuwste eerst.
            Een dossier staat er alleen met zijn kenmerk.
          </Text>
        </div>
        <Group gap="sm" wrap="nowrap">
          <Button variant="light" loading={bezig === 'export'} onClick={exporteer}>
            Exporteren (CSV)
          </Button>
          <Button loading={bezig === 'controle'} onClick={controleer}>
            Controleer de keten
          </Button>
        </Group>
      </Group>
      <div className={classes.filters} role="search" aria-label="Filters van het logboek">
        <DateField
          label="Van"
          ariaLabel="Periode van"
          value={filters.van}
          onChange={(v) => set({ van: v })}
          w="100%"
        />
        <DateField
          label="Tot en met"
          ariaLabel="Periode tot en met"
          value={filters.tot}
          onChange={(v) => set({ tot: v })}
          w="100%"
        />
        <Select
          label="Gebruiker"
          placeholder="Iedereen"
          clearable
          searchable
          value={filters.userId}
          onChange={(v) => set({ userId: v })}
          data={(opties.data?.gebruikers ?? []).map((g) => ({
            value: String(g.id),
            label: g.naam,
          }))}
        />
        <Select
          label="Actie"
          placeholder="Alle acties"
          clearable
          searchable
          value={filters.actie}
          onChange={(v) => set({ actie: v })}
          data={opties.data?.acties ?? []}
        />
        <TextInput
          label="Kenmerk aanvraag"
          placeholder="TLA-2026-0001"
          value={filters.kenmerk}
          onChange={(e) => set({ kenmerk: e.currentTarget.value })}
        />
        <Button
          variant="subtle"
          onClick={() => setFilters(GEEN)}
          disabled={key === JSON.stringify(toInput(GEEN))}
        >
          Filters wissen
        </Button>
      </div>
      {controle !== null && (
        <Alert
          color={controle.intact ? 'green' : 'red'}
          title={controle.intact ? 'De keten is heel' : 'De keten is verbroken'}
          role={controle.intact ? 'status' : 'alert'}
          withCloseButton
          closeButtonLabel="Melding sluiten"
          onClose={() => setControle(null)}
        >
          {controle.melding}
        </Alert>
      )}
      {melding !== null && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel="Melding sluiten"
          onClose={() => setMelding(null)}
        >
          {melding}
        </Alert>
      )}
      {fout !== null && <Alert color="red">{fout}</Alert>}
      {paged.error !== null && <Alert color="red">{paged.error}</Alert>}
      {opties.error !== null && <Alert color="red">{opties.error}</Alert>}
      <Text size="sm" c="dimmed" aria-live="polite">
        {paged.total === null ? 'Laden…' : paged.total === 1 ? '1 regel' : `${paged.total} regels`}
      </Text>
      <div className={classes.list}>
        <VirtualTable
          label="Logboek"
          columns={COLUMNS}
          total={paged.total ?? 0}
          getRow={paged.getRow}
          onRangeChange={paged.ensureRange}
          onOpen={() => undefined}
          rowLabel={rowLabel}
          listKey={paged.shownKey ?? ''}
          busy={paged.pending}
          rowHeight={40}
        />
      </div>
    </Stack>
  );
}
