import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { call } from '../../api/client';
import { routeHref } from '../../lib/router';
import { usePagedRows } from '../../lib/usePagedRows';
import { ALLE_COLUMNS, zoekRowLabel, type ZoekRow } from '../alle/columns';
import classes from '../alle/AlleAanvragen.module.css';
import { AanvragenLijst } from '../werk/AanvragenLijst';
import { AanvragenTeller } from '../werk/columns';
import { leesVraag, periodeInput, schrijfVraag } from './vraag';

const PAGE_SIZE = 100;

/**
 * The aanvragen behind one figure of a report (§11): the rows of Alle aanvragen, newest first; a
 * row opens its aanvraag, the link above goes back to the report as it was.
 */
export function RapportageLijstScreen({ q }: { q: string }) {
  const vraag = useMemo(() => leesVraag(q), [q]);
  const params = useMemo(() => new URLSearchParams(q), [q]);
  const figuur = params.get('figuur') ?? '';
  const groep = params.get('groep');
  const periode = periodeInput(vraag);
  const [titel, setTitel] = useState<{
    figuur: string;
    groep: string | null;
    periode: string;
  } | null>(null);
  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      if (periode === null) return { total: 0, rows: [] };
      const r = await call('rapportage.aanvragen', {
        periode,
        indeling: vraag.indeling,
        groep,
        figuur,
        offset,
        limit,
      });
      setTitel({ figuur: r.figuur, groep: r.groep, periode: r.periode.label });
      return r;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [q],
  );
  const paged = usePagedRows<ZoekRow>(q, PAGE_SIZE, fetchPage);
  const terug = routeHref({ name: 'rapportages', q: schrijfVraag(vraag) });

  return (
    <Stack gap="sm" h="100%">
      <div>
        <Anchor href={terug} size="sm">
          ‹ Terug naar de rapportage
        </Anchor>
        <Title order={2}>{titel === null ? 'Aanvragen achter een kengetal' : titel.figuur}</Title>
        <Text size="sm" c="dimmed">
          {titel === null
            ? 'Laden…'
            : `${titel.groep ?? 'Totaal'} · ${titel.periode}. De aanvragen achter dit getal, de nieuwste eerst.`}
        </Text>
      </div>
      {paged.error !== null && <Alert color="red">{paged.error}</Alert>}
      <AanvragenTeller total={paged.total} />
      <div className={classes.list ?? ''}>
        <AanvragenLijst
          label={titel === null ? 'Aanvragen' : `Aanvragen: ${titel.figuur}`}
          columns={ALLE_COLUMNS}
          rowLabel={zoekRowLabel}
          paged={paged}
          empty={{
            title: 'Geen aanvragen achter dit getal.',
            text: 'De rapportage is intussen veranderd, of de groep staat er niet meer in. Ga terug naar de rapportage.',
          }}
        />
      </div>
    </Stack>
  );
}
