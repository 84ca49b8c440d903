import {
  MultiSelect,
  type ComboboxItemGroup,
  type ComboboxParsedItem,
  type OptionsFilter,
} from '@mantine/core';
import { organisatieOptions, type Besturen } from '../../lib/scholen';

/** Every word typed must occur in the bestuur's name or the option's own label. */
const filter: OptionsFilter = ({ options, search }) => {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const hit = (text: string) => words.every((w) => text.toLowerCase().includes(w));
  return options.flatMap((o): ComboboxParsedItem[] => {
    if ('group' in o) {
      const items = o.items.filter((i) => hit(`${o.group} ${i.label}`));
      return items.length > 0 ? [{ ...o, items }] : [];
    }
    return hit(o.label) ? [o] : [];
  });
};

interface Props {
  besturen: Besturen;
  value: string[];
  onChange: (value: string[]) => void;
  /** The names the backend knows for keys already chosen (pool.list), should a list lack one. */
  known?: readonly { key: string; naam: string }[];
  error?: string | undefined;
}

/**
 * "Werkt voor" (§4, independence): the school boards and schools a deskundige works for, searched
 * by name, BRIN or bestuur, and shown by name; TLA assigns them no aanvraag of those.
 */
export function OrganisatieSelect({ besturen, value, onChange, known = [], error }: Props) {
  const options: ComboboxItemGroup[] = organisatieOptions(besturen);
  const listed = new Set(
    options.flatMap((g) => g.items.map((i) => (typeof i === 'string' ? i : i.value))),
  );
  const missing = value.filter((k) => !listed.has(k));
  const data =
    missing.length === 0
      ? options
      : [
          ...options,
          {
            group: 'Niet meer in de lijst',
            items: missing.map((k) => ({
              value: k,
              label: known.find((o) => o.key === k)?.naam ?? 'Onbekende organisatie',
            })),
          },
        ];
  return (
    <MultiSelect
      label="Werkt voor (onafhankelijkheid)"
      description="Besturen en scholen waarvoor deze deskundige werkt; TLA wijst haar of hem daar geen aanvragen van toe. Zoek op naam, BRIN of bestuur."
      placeholder={value.length === 0 ? 'Zoek een bestuur of school' : undefined}
      searchable
      clearable
      hidePickedOptions
      filter={filter}
      maxDropdownHeight={280}
      nothingFoundMessage={
        besturen.length === 0
          ? 'TLA kent nog geen besturen of scholen. Voeg ze eerst toe bij Scholen en besturen.'
          : 'Geen bestuur of school gevonden'
      }
      data={data}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
