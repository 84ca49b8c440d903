import { Select, type ComboboxItemGroup } from '@mantine/core';
import type { OutputOf } from '../../../electron/contract';
import { STATE_FILTER_GROUPS } from '../../../electron/domain/alle-aanvragen';
import {
  AANVRAAG_SOORTEN,
  type AanvraagSoort,
  type AanvraagState,
} from '../../../electron/domain/types';
import { DateField } from '../../components/DateField';
import { isIsoDate } from '../../lib/dutchDate';
import { stateLabel } from '../../lib/labels';
import classes from './AlleAanvragen.module.css';
import { SOORT_KORT } from './columns';

/** What the filters hold: a status (a group 'groep:<key>' or one state), a period, a school or board, a soort. */
export interface Filters {
  status: string | null;
  van: string | null;
  tot: string | null;
  bestuurId: number | null;
  schoolId: number | null;
  soort: AanvraagSoort | null;
}

export const NO_FILTERS: Filters = {
  status: null,
  van: null,
  tot: null,
  bestuurId: null,
  schoolId: null,
  soort: null,
};

/** How many filters are set (a period counts once). */
export function activeFilters(f: Filters): number {
  return [f.status, f.van ?? f.tot, f.bestuurId, f.schoolId, f.soort].filter((v) => v !== null)
    .length;
}

/** The states a status choice stands for (empty: every state); a group as the domain has it. */
export function statesOf(status: string | null): AanvraagState[] {
  if (status === null) return [];
  const group = STATE_FILTER_GROUPS.find((g) => `groep:${g.key}` === status);
  if (group !== undefined) return [...group.states];
  const state = STATE_FILTER_GROUPS.flatMap((g) => g.states).find((s) => s === status);
  return state === undefined ? [] : [state];
}

/** The groups of the domain, each with "all of them" first, then its states one by one. */
const STATUS_OPTIONS: ComboboxItemGroup[] = STATE_FILTER_GROUPS.map((g) => ({
  group: g.label,
  items:
    g.states.length === 1
      ? [{ value: `groep:${g.key}`, label: stateLabel(g.states[0] as AanvraagState) }]
      : [
          { value: `groep:${g.key}`, label: `${g.kort} (alle)` },
          ...g.states.map((s) => ({ value: s, label: stateLabel(s) })),
        ],
}));

const SOORT_OPTIONS = AANVRAAG_SOORTEN.map((s) => ({ value: s, label: SOORT_KORT[s] }));

/** A typed date only when it is one (the field itself says what it cannot read). */
export const dateOrNull = (v: string | null): string | null => (isIsoDate(v) ? v : null);

type Besturen = OutputOf<'scholen.list'>;

interface Props {
  id: string;
  value: Filters;
  onChange: (next: Filters) => void;
  besturen: Besturen;
}

/** The filters of Alle aanvragen: status, period of receipt, bestuur, school and soort (one row at 1280 px). */
export function AlleFilters({ id, value, onChange, besturen }: Props) {
  const set = (patch: Partial<Filters>): void => onChange({ ...value, ...patch });
  const bestuurOptions = besturen.map((b) => ({ value: String(b.id), label: b.naam }));
  const schoolOptions: ComboboxItemGroup[] = besturen
    .filter((b) => value.bestuurId === null || b.id === value.bestuurId)
    .map((b) => ({
      group: b.naam,
      items: b.scholen.map((s) => ({ value: String(s.id), label: `${s.naam} (${s.brin})` })),
    }));
  const van = dateOrNull(value.van);
  const tot = dateOrNull(value.tot);
  return (
    <section id={id} aria-label="Filters" className={classes.filters}>
      <Select
        label="Status"
        placeholder="Alle statussen"
        data={STATUS_OPTIONS}
        value={value.status}
        onChange={(v) => set({ status: v })}
        searchable
        clearable
        nothingFoundMessage="Geen status gevonden"
        comboboxProps={{ withinPortal: true }}
      />
      <DateField
        label="Ontvangen vanaf"
        value={value.van}
        onChange={(v) => set({ van: v })}
        w="100%"
        {...(tot !== null ? { maxDate: tot } : {})}
      />
      <DateField
        label="Ontvangen tot en met"
        value={value.tot}
        onChange={(v) => set({ tot: v })}
        w="100%"
        {...(van !== null ? { minDate: van } : {})}
      />
      <Select
        label="Bestuur"
        placeholder="Alle besturen"
        data={bestuurOptions}
        value={value.bestuurId === null ? null : String(value.bestuurId)}
        onChange={(v) => {
          const bestuurId = v === null ? null : Number(v);
          // A school of another bestuur no longer fits.
          const keep =
            bestuurId === null ||
            besturen.some(
              (b) => b.id === bestuurId && b.scholen.some((s) => s.id === value.schoolId),
            );
          set({ bestuurId, schoolId: keep ? value.schoolId : null });
        }}
        searchable
        clearable
        nothingFoundMessage="Geen bestuur gevonden"
      />
      <Select
        label="School"
        placeholder="Alle scholen"
        data={schoolOptions}
        value={value.schoolId === null ? null : String(value.schoolId)}
        onChange={(v) => set({ schoolId: v === null ? null : Number(v) })}
        searchable
        clearable
        nothingFoundMessage="Geen school gevonden"
      />
      <Select
        label="Soort aanvraag"
        placeholder="Alle soorten"
        data={SOORT_OPTIONS}
        value={value.soort}
        onChange={(v) => set({ soort: AANVRAAG_SOORTEN.find((s) => s === v) ?? null })}
        clearable
      />
    </section>
  );
}
