import {
  Alert,
  Badge,
  Button,
  CloseButton,
  Group,
  List,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import type { OutputOf } from '../../../electron/contract';
import { contract } from '../../../electron/contract';
import { compareIsoDates, isIsoDate } from '../../../electron/domain/calendar';
import { call } from '../../api/client';
import { formatDate } from '../../lib/format';
import { useContractForm } from '../../lib/useContractForm';
import { useLeaveGuard } from '../../lib/useLeaveGuard';
import { FormFooter } from '../../components/FormFooter';
import { DateField } from '../../components/DateField';

const schema = contract['instellingen.termijnenZetten'].input;
type Values = z.input<typeof schema>;

const NUMBERS: readonly {
  name: Exclude<keyof Values, 'sluitingsdagen'>;
  label: string;
  hint: string;
}[] = [
  {
    name: 'aanvullingWerkdagen',
    label: 'Termijn voor aanvulling (werkdagen)',
    hint: 'Voorgesteld bij ‘Aanvulling vragen’ (Awb 4:5). Gebruikelijk: 10.',
  },
  {
    name: 'waarschuwingWerkdagen',
    label: 'Waarschuwing ‘verdaging nodig’ (werkdagen vóór het einde)',
    hint: 'Zoveel werkdagen vóór het einde van de beslistermijn waarschuwt TLA. Gebruikelijk: 10.',
  },
  {
    name: 'ontvangstbevestigingWerkdagen',
    label: 'Ontvangstbevestiging bezwaar (werkdagen)',
    hint: 'Binnen zoveel werkdagen bevestigt het SWV de ontvangst van een bezwaar. Gebruikelijk: 5.',
  },
];

type Settings = OutputOf<'instellingen.termijnen'>;

function dayLabel(d: string, added: boolean, removed: boolean): string {
  const state = added ? ', nog niet opgeslagen' : removed ? ', wordt verwijderd bij opslaan' : '';
  return `${formatDate(d)}${state}`;
}

export function TermijnInstellingenForm({ initial }: { initial: Settings }) {
  const [done, setDone] = useState(false);
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: initial,
    send: async (values) => {
      setDone(false);
      await call('instellingen.termijnenZetten', values);
      form.reset(values);
      setDone(true);
    },
  });
  const [newDay, setNewDay] = useState<string | null>(null);
  useLeaveGuard(form.formState);
  const days = form.watch('sluitingsdagen');
  const e = form.formState.errors;

  // What is saved (the form's default values, reset after each save) next to what the form holds:
  // a day added or removed shows so until "Instellingen opslaan".
  const saved = form.formState.defaultValues?.sluitingsdagen ?? [];
  const shownDays = [
    ...new Set([...saved.flatMap((d) => (d === undefined ? [] : [d])), ...days]),
  ].sort(compareIsoDates);
  const setDays = (next: string[]): void =>
    form.setValue('sluitingsdagen', [...next].sort(compareIsoDates), { shouldDirty: true });
  const unsaved = form.formState.isDirty;

  const addDay = (): void => {
    if (newDay === null || !isIsoDate(newDay) || days.includes(newDay)) return;
    setDays([...days, newDay]);
    setDone(false);
    setNewDay(null);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="instellingen-termijnen">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="instellingen-termijnen">
            Termijnen
          </Title>
          {NUMBERS.map((n) => (
            <Controller
              key={n.name}
              control={form.control}
              name={n.name}
              render={({ field, fieldState }) => (
                <NumberInput
                  label={n.label}
                  description={n.hint}
                  w={420}
                  min={1}
                  allowDecimal={false}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
          <Stack gap="xs">
            <Title order={4} size="h5">
              Sluitingsdagen van het bureau
            </Title>
            <Text size="sm" c="dimmed">
              Op deze dagen telt TLA geen werkdagen voor de interne termijnen (aanvulling,
              ontvangstbevestiging). De beslistermijn van 8 weken verandert er niet door.
            </Text>
            {shownDays.length === 0 ? (
              <Text size="sm">Er zijn geen sluitingsdagen ingesteld.</Text>
            ) : (
              <List size="sm" spacing={4} aria-label="Sluitingsdagen" listStyleType="none">
                {shownDays.map((d) => {
                  const added = !saved.includes(d);
                  const removed = !days.includes(d);
                  return (
                    <List.Item key={d} aria-label={dayLabel(d, added, removed)}>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm" td={removed ? 'line-through' : undefined}>
                          {formatDate(d)}
                        </Text>
                        {added && (
                          <Badge color="orange" variant="light" size="sm">
                            Nog niet opgeslagen
                          </Badge>
                        )}
                        {removed ? (
                          <>
                            <Badge color="orange" variant="light" size="sm">
                              Wordt verwijderd bij opslaan
                            </Badge>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              aria-label={`Sluitingsdag ${formatDate(d)} terugzetten`}
                              onClick={() => setDays([...days, d])}
                            >
                              Terugzetten
                            </Button>
                          </>
                        ) : (
                          <CloseButton
                            size="sm"
                            aria-label={`Sluitingsdag ${formatDate(d)} verwijderen`}
                            onClick={() => setDays(days.filter((x) => x !== d))}
                          />
                        )}
                      </Group>
                    </List.Item>
                  );
                })}
              </List>
            )}
            {e.sluitingsdagen !== undefined && (
              <Text size="sm" c="red.8" role="alert">
                {e.sluitingsdagen.message ?? 'Een van de sluitingsdagen is geen geldige datum.'}
              </Text>
            )}
            <Group align="flex-end" gap="xs">
              <DateField
                label="Sluitingsdag toevoegen"
                w={200}
                value={newDay}
                onChange={setNewDay}
                onEnter={addDay}
              />
              <Button
                variant="default"
                onClick={addDay}
                disabled={newDay === null || !isIsoDate(newDay)}
              >
                Toevoegen
              </Button>
            </Group>
          </Stack>
          {unsaved && (
            <Alert color="orange" variant="light" role="status">
              U heeft wijzigingen die nog niet zijn opgeslagen. Ze gelden pas na ‘Instellingen
              opslaan’.
            </Alert>
          )}
          <FormFooter
            done={done && !unsaved ? 'De instellingen zijn opgeslagen.' : null}
            formError={formError}
            submitting={form.formState.isSubmitting}
            submitLabel="Instellingen opslaan"
          />
        </Stack>
      </form>
    </Paper>
  );
}
