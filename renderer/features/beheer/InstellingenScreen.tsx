import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useCall } from '../../lib/useCall';
import { DocumentInstellingenForm } from './DocumentInstellingenForm';
import { TermijnInstellingenForm } from './TermijnInstellingenForm';
import { HerindicatieInstellingForm } from './HerindicatieInstellingForm';
import { BeveiligingForm } from './BeveiligingForm';

/** The beheerder's settings of the terms (§9 '(setting)'): aanvulling, warning, closing days. */
export function InstellingenScreen() {
  const { data, error, loading } = useCall('instellingen.termijnen', {}, 'termijnen');
  const documenten = useCall('instellingen.documenten', {}, 'documenten');
  const herindicatie = useCall('instellingen.herindicatie', {}, 'herindicatie');
  const beveiliging = useCall('instellingen.beveiliging', {}, 'beveiliging');
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={2}>Instellingen</Title>
        <Text size="sm" c="dimmed">
          Deze instellingen gelden voor alle aanvragen. Wettelijke termijnen (8 weken, 6 weken
          bezwaar) staan vast en zijn hier niet te wijzigen.
        </Text>
      </div>
      {error !== null && <Alert color="red">{error}</Alert>}
      {data === null && loading && <Loader size="sm" aria-label="Instellingen laden" />}
      {data !== null && <TermijnInstellingenForm initial={data} />}
      {documenten.data !== null && <DocumentInstellingenForm initial={documenten.data} />}
      {herindicatie.data !== null && <HerindicatieInstellingForm initial={herindicatie.data} />}
      {beveiliging.data !== null && <BeveiligingForm initial={beveiliging.data} />}
    </Stack>
  );
}
