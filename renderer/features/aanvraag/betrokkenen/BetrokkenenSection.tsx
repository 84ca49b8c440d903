import { Alert, Button, Group, Select, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { contract, type OutputOf } from '../../../../electron/contract';
import {
  BETROKKENHEID_LABELS,
  BETROKKENHEID_ROLLEN,
} from '../../../../electron/domain/betrokkenheid';
import type { Role } from '../../../../electron/domain/types';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { FormError } from '../../../components/FormFooter';
import { Section } from '../../../components/Section';
import { TableHead } from '../../../components/TableHead';
import { useCall } from '../../../lib/useCall';
import { useContractForm } from '../../../lib/useContractForm';

type View = OutputOf<'betrokkenen.list'>;

const schema = contract['betrokkenen.add'].input.omit({ aanvraagId: true });

const ROL_OPTIONS = BETROKKENHEID_ROLLEN.map((r) => ({ value: r, label: BETROKKENHEID_LABELS[r] }));

/** Who may record and remove betrokkenen (the contract says the same). */
const EDITORS: readonly Role[] = ['secretaris', 'voorzitter'];

function Toevoegen({
  aanvraagId,
  view,
  onSaved,
}: {
  aanvraagId: number;
  view: View;
  onSaved: (v: View) => void;
}) {
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: {},
    send: async (values) => {
      onSaved(await call('betrokkenen.add', { aanvraagId, ...values }));
      form.reset({});
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Betrokkene toevoegen">
      <Group align="flex-start" gap="sm">
        <Controller
          control={form.control}
          name="userId"
          render={({ field, fieldState }) => (
            <Select
              label="Medewerker"
              placeholder="Kies een medewerker"
              searchable
              nothingFoundMessage="Geen medewerker gevonden"
              w={300}
              data={view.kandidaten.map((k) => ({
                value: String(k.userId),
                label: `${k.naam} (${k.rol})`,
              }))}
              value={typeof field.value === 'number' ? String(field.value) : null}
              onChange={(v) => field.onChange(v === null ? undefined : Number(v))}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="rol"
          render={({ field, fieldState }) => (
            <Select
              label="Betrokken als"
              placeholder="Kies hoe"
              w={380}
              data={ROL_OPTIONS}
              value={typeof field.value === 'string' ? field.value : null}
              onChange={(v) => field.onChange(v ?? undefined)}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <Button type="submit" mt={25} loading={form.formState.isSubmitting}>
          Betrokkene toevoegen
        </Button>
      </Group>
      <FormError message={formError} />
    </form>
  );
}

interface Props {
  aanvraagId: number;
  role: Role;
  /** Goes up after every step of the page: the section loads again. */
  version: number;
  /** After a change: what depends on it (the candidates of the assignment) loads again. */
  onChanged: () => void;
}

/**
 * §4 and §6: who is involved in the aanvraag on the school's side. They cannot be assigned as
 * deskundige and do not take part in the TLA-vergadering's item on it. The secretaris and the
 * voorzitter record them.
 */
export function BetrokkenenSection({ aanvraagId, role, version, onChanged }: Props) {
  const loaded = useCall('betrokkenen.list', { aanvraagId }, `${aanvraagId}-${version}`);
  const [saved, setSaved] = useState<View | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A fresh load (after a step elsewhere on the page) replaces what the last change answered.
  useEffect(() => setSaved(null), [loaded.data]);
  const view = saved ?? loaded.data;
  if (view === null) {
    return loaded.error !== null ? <Alert color="red">{loaded.error}</Alert> : null;
  }
  const edit = EDITORS.includes(role) && view.wijzigbaar;

  const remove = async (userId: number): Promise<void> => {
    setError(null);
    try {
      setSaved(await call('betrokkenen.remove', { aanvraagId, userId }));
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Section title="Betrokken aan de kant van de school">
      <Text size="sm">
        Wie als steunpuntcoördinator, medewerker van het schoolbestuur of auteur van een verslag bij
        deze aanvraag betrokken is, kan geen deskundige op deze aanvraag worden en neemt in de
        TLA-vergadering niet deel aan dit punt. De deskundigen die adviseren horen hier niet bij.
      </Text>
      {view.betrokkenen.length === 0 ? (
        <Text size="sm" c="dimmed">
          Er is niemand als betrokkene vastgelegd.
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label="Betrokkenen">
          <TableHead
            columns={[
              'Naam',
              'Betrokken als',
              ...(edit ? [{ label: 'Acties', hidden: true }] : []),
            ]}
          />
          <Table.Tbody>
            {view.betrokkenen.map((b) => (
              <Table.Tr key={b.userId}>
                <Table.Td>
                  {b.naam}
                  {b.waarschuwing !== null && (
                    <Text size="sm" c="red.8" fw={600}>
                      {b.waarschuwing}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{b.rolLabel}</Table.Td>
                {edit && (
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => void remove(b.userId)}
                      aria-label={`${b.naam} weghalen als betrokkene`}
                    >
                      Weghalen
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {error !== null && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {edit && (
        <Toevoegen
          aanvraagId={aanvraagId}
          view={view}
          onSaved={(v) => {
            setSaved(v);
            onChanged();
          }}
        />
      )}
    </Section>
  );
}
