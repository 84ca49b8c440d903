import { MultiSelect, NumberInput, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { contract, type OutputOf } from '../../../electron/contract';
import { DISCIPLINES, DISCIPLINE_LABELS } from '../../../electron/domain/types';
import { call } from '../../api/client';
import { ChoicesField } from '../../components/Choice';
import { FormFooter } from '../../components/FormFooter';
import { organisatieOptions, type Besturen } from '../../lib/scholen';
import { useContractForm } from '../../lib/useContractForm';

const schema = contract['pool.create'].input;
type User = OutputOf<'users.list'>[number];

interface Props {
  users: readonly User[];
  besturen: Besturen;
  onCreated: () => void;
}

export function NewPoolMemberForm({ users, besturen, onCreated }: Props) {
  const [done, setDone] = useState<string | null>(null);
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: {
      userId: 0,
      disciplines: [],
      registratie: '',
      organisatieKeys: [],
      maxOpen: null,
    },
    send: async (values) => {
      setDone(null);
      await call('pool.create', values);
      setDone(
        `${users.find((u) => u.id === values.userId)?.naam ?? 'De deskundige'} staat nu in de pool.`,
      );
      form.reset();
      onCreated();
    },
  });
  const e = form.formState.errors;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pool-nieuw">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="pool-nieuw">
            Deskundige toevoegen aan de pool
          </Title>
          <div className="tla-form-grid">
            <Controller
              control={form.control}
              name="userId"
              render={({ field, fieldState }) => (
                <Select
                  label="Gebruiker"
                  description="Iemand met de rol deskundige"
                  withAsterisk
                  searchable
                  nothingFoundMessage="Geen gebruiker gevonden"
                  data={users
                    .filter((u) => u.roles.includes('deskundige'))
                    .map((u) => ({ value: String(u.id), label: `${u.naam} (${u.username})` }))}
                  value={field.value === 0 ? null : String(field.value)}
                  onChange={(v) => field.onChange(v === null ? 0 : Number(v))}
                  error={fieldState.error === undefined ? undefined : 'Kies een gebruiker.'}
                />
              )}
            />
            <TextInput
              label="Registratie"
              description="Bijv. NVO-, NIP- of BIG-nummer"
              withAsterisk
              {...form.register('registratie')}
              error={e.registratie?.message}
            />
            <Controller
              control={form.control}
              name="maxOpen"
              render={({ field, fieldState }) => (
                <NumberInput
                  label="Maximaal open dossiers"
                  description="Leeg: geen maximum"
                  min={1}
                  max={100}
                  allowDecimal={false}
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                  error={fieldState.error?.message}
                />
              )}
            />
          </div>
          <ChoicesField
            control={form.control}
            name="disciplines"
            label="Disciplines"
            withAsterisk
            options={DISCIPLINES}
            labels={DISCIPLINE_LABELS}
          />
          <Controller
            control={form.control}
            name="organisatieKeys"
            render={({ field, fieldState }) => (
              <MultiSelect
                label="Werkt voor (onafhankelijkheid)"
                description="Besturen en scholen waarvoor deze deskundige werkt; TLA wijst hem of haar daar geen aanvragen van toe."
                searchable
                data={organisatieOptions(besturen)}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
          <FormFooter
            done={done}
            formError={formError}
            submitting={form.formState.isSubmitting}
            submitLabel="Toevoegen aan de pool"
          />
        </Stack>
      </form>
    </Paper>
  );
}
