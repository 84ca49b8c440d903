import { Alert, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { Section } from '../../../components/Section';
import { readFileAsBase64 } from '../../../lib/files';
import { ImportVoorbeeld, type Voorbeeld } from './ImportVoorbeeld';

interface Bestand {
  fileName: string;
  dataBase64: string;
}

interface Props {
  /** Back to the list; `changed` when the import wrote something. */
  onClose: (changed: boolean) => void;
}

const SOORT = { scholen: 'scholen (vestigingen)', besturen: 'schoolbesturen' } as const;

/** One sentence on the file and what the import would do. */
function samenvatting(v: Voorbeeld): string {
  const t = v.totalen;
  const buiten = t.overgeslagen > 0 ? `, ${t.overgeslagen} buiten de gekozen gemeenten` : '';
  return (
    `Een bestand met ${SOORT[v.bestand.soort]}, ${v.bestand.rijen} regels: ` +
    `${t.toevoegen} toevoegen${perSoort(v, 'toevoegen')}, ${t.wijzigen} wijzigen${perSoort(v, 'wijzigen')}, ` +
    `${t.ongewijzigd} ongewijzigd, ${t.geweigerd} geweigerd${buiten}.`
  );
}

/** ' (8 scholen, 3 besturen)' when an outcome holds both; '' otherwise. */
function perSoort(v: Voorbeeld, uitkomst: 'toevoegen' | 'wijzigen'): string {
  const n = (soort: 'school' | 'bestuur') =>
    v.regels.filter((r) => r.soort === soort && r.uitkomst === uitkomst).length;
  const scholen = n('school');
  const besturen = n('bestuur');
  if (scholen === 0 || besturen === 0) return '';
  return ` (${scholen} ${scholen === 1 ? 'school' : 'scholen'}, ${besturen} ${besturen === 1 ? 'bestuur' : 'besturen'})`;
}

/**
 * DUO's open data into TLA: choose the file, see what every row would do (nothing is saved), then
 * import exactly that. The file is read in the backend; the preview is pinned to the file's bytes.
 */
export function ImportPanel({ onClose }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [bestand, setBestand] = useState<Bestand | null>(null);
  const [gemeenten, setGemeenten] = useState<string[]>([]);
  const [voorbeeld, setVoorbeeld] = useState<Voorbeeld | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'lezen' | 'importeren' | null>(null);
  const [klaar, setKlaar] = useState<string | null>(null);

  const preview = async (b: Bestand, kies: string[]): Promise<void> => {
    setBusy('lezen');
    setError(null);
    try {
      setVoorbeeld(
        await call('scholen.importVoorbeeld', { ...b, gemeenten: kies.length > 0 ? kies : null }),
      );
    } catch (e) {
      setVoorbeeld(null);
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const choose = async (file: File): Promise<void> => {
    const b = { fileName: file.name, dataBase64: await readFileAsBase64(file) };
    setBestand(b);
    setGemeenten([]);
    setKlaar(null);
    await preview(b, []);
  };

  const importeer = async (): Promise<void> => {
    if (bestand === null || voorbeeld === null) return;
    setBusy('importeren');
    setError(null);
    try {
      const r = await call('scholen.importeer', {
        ...bestand,
        gemeenten: gemeenten.length > 0 ? gemeenten : null,
        sha256: voorbeeld.sha256,
        sleutel: voorbeeld.sleutel,
      });
      setKlaar(
        `De import is klaar: ${r.toegevoegd} toegevoegd, ${r.gewijzigd} gewijzigd.` +
          (r.geweigerd > 0 ? ` ${r.geweigerd} geweigerde regels zijn niet ingelezen.` : ''),
      );
      setVoorbeeld(null);
      setBestand(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const t = voorbeeld?.totalen;
  const teDoen = t === undefined ? 0 : t.toevoegen + t.wijzigen;
  return (
    <Stack gap="md">
      <Section
        title="Importeren uit een bestand van DUO"
        actions={
          <Button variant="default" size="compact-sm" onClick={() => onClose(klaar !== null)}>
            Terug naar de lijst
          </Button>
        }
      >
        <Text size="sm">
          Download op duo.nl (Open onderwijsdata, primair onderwijs, adressen) het bestand
          &ldquo;Alle schoolvestigingen in het basisonderwijs&rdquo; of &ldquo;… speciaal
          (basis)onderwijs&rdquo;, als CSV of Excel (.xlsx). Het bestand
          &ldquo;Schoolbesturen&rdquo; vult de namen en adressen van de besturen aan. U ziet eerst
          wat er zou veranderen; er wordt niets opgeslagen voordat u op Importeren klikt.
        </Text>
        <Group>
          <Button onClick={() => input.current?.click()} loading={busy === 'lezen'}>
            {bestand === null ? 'Bestand kiezen' : 'Ander bestand kiezen'}
          </Button>
          {bestand !== null && (
            <Text size="sm" data-testid="importbestand">
              {bestand.fileName}
            </Text>
          )}
        </Group>
        <input
          ref={input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-hidden="true"
          tabIndex={-1}
          data-testid="importinput"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file !== undefined) void choose(file);
          }}
        />
        {error !== null && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {klaar !== null && (
          <Alert color="green" role="status">
            {klaar}
          </Alert>
        )}
      </Section>
      {voorbeeld !== null && bestand !== null && t !== undefined && (
        <Section title="Voorbeeld">
          <Text size="sm" data-testid="importsamenvatting">
            {samenvatting(voorbeeld)}
          </Text>
          {voorbeeld.gemeenten.length > 1 && (
            <MultiSelect
              label="Alleen nieuwe scholen in deze gemeenten"
              description="Leeg: alle gemeenten van het bestand. Scholen die TLA al kent, worden altijd bijgewerkt."
              placeholder={gemeenten.length === 0 ? 'Alle gemeenten' : undefined}
              searchable
              clearable
              data={voorbeeld.gemeenten.map((g) => ({
                value: g.naam,
                label: `${g.naam} (${g.aantal})`,
              }))}
              value={gemeenten}
              onChange={(v) => {
                setGemeenten(v);
                void preview(bestand, v);
              }}
              maw={640}
            />
          )}
          <ImportVoorbeeld voorbeeld={voorbeeld} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              Annuleren
            </Button>
            <Button
              onClick={() => void importeer()}
              loading={busy === 'importeren'}
              disabled={teDoen === 0 || busy === 'lezen'}
            >
              Importeren ({t.toevoegen} toevoegen, {t.wijzigen} wijzigen)
            </Button>
          </Group>
        </Section>
      )}
    </Stack>
  );
}
