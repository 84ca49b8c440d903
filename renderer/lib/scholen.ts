import type { ComboboxItemGroup } from '@mantine/core';
import type { OutputOf } from '../../electron/contract';

export type Besturen = OutputOf<'scholen.list'>;

/** Schools grouped by bestuur, for a searchable Select. */
export function schoolOptions(besturen: Besturen): ComboboxItemGroup[] {
  return besturen.map((b) => ({
    group: b.naam,
    items: b.scholen.map((s) => ({
      value: String(s.id),
      label: `${s.naam} (${s.brin}, ${s.plaats})`,
    })),
  }));
}

/** Besturen and schools as organisation keys of the deskundigenpool: 'bestuur:<id>', 'school:<id>'. */
export function organisatieOptions(besturen: Besturen): ComboboxItemGroup[] {
  return besturen.map((b) => ({
    group: b.naam,
    items: [
      { value: `bestuur:${b.id}`, label: `${b.naam} (heel het bestuur)` },
      ...b.scholen.map((s) => ({ value: `school:${s.id}`, label: `${s.naam} (${s.brin})` })),
    ],
  }));
}
