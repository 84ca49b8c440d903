import { Paper, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, FormProvider } from 'react-hook-form';
import { contract, type OutputOf } from '../../../electron/contract';
import { call } from '../../api/client';
import { FormFooter } from '../../components/FormFooter';
import type { Besturen } from '../../lib/scholen';
import { useContractForm } from '../../lib/useContractForm';
import { PoolMemberFields } from './PoolMemberFields';

const schema = contract['pool.create'].input;
type User = OutputOf<'users.list'>[number];

interface Props {
  /** The users that may be taken in: not in the pool now (a former member is taken in again). */
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

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pool-nieuw">
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={3} size="h4" id="pool-nieuw">
              Deskundige toevoegen aan de pool
            </Title>
            <PoolMemberFields
              besturen={besturen}
              first={
                <Controller
                  control={form.control}
                  name="userId"
                  render={({ field, fieldState }) => (
                    <Select
                      label="Gebruiker"
                      description="Iemand met de rol deskundige (rol geven: Gebruikers)"
                      withAsterisk
                      searchable
                      nothingFoundMessage="Geen gebruiker met de rol deskundige gevonden"
                      data={users
                        .filter((u) => u.active && u.roles.includes('deskundige'))
                        .map((u) => ({ value: String(u.id), label: `${u.naam} (${u.username})` }))}
                      value={field.value === 0 ? null : String(field.value)}
                      onChange={(v) => field.onChange(v === null ? 0 : Number(v))}
                      error={fieldState.error === undefined ? undefined : 'Kies een gebruiker.'}
                    />
                  )}
                />
              }
            />
            <FormFooter
              done={done}
              formError={formError}
              submitting={form.formState.isSubmitting}
              submitLabel="Toevoegen aan de pool"
            />
          </Stack>
        </form>
      </FormProvider>
    </Paper>
  );
}
