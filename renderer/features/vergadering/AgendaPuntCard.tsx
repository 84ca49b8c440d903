import { Alert, Anchor, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { routeHref } from '../../lib/router';
import { AdviezenNaastElkaar } from './AdviezenNaastElkaar';
import { AgendaPuntKop, DeelnemersRegel } from './AgendaPuntKop';
import type { AgendaPunt, Vergadering } from './types';
import { UitkomstForm } from './UitkomstForm';
import { UitkomstView } from './UitkomstView';

interface Props {
  nummer: number;
  punt: AgendaPunt;
  vergadering: Vergadering;
  onSaved: (view: Vergadering) => void;
}

/** One agenda item: why it is there, who stays out and who takes part, both advices, the outcome. */
export function AgendaPuntCard({ nummer, punt, vergadering, onSaved }: Props) {
  const headingId = `agendapunt-${punt.aanvraagId}`;
  const leaves = new Set(punt.nietDeelnemers.map((a) => a.userId));
  const [schrijft, setSchrijft] = useState(false);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <AgendaPuntKop
          nummer={nummer}
          punt={punt}
          headingId={headingId}
          actie={
            <Anchor href={routeHref({ name: 'aanvraag', id: punt.aanvraagId })} size="sm">
              Aanvraag {punt.referentie} openen
            </Anchor>
          }
        />
        {punt.betrokkenen.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              Neemt niet deel aan dit punt (betrokken aan de kant van de school)
            </Text>
            <List size="sm">
              {punt.betrokkenen.map((b) => (
                <List.Item key={b.userId}>
                  {b.naam} · {b.rol}
                  {leaves.has(b.userId) ? ' · aanwezig, verlaat dit punt' : ''}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <DeelnemersRegel deelnemers={punt.deelnemers} />
        <AdviezenNaastElkaar punt={punt} />
        {punt.uitkomst !== null && <UitkomstView uitkomst={punt.uitkomst} />}
        {punt.uitkomst !== null && schrijft && (
          <Alert color="yellow" variant="light" role="alert">
            Iemand anders heeft de uitkomst van dit punt intussen vastgelegd (hierboven). Uw tekst
            is niet opgeslagen en staat hieronder nog, zodat u hem kunt overnemen.
          </Alert>
        )}
        {vergadering.status === 'gepland' && (punt.uitkomst === null || schrijft) ? (
          // Issue 13: the form stays while the user has typed in it, also when the refresh brings
          // an outcome another participant recorded; saving it then says so.
          <UitkomstForm
            vergaderingId={vergadering.id}
            punt={punt}
            onSaved={onSaved}
            onDirty={setSchrijft}
          />
        ) : punt.uitkomst !== null ? null : (
          <Text size="sm" c="dimmed">
            Voor dit punt is geen uitkomst vastgelegd.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
