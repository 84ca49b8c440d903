import { Alert, Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { OutputOf } from '../../../electron/contract';
import type { InrichtingStapNaam, InrichtingStatus } from '../../../electron/domain/inrichting';
import { routeHref } from '../../lib/router';
import { useCall } from '../../lib/useCall';
import classes from './Inrichting.module.css';
import { BackupWaarschuwing } from '../backup/BackupWaarschuwing';
import { DocumentSchade } from '../backup/DocumentSchade';

type Stap = OutputOf<'inrichting.status'>['stappen'][number];

/** Where each step is done, and what its link says: the step to take, or to look at it again. */
const SCHERM: Readonly<
  Record<InrichtingStapNaam, { href: string; doen: string; bekijken: string }>
> = {
  swv: {
    href: routeHref({ name: 'swv' }),
    doen: 'Gegevens invullen',
    bekijken: 'Gegevens van het samenwerkingsverband bekijken',
  },
  scholen: {
    href: routeHref({ name: 'scholen' }),
    doen: 'Scholen toevoegen of inlezen',
    bekijken: 'Scholen en besturen bekijken',
  },
  gebruikers: {
    href: routeHref({ name: 'gebruikers' }),
    doen: 'Gebruikers aanmaken',
    bekijken: 'Gebruikers bekijken',
  },
  pool: {
    href: routeHref({ name: 'pool' }),
    doen: 'Deskundigen aan de pool toevoegen',
    bekijken: 'Deskundigenpool bekijken',
  },
  // The screen of the letter texts (route 'brieven' in lib/router.ts).
  brieven: {
    href: routeHref({ name: 'brieven' }),
    doen: 'Briefteksten bekijken',
    bekijken: 'Briefteksten bekijken',
  },
};

const STATUS: Readonly<Record<InrichtingStatus, { label: string; color: string }>> = {
  klaar: { label: 'Klaar', color: 'green' },
  open: { label: 'Nog te doen', color: 'orange' },
  aandacht: { label: 'Bijna klaar', color: 'yellow' },
  optioneel: { label: 'Niet verplicht', color: 'gray' },
};

function StapRegel({ stap, nummer }: { stap: Stap; nummer: number }) {
  const status = STATUS[stap.status];
  const scherm = SCHERM[stap.stap];
  return (
    <li>
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={4}>
            <Title order={3} size="h5">
              {nummer}. {stap.titel}
              {stap.verplicht ? '' : ' (niet verplicht)'}
            </Title>
            <Text size="sm">{stap.toelichting}</Text>
            <Anchor href={scherm.href} size="sm" fw={500}>
              {stap.status === 'klaar' ? scherm.bekijken : scherm.doen}
            </Anchor>
          </Stack>
          <Badge color={status.color} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {status.label}
          </Badge>
        </Group>
      </Paper>
    </li>
  );
}

/**
 * The beheerder's Mijn werk: the beheerder has no aanvragen (they see no dossier), so their start
 * page is setting TLA up for the SWV — the five steps with what is done and what is missing, each
 * with a link to its screen — until every required step is done.
 */
export function BeheerderStart() {
  const { data, error, loading } = useCall('inrichting.status', {}, 'inrichting');
  return (
    <Stack gap="md" maw={900}>
      <div>
        <Title order={2}>Mijn werk</Title>
        <Text size="sm" c="dimmed">
          Als functioneel beheerder richt u TLA in voor uw samenwerkingsverband en houdt u het bij.
        </Text>
      </div>
      <DocumentSchade />
      <BackupWaarschuwing beheerder />
      {error !== null && <Alert color="red">{error}</Alert>}
      {data === null && loading && <Loader size="sm" aria-label="Inrichting laden" />}
      {data !== null && (
        <section aria-labelledby="inrichten-titel">
          <Stack gap="sm">
            <Title order={2} size="h3" id="inrichten-titel">
              {data.klaar ? 'TLA is ingericht' : 'Inrichten'}
            </Title>
            {data.klaar ? (
              <Alert color="green" variant="light">
                Alle verplichte stappen zijn klaar: de secretaresse leerlingenzaken kan aanvragen
                registreren en TLA maakt de brieven met uw gegevens. U kunt alles hieronder later
                nog aanpassen.
              </Alert>
            ) : (
              <Text size="sm">
                Doorloop deze stappen voordat het bureau met TLA gaat werken. U kunt ze in elke
                volgorde doen; deze lijst blijft hier staan tot alle verplichte stappen klaar zijn.
              </Text>
            )}
            <ol className={classes.stappen} aria-label="Stappen van het inrichten">
              {data.stappen.map((stap, i) => (
                <StapRegel key={stap.stap} stap={stap} nummer={i + 1} />
              ))}
            </ol>
          </Stack>
        </section>
      )}
    </Stack>
  );
}
