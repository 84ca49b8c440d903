import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { briefTekstOpslaanInput } from '../../../../electron/contract/briefteksten';
import type { OutputOf } from '../../../../electron/contract';
import {
  BRIEF_TEKST_DELEN,
  BRIEF_TEKST_SOORT_INFO,
  standaardTekst,
  type BriefTekstSoort,
  type Invulveld,
  type TekstDeel,
} from '../../../../electron/domain/brief-teksten';
import { call } from '../../../api/client';
import { FormError } from '../../../components/FormFooter';
import { base64ToBytes } from '../../../lib/files';
import { formatDateTime } from '../../../lib/format';
import { routeHref } from '../../../lib/router';
import { useCall } from '../../../lib/useCall';
import { useContractForm } from '../../../lib/useContractForm';
import { useLeaveGuard } from '../../../lib/useLeaveGuard';
import { InvulveldenUitleg } from './InvulveldenUitleg';
import { TekstDeelField } from './TekstDeelField';
import { VersieDialog } from './VersieDialog';
import { VoorbeeldDialog } from './VoorbeeldDialog';
import classes from './BriefTeksten.module.css';

type Tekst = OutputOf<'briefteksten.get'>;

/** The editor of one letter's text: loads the current version, then the form. */
export function BriefTekstEditor({ soort }: { soort: BriefTekstSoort }) {
  const [tick, setTick] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const { data, error, loading } = useCall('briefteksten.get', { soort }, `${soort}-${tick}`);
  const info = BRIEF_TEKST_SOORT_INFO[soort];
  return (
    <Stack gap="lg" maw={980}>
      <div>
        <Anchor href={routeHref({ name: 'brieven' })} size="sm">
          ← Alle briefteksten
        </Anchor>
        <Title order={2}>Brieftekst: {info.label}</Title>
        <Text size="sm" c="gray.7" maw={760}>
          {info.gebruik}
        </Text>
      </div>
      {error !== null && <Alert color="red">{error}</Alert>}
      {data === null && loading && <Loader size="sm" aria-label="Brieftekst laden" />}
      {data !== null && (
        // A new key after a save: the form starts again from the version just saved.
        <EditorForm
          key={data.huidigeVersie}
          tekst={data}
          saved={saved}
          onSaved={(versie) => {
            setSaved(`Opgeslagen als versie ${versie}. De volgende brief gebruikt deze tekst.`);
            setTick((t) => t + 1);
          }}
          onDismiss={() => setSaved(null)}
        />
      )}
    </Stack>
  );
}

/**
 * The parts in blocks: one per letter when a text serves two letters (every part names its letter,
 * e.g. the brief aan ouders and the bericht aan de school), else one block.
 */
function groepen(delen: readonly TekstDeel[]): { brief?: string; delen: TekstDeel[] }[] {
  if (delen.some((d) => d.brief === undefined)) return [{ delen: [...delen] }];
  const out: { brief?: string; delen: TekstDeel[] }[] = [];
  for (const d of delen) {
    const last = out.at(-1);
    if (last !== undefined && last.brief === d.brief) last.delen.push(d);
    else out.push({ ...(d.brief !== undefined && { brief: d.brief }), delen: [d] });
  }
  return out;
}

function huidigeTekst(t: Tekst): string {
  if (t.huidigeVersie === 0) return 'In gebruik: de standaardtekst van TLA.';
  const huidig = t.geschiedenis.find((g) => g.versie === t.huidigeVersie);
  return `In gebruik: versie ${t.huidigeVersie}, opgeslagen ${formatDateTime(huidig?.createdAt)} door ${huidig?.door ?? '—'}.`;
}

interface EditorProps {
  tekst: Tekst;
  /** What was just saved, said until the next edit. */
  saved: string | null;
  onSaved: (versie: number) => void;
  onDismiss: () => void;
}

