import { Alert, Button, Group, Loader, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useCall } from '../../../lib/useCall';
import type { Bestuur, School } from '../../../lib/scholen';
import { BestuurDialog } from './BestuurDialog';
import { EindeDialog, type EindeDoel } from './EindeDialog';
import { filterBesturen } from './filter';
import { ImportPanel } from './ImportPanel';
import { SchoolDialog } from './SchoolDialog';
import { ScholenTable } from './ScholenTable';

type Dialog =
  | { kind: 'bestuur'; bestuur: Bestuur | null }
  | { kind: 'school'; school: School | null; bestuurId: number | null }
  | { kind: 'einde'; doel: EindeDoel };

/** The beheerder's list of school boards with their schools: add, edit, end, import from DUO. */
export function ScholenScreen() {
  const { data, error, loading, reload } = useCall('scholen.list', {}, 'scholen');
  const [view, setView] = useState<'lijst' | 'import'>('lijst');
  const [zoek, setZoek] = useState('');
  const [beeindigd, setBeeindigd] = useState(true);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const shown = useMemo(
    () => (data === null ? [] : filterBesturen(data, zoek, beeindigd)),
    [data, zoek, beeindigd],
  );
  const done = (message: string): void => {
    setDialog(null);
    setSaved(message);
    reload();
  };
  const bestuurVan = (s: School) => data?.find((b) => b.scholen.some((x) => x.id === s.id));

  if (view === 'import')
    return (
      <Stack gap="lg" maw={1200}>
        <Title order={2}>Scholen en besturen</Title>
        <ImportPanel
          onClose={(changed) => {
            setView('lijst');
            if (changed) reload();
          }}
        />
      </Stack>
    );

  const scholen = data?.reduce((n, b) => n + b.scholen.length, 0) ?? 0;
  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Scholen en besturen</Title>
          <Text size="sm" c="gray.7">
            De schoolbesturen (de aanvragers) en hun scholen. Beëindigde blijven bewaard voor de
            aanvragen die hen noemen.
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" onClick={() => setView('import')}>
            Importeren uit DUO-bestand
          </Button>
          <Button variant="default" onClick={() => setDialog({ kind: 'bestuur', bestuur: null })}>
            Bestuur toevoegen
          </Button>
          <Button
            onClick={() => setDialog({ kind: 'school', school: null, bestuurId: null })}
            disabled={data === null || data.every((b) => b.eindDatum !== null)}
          >
            School toevoegen
          </Button>
        </Group>
      </Group>
      {error !== null && <Alert color="red">{error}</Alert>}
      {data === null && loading && <Loader size="sm" aria-label="Scholen laden" />}
      {data !== null && data.length === 0 && (
        <Alert color="blue" title="Nog geen scholen">
          Zonder scholen kan de secretaresse geen aanvraag registreren. Importeer de scholen uit het
          bestand van DUO, of voeg eerst een bestuur en dan zijn scholen toe.
        </Alert>
      )}
      {saved !== null && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel="Melding sluiten"
          onClose={() => setSaved(null)}
        >
          {saved}
        </Alert>
      )}
      {data !== null && data.length > 0 && (
        <>
          <Group gap="lg" align="flex-end">
            <TextInput
              label="Zoeken"
              description="Naam, BRIN, bestuursnummer, plaats of gemeente"
              value={zoek}
              onChange={(e) => setZoek(e.currentTarget.value)}
              w={360}
            />
            <Switch
              label="Beëindigde tonen"
              checked={beeindigd}
              onChange={(e) => setBeeindigd(e.currentTarget.checked)}
              mb={8}
            />
            <Text size="sm" c="gray.7" mb={8} role="status">
              {data.length} besturen, {scholen} scholen
            </Text>
          </Group>
          {shown.length === 0 ? (
            <Text size="sm">Geen bestuur of school gevonden.</Text>
          ) : (
            <ScholenTable
              besturen={shown}
              actions={{
                onEditBestuur: (b) => setDialog({ kind: 'bestuur', bestuur: b }),
                onEndBestuur: (b) =>
                  setDialog({ kind: 'einde', doel: { soort: 'bestuur', bestuur: b } }),
                onAddSchool: (b) => setDialog({ kind: 'school', school: null, bestuurId: b.id }),
                onEditSchool: (s) =>
                  setDialog({ kind: 'school', school: s, bestuurId: bestuurVan(s)?.id ?? null }),
                onEndSchool: (s) =>
                  setDialog({ kind: 'einde', doel: { soort: 'school', school: s } }),
              }}
            />
          )}
        </>
      )}
      {dialog?.kind === 'bestuur' && (
        <BestuurDialog bestuur={dialog.bestuur} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'school' && data !== null && (
        <SchoolDialog
          besturen={data}
          doel={
            dialog.school === null
              ? { school: null, bestuurId: dialog.bestuurId }
              : { school: dialog.school, bestuurId: dialog.bestuurId ?? 0 }
          }
          onClose={() => setDialog(null)}
          onDone={done}
        />
      )}
      {dialog?.kind === 'einde' && (
        <EindeDialog doel={dialog.doel} onClose={() => setDialog(null)} onDone={done} />
      )}
    </Stack>
  );
}
