import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { call } from '../../api/client';
import { ExportKnop } from '../../components/ExportKnop';
import { useSession } from '../../app/auth';
import { useCall } from '../../lib/useCall';
import { usePagedRows } from '../../lib/usePagedRows';
import { AanvragenLijst, ZoekVeld } from '../werk/AanvragenLijst';
import { AanvragenTeller } from '../werk/columns';
import {
  activeFilters,
  AlleFilters,
  dateOrNull,
  NO_FILTERS,
  statesOf,
  type Filters,
} from './AlleFilters';
import classes from './AlleAanvragen.module.css';
import { ALLE_COLUMNS, zoekRowLabel, type ZoekRow } from './columns';

const PAGE_SIZE = 100;

/** The procedure's input for a search text and the filters (a period that ends before it starts: its start only). */
function toInput(search: string, f: Filters) {
  const van = dateOrNull(f.van);
  const tot = dateOrNull(f.tot);
  return {
    search: search.trim(),
    states: statesOf(f.status),
    ontvangenVan: van,
    ontvangenTot: van !== null && tot !== null && tot < van ? null : tot,
    schoolId: f.schoolId,
    bestuurId: f.bestuurId,
    soort: f.soort,
  };
}

/** The key of the list without search or filters. */
const EVERYTHING = JSON.stringify(toInput('', NO_FILTERS));

/** The last search of this tab's user, so that coming back from an aanvraag finds the list as left. */
let remembered: { userId: number; search: string; filters: Filters; open: boolean } | null = null;

/**
 * Every aanvraag in every state, newest first, for the office: a search on kenmerk, leerling,
 * school and TLV volgnummer and filters on status, period, bestuur, school and soort. Each
 * keystroke asks the backend at once; the list on screen stays until the answer comes.
 */
export function AlleAanvragenScreen() {
  const { user, role } = useSession();
  const start = remembered?.userId === user.id ? remembered : null;
  const [search, setSearch] = useState(start?.search ?? '');
  const [filters, setFilters] = useState<Filters>(start?.filters ?? NO_FILTERS);
  const [open, setOpen] = useState(start?.open ?? false);
  remembered = { userId: user.id, search, filters, open };
  const besturen = useCall('scholen.list', {}, 'scholen');

  const input = useMemo(() => toInput(search, filters), [search, filters]);
  const badPeriod = input.ontvangenTot === null && dateOrNull(filters.tot) !== null;
  const key = JSON.stringify(input);
  const fetchPage = useCallback(
    (offset: number, limit: number) => call('aanvragen.zoek', { ...input, offset, limit }),
    [input],
  );
  const paged = usePagedRows<ZoekRow>(key, PAGE_SIZE, fetchPage);
  const { total, error, shownKey } = paged;
  const count = activeFilters(filters);
  const exportVraag = useMemo(
    () => ({ bron: 'alle-aanvragen' as const, parameters: input }),
    [input],
  );
  const narrowed = shownKey !== null && shownKey !== EVERYTHING;

  return (
    <Stack gap="sm" h="100%">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2}>Alle aanvragen</Title>
          <Text size="sm" c="dimmed">
            Elke aanvraag in elke status, ook verzonden, in bezwaar en gearchiveerd; de nieuwste
            eerst.
          </Text>
        </div>
        <Group align="flex-end" wrap="nowrap" gap="sm">
          <ZoekVeld value={search} onChange={setSearch} />
          {count > 0 && (
            <Button variant="subtle" onClick={() => setFilters(NO_FILTERS)}>
              Filters wissen
            </Button>
          )}
          <Button
            variant={open ? 'filled' : 'light'}
            aria-expanded={open}
            aria-controls="alle-filters"
            onClick={() => setOpen((o) => !o)}
          >
            {count === 0 ? 'Filters' : `Filters (${count})`}
          </Button>
          <ExportKnop vraag={exportVraag} />
        </Group>
      </Group>
      {open && (
        <AlleFilters
          id="alle-filters"
          value={filters}
          onChange={setFilters}
          besturen={besturen.data ?? []}
        />
      )}
      {badPeriod && (
        <Alert color="orange" variant="light">
          De periode eindigt vóór zij begint; alleen ‘Ontvangen vanaf’ telt nu.
        </Alert>
      )}
      {error !== null && <Alert color="red">{error}</Alert>}
      {besturen.error !== null && <Alert color="red">{besturen.error}</Alert>}
      <AanvragenTeller total={total} />
      <div className={classes.list}>
        <AanvragenLijst
          label="Alle aanvragen"
          columns={ALLE_COLUMNS}
          rowLabel={zoekRowLabel}
          paged={paged}
          empty={
            narrowed
              ? {
                  title: 'Niets gevonden.',
                  text: 'Geen aanvraag past bij deze zoektekst en filters. Zoek op een deel van het kenmerk, de naam van de leerling of de school, of het TLV-volgnummer.',
                }
              : {
                  title: 'Er zijn nog geen aanvragen.',
                  text:
                    role === 'secretaris'
                      ? 'Registreer een aanvraag bij Nieuwe aanvraag; daarna staat die hier, in elke status.'
                      : 'Zodra de secretaresse leerlingenzaken een aanvraag registreert, staat die hier.',
                }
          }
        />
      </div>
    </Stack>
  );
}