function EditorForm({ tekst, saved, onSaved, onDismiss }: EditorProps) {
  const soort = tekst.soort;
  const delen = BRIEF_TEKST_DELEN[soort];
  const [voorbeeld, setVoorbeeld] = useState<{ bytes: Uint8Array<ArrayBuffer>; n: number } | null>(
    null,
  );
  const [voorbeeldBezig, setVoorbeeldBezig] = useState(false);
  const [versie, setVersie] = useState<number | null>(null);
  const inputs = useRef<Partial<Record<string, HTMLTextAreaElement>>>({});
  const { form, formError, setFormError, handleServerError, submit } = useContractForm(
    briefTekstOpslaanInput,
    {
      defaultValues: { soort, basisVersie: tekst.huidigeVersie, tekst: tekst.tekst },
      send: async (values) => {
        const r = await call('briefteksten.opslaan', values);
        form.reset(values);
        onSaved(r.versie);
      },
    },
  );
  useLeaveGuard(form.formState);

  const zet = (key: string, value: string): void =>
    form.setValue(`tekst.${key}`, value, { shouldDirty: true });

  const insert = (key: string, naam: Invulveld): void => {
    const el = inputs.current[key];
    const value = form.getValues(`tekst.${key}`) ?? '';
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    const token = `{${naam}}`;
    zet(key, value.slice(0, start) + token + value.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const toonVoorbeeld = async (): Promise<void> => {
    setFormError(null);
    setVoorbeeldBezig(true);
    try {
      const file = await call('briefteksten.voorbeeld', {
        soort,
        tekst: form.getValues('tekst'),
      });
      const bytes = base64ToBytes(file.dataBase64);
      setVoorbeeld((v) => ({ bytes, n: (v?.n ?? 0) + 1 }));
    } catch (e) {
      handleServerError(e);
    } finally {
      setVoorbeeldBezig(false);
    }
  };

  const errors = form.formState.errors.tekst as
    Partial<Record<string, { message?: string }>> | undefined;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="lg">
        <Text size="sm" role="status">
          {huidigeTekst(tekst)}
        </Text>
        {groepen(delen).map((g) => (
          <Paper key={g.delen[0]?.key} withBorder p="md">
            <Stack gap="lg">
              {g.brief !== undefined && (
                <Title order={3} size="h4">
                  {g.brief}
                </Title>
              )}
              {g.delen.map((deel) => (
                <TekstDeelField
                  key={deel.key}
                  deel={deel}
                  control={form.control}
                  field={form.register(`tekst.${deel.key}`)}
                  inputRef={(el) => {
                    if (el === null) delete inputs.current[deel.key];
                    else inputs.current[deel.key] = el;
                  }}
                  error={errors?.[deel.key]?.message}
                  onInsert={(naam) => insert(deel.key, naam)}
                />
              ))}
            </Stack>
          </Paper>
        ))}
        <div className={classes.acties ?? ''}>
          {saved !== null && !form.formState.isDirty && (
            <Alert
              color="green"
              role="status"
              withCloseButton
              closeButtonLabel="Melding sluiten"
              onClose={onDismiss}
            >
              {saved}
            </Alert>
          )}
          <FormError message={formError} />
          <Group justify="space-between">
            <Button
              variant="subtle"
              onClick={() => {
                const standaard = standaardTekst(soort);
                for (const d of delen) zet(d.key, standaard[d.key] ?? '');
              }}
            >
              Standaardtekst van TLA terugzetten
            </Button>
            <Group gap="xs">
              <Button
                variant="default"
                onClick={() => void toonVoorbeeld()}
                loading={voorbeeldBezig}
              >
                Voorbeeld
              </Button>
              <Button
                type="submit"
                loading={form.formState.isSubmitting}
                disabled={!form.formState.isDirty}
              >
                Opslaan als nieuwe versie
              </Button>
            </Group>
          </Group>
        </div>
        <Versies tekst={tekst} onOpen={setVersie} />
        <InvulveldenUitleg soort={soort} />
      </Stack>
      {voorbeeld !== null && (
        <VoorbeeldDialog
          titel={`Voorbeeld: ${BRIEF_TEKST_SOORT_INFO[soort].label}`}
          bytes={voorbeeld.bytes}
          n={voorbeeld.n}
          onClose={() => setVoorbeeld(null)}
        />
      )}
      {versie !== null && (
        <VersieDialog
          soort={soort}
          versie={versie}
          onClose={() => setVersie(null)}
          onUse={(t) => {
            for (const d of delen) zet(d.key, t[d.key] ?? '');
            setVersie(null);
          }}
        />
      )}
    </form>
  );
}

function Versies({ tekst, onOpen }: { tekst: Tekst; onOpen: (versie: number) => void }) {
  return (
    <section aria-labelledby="brieftekst-versies">
      <Title order={3} size="h4" id="brieftekst-versies" mb="xs">
        Versies
      </Title>
      <Stack gap={4}>
        {tekst.geschiedenis.map((g) => (
          <Group key={g.versie} gap="sm" className={classes.versie ?? ''} wrap="nowrap">
            <Text size="sm" fw={500} w={150}>
              {g.versie === 0 ? 'Standaardtekst' : `Versie ${g.versie}`}
            </Text>
            <Text size="sm" c="gray.7" className={classes.versieWanneer ?? ''}>
              {g.createdAt === null
                ? 'Meegeleverd met TLA'
                : `${formatDateTime(g.createdAt)} door ${g.door ?? '—'}`}
            </Text>
            {g.versie === tekst.huidigeVersie && (
              <Badge variant="light" color="green">
                In gebruik
              </Badge>
            )}
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => onOpen(g.versie)}
              aria-label={`${g.versie === 0 ? 'Standaardtekst' : `Versie ${g.versie}`} bekijken`}
            >
              Bekijken
            </Button>
          </Group>
        ))}
      </Stack>
    </section>
  );
}
