import { Alert, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import {
  TLV_STATUS_LABELS,
  TLV_STATUSSEN,
  type TlvStatus,
} from '../../../electron/domain/tlv-register';
import { SCHOOLSOORTEN, type Schoolsoort } from '../../../electron/domain/types';
import { DateField } from '../../components/DateField';
import { VirtualTable } from '../../components/VirtualTable';
import { isIsoDate } from '../../lib/dutchDate';
import { navigate } from '../../lib/router';
import { useCall } from '../../lib/useCall';
import { ExportKnop } from '../../components/ExportKnop';
import { REGISTER_COLUMNS, registerRowLabel, type RegisterRow } from './columns';
import classes from './Register.module.css';

const dateOrNull = (v: string | null): string | null => (isIsoDate(v) ? v : null);
const COUNT = new Intl.NumberFormat('nl-NL');
const STATUS_OPTIONS = TLV_STATUSSEN.map((s) => ({ value: s, label: TLV_STATUS_LABELS[s] }));
const SOORT_OPTIONS = SCHOOLSOORTEN.map((s) => ({ value: s, label: s }));

function openRow(row: RegisterRow): void {
  navigate({ name: 'aanvraag', id: row.aanvraagId });
}

const noop = (): void => undefined;

/**
 * §7, WPO 18a lid 14: the TLV register. Every TLV issued, with its status as the domain derives it
 * today; a revision after a gegrond bezwaar names the TLV it replaces. Each row opens its aanvraag.
 */
export function RegisterScreen() {
  const [status, setStatus] = useState<TlvStatus | null>(null);
  const [schoolId, setSchoolId] = useState<number | null>(null);
  const [schoolsoort, setSchoolsoort] = useState<Schoolsoort | null>(null);
  const [van, setVan] = useState<string | null>(null);
  const [tot, setTot] = useState<string | null>(null);
  const [zoek, setZoek] = useState('');
  const filter = {
    status,
    schoolId,
    schoolsoort,
    van: dateOrNull(van),
    tot: dateOrNull(tot),
    zoek: zoek.trim(),
  };
  const key = JSON.stringify(filter);
  const { data, error, loading } = useCall('tlvRegister.lijst', filter, key);
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const getRow = useCallback((i: number) => rows[i], [rows]);
  const tiles = TLV_STATUSSEN.map((s) => ({ s, n: data?.perStatus[s] }));

  return (
    <Stack gap="md" h="100%">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2}>TLV-register</Title>
          <Text size="sm" c="dimmed" maw={760}>
            Elke afgegeven toelaatbaarheidsverklaring met haar volgnummer (WPO art. 18a lid 14). Een
            verklaring die na een gegrond bezwaar is herzien, staat er als nieuwe regel in die de
            oude vervangt.
          </Text>
        </div>
        <section aria-label="Aantallen per status" className={classes.tiles}>
          {tiles.map(({ s, n }) => (
            <div key={s} className={classes.tile}>
              <Text size="xs" fw={600}>
                {TLV_STATUS_LABELS[s]}
              </Text>
              <span className={classes.number}>{n === undefined ? '…' : COUNT.format(n)}</span>
            </div>
          ))}
        </section>
      </Group>
      <section aria-label="Filters" className={classes.filters}>
        <Select
          label="Status"
          placeholder="Alle statussen"
          data={STATUS_OPTIONS}
          value={status}
          onChange={(v) => setStatus(TLV_STATUSSEN.find((s) => s === v) ?? null)}
          clearable
        />
        <Select
          label="School"
          placeholder="Alle scholen"
          data={(data?.scholen ?? []).map((s) => ({ value: String(s.id), label: s.naam }))}
          value={schoolId === null ? null : String(schoolId)}
          onChange={(v) => setSchoolId(v === null ? null : Number(v))}
          searchable
          clearable
          nothingFoundMessage="Geen school gevonden"
        />
        <Select
          label="Schoolsoort"
          placeholder="Alle"
          data={SOORT_OPTIONS}
          value={schoolsoort}
          onChange={(v) => setSchoolsoort(SCHOOLSOORTEN.find((s) => s === v) ?? null)}
          clearable
        />
        <DateField label="Geldig vanaf" value={van} onChange={setVan} w="100%" />
        <DateField label="Geldig tot en met" value={tot} onChange={setTot} w="100%" />
        <TextInput
          label="Zoeken"
          placeholder="Volgnummer, leerling, school"
          value={zoek}
          onChange={(e) => setZoek(e.currentTarget.value)}
        />
      </section>
      {error !== null && <Alert color="red">{error}</Alert>}
      <Group justify="space-between" align="center">
        <Text size="sm" aria-live="polite" c="dimmed">
          {data === null
            ? 'Laden…'
            : `${COUNT.format(rows.length)} van ${COUNT.format(data.total)} toelaatbaarheidsverklaringen`}
        </Text>
        <ExportKnop vraag={{ bron: 'tlv-register', parameters: filter }} />
      </Group>
      {data === null ? (
        loading && <Loader size="sm" aria-label="Register laden" />
      ) : rows.length === 0 ? (
        <Alert
          color="gray"
          variant="light"
          title={data.total === 0 ? 'Het register is nog leeg.' : 'Niets gevonden.'}
        >
          {data.total === 0
            ? 'Zodra de directeur-bestuurder een toelaatbaarheidsverklaring afgeeft, staat die hier.'
            : 'Geen toelaatbaarheidsverklaring past bij deze filters.'}
        </Alert>
      ) : (
        <div className={classes.list}>
          <VirtualTable
            label="TLV-register"
            columns={REGISTER_COLUMNS}
            total={rows.length}
            getRow={getRow}
            onRangeChange={noop}
            onOpen={openRow}
            rowLabel={registerRowLabel}
            rowHeight={52}
            listKey={key}
            busy={loading}
          />
        </div>
      )}
    </Stack>
  );
}
