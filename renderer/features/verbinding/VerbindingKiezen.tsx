import { Alert, Button, Code, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { TlaKaart } from '../../components/TlaKaart';
import { useState, type FormEvent } from 'react';
import {
  serverAdresSchema,
  type VerbindingInput,
  type VerbindingOutput,
  type VerbindingStatus,
} from '../../../electron/contract/verbinding';

type Vraag = (input: VerbindingInput) => Promise<VerbindingOutput>;
type Keuze = 'lokaal' | 'server';

export const LOKAAL_LABEL = 'Alleen op deze computer';
export const SERVER_LABEL = 'Verbinden met de TLA-server van ons samenwerkingsverband';

const FOUT = 'Er ging iets mis. Probeer het opnieuw.';

/** The fingerprint in two lines of sixteen pairs, as easy to compare with paper as it gets. */
function inRegels(vingerafdruk: string): string[] {
  const paren = vingerafdruk.split(':');
  return [paren.slice(0, 16).join(':'), paren.slice(16).join(':')];
}

interface Props {
  vraag: Vraag;
  /** What is chosen now (changing it later), or null at the first start. */
  huidig: VerbindingStatus | null;
  onGekozen: () => void;
  onTerug?: () => void;
}

/**
 * The first start's question (issue 13): this computer, or the SWV's TLA server. For the server the
 * certificate's SHA-256 fingerprint is shown to compare with what the beheerder gave, and pinned
 * only when the user confirms it matches.
 */
export function VerbindingKiezen({ vraag, huidig, onGekozen, onTerug }: Props) {
  const [keuze, setKeuze] = useState<Keuze>(huidig?.modus ?? 'lokaal');
  const [adres, setAdres] = useState(huidig?.modus === 'server' ? huidig.adres : '');
  const [adresFout, setAdresFout] = useState<string | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const [te, setTe] = useState<{ adres: string; vingerafdruk: string } | null>(null);

  const vraagOm = async (input: VerbindingInput): Promise<VerbindingOutput | null> => {
    setBezig(true);
    setMelding(null);
    try {
      return await vraag(input);
    } catch {
      setMelding(FOUT);
      return null;
    } finally {
      setBezig(false);
    }
  };

  const verder = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (keuze === 'lokaal') {
      const r = await vraagOm({ actie: 'lokaal' });
      if (r?.ok) onGekozen();
      else if (r) setMelding(r.melding);
      return;
    }
    const parsed = serverAdresSchema.safeParse(adres);
    if (!parsed.success) {
      setAdresFout(parsed.error.issues[0]?.message ?? FOUT);
      return;
    }
    setAdresFout(null);
    const r = await vraagOm({ actie: 'onderzoek', adres: parsed.data });
    if (r === null) return;
    if (!r.ok || r.vingerafdruk === undefined) return setMelding(r.ok ? FOUT : r.melding);
    setTe({ adres: parsed.data, vingerafdruk: r.vingerafdruk });
  };

  const verbind = async (): Promise<void> => {
    if (te === null) return;
    const r = await vraagOm({ actie: 'verbind', ...te });
    if (r?.ok) onGekozen();
    else if (r) setMelding(r.melding);
  };

  return (
    <TlaKaart width={620}>
      {te === null ? (
        <form onSubmit={(e) => void verder(e)} noValidate aria-label="Verbinding kiezen">
          <Stack>
            <Title order={2} size="h4">
              Waar staat uw TLA?
            </Title>
            <Radio.Group
              value={keuze}
              onChange={(v) => setKeuze(v === 'server' ? 'server' : 'lokaal')}
              label="Kies hoe u met TLA werkt"
            >
              <Stack gap="sm" mt="xs">
                <Radio
                  value="lokaal"
                  label={LOKAAL_LABEL}
                  description="De gegevens staan versleuteld op deze computer. Voor wie TLA alleen gebruikt."
                />
                <Radio
                  value="server"
                  label={SERVER_LABEL}
                  description="Het hele team werkt in dezelfde TLA. Uw beheerder geeft u het adres en de vingerafdruk van het certificaat."
                />
              </Stack>
            </Radio.Group>
            {keuze === 'server' && (
              <TextInput
                label="Adres van de TLA-server"
                placeholder="https://tla.swv.example:8443"
                value={adres}
                onChange={(e) => {
                  setAdres(e.currentTarget.value);
                  setAdresFout(null);
                }}
                error={adresFout}
                autoComplete="off"
                data-autofocus
              />
            )}
            {melding !== null && (
              <Alert color="red" role="alert">
                {melding}
              </Alert>
            )}
            <Group justify="flex-end">
              {onTerug !== undefined && (
                <Button variant="default" onClick={onTerug}>
                  Annuleren
                </Button>
              )}
              <Button type="submit" loading={bezig}>
                Verder
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack>
          <Title order={2} size="h4">
            Vergelijk de vingerafdruk
          </Title>
          <Text size="sm">
            De TLA-server op <strong>{te.adres}</strong> laat een certificaat zien met deze
            SHA-256-vingerafdruk:
          </Text>
          <Code block aria-label="SHA-256-vingerafdruk van het certificaat">
            {inRegels(te.vingerafdruk).join('\n')}
          </Code>
          <Text size="sm">
            Vergelijk hem teken voor teken met de vingerafdruk die uw beheerder u gaf, op papier of
            door de telefoon. Komt hij overeen, dan onthoudt TLA dit certificaat en weigert het
            voortaan elk ander. Komt hij niet overeen, verbind dan niet en neem contact op met uw
            beheerder.
          </Text>
          {melding !== null && (
            <Alert color="red" role="alert">
              {melding}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setTe(null)} disabled={bezig}>
              Terug
            </Button>
            <Button onClick={() => void verbind()} loading={bezig}>
              Hij komt overeen: verbinden
            </Button>
          </Group>
        </Stack>
      )}
    </TlaKaart>
  );
}
