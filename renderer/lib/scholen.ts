import type { ComboboxItemGroup } from '@mantine/core';
import type { OutputOf } from '../../electron/contract';
import { vestigingscode } from '../../electron/domain/scholen';

export type Besturen = OutputOf<'scholen.list'>;
export type Bestuur = Besturen[number];
export type School = Bestuur['scholen'][number];

/** A school as the pickers name it: its name, DUO's vestigingscode (12AB00) and its place. */
export function schoolLabel(s: School): string {
  return `${s.naam} (${vestigingscode(s.brin, s.vestiging)}, ${s.plaats})`;
}

/**
 * The schools that may be chosen for a new aanvraag, grouped by bestuur, for a searchable Select:
 * ended schools and boards (`actief` false, decided by the backend) are left out.
 */
export function schoolOptions(besturen: Besturen): ComboboxItemGroup[] {
  return besturen
    .map((b) => ({
      group: b.naam,
      items: b.scholen
        .filter((s) => s.actief)
        .map((s) => ({ value: String(s.id), label: schoolLabel(s) })),
    }))
    .filter((g) => g.items.length > 0);
}

/**
 * Besturen and schools as organisation keys of the deskundigenpool: 'bestuur:<id>', 'school:<id>'.
 * Ended ones are offered only when already chosen (`selected`), so an existing choice still shows
 * its name.
 */
export function organisatieOptions(
  besturen: Besturen,
  selected: readonly string[] = [],
): ComboboxItemGroup[] {
  const keep = (active: boolean, key: string) => active || selected.includes(key);
  return besturen
    .map((b) => ({
      group: b.naam,
      items: [
        ...(keep(b.actief, `bestuur:${b.id}`)
          ? [{ value: `bestuur:${b.id}`, label: `${b.naam} (heel het bestuur)` }]
          : []),
        ...b.scholen
          .filter((s) => keep(s.actief, `school:${s.id}`))
          .map((s) => ({
            value: `school:${s.id}`,
            label: `${s.naam} (${vestigingscode(s.brin, s.vestiging)})`,
          })),
      ],
    }))
    .filter((g) => g.items.length > 0);
}

/** The gemeenten of the schools TLA knows, to suggest a pupil's gemeente. */
export function gemeenteOptions(besturen: Besturen): string[] {
  const names = besturen.flatMap((b) => b.scholen.map((s) => s.gemeente ?? ''));
  return [...new Set(names.filter((g) => g !== ''))].sort((a, b) => a.localeCompare(b, 'nl'));
}
