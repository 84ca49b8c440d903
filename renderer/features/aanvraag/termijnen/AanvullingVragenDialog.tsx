import { Button, CloseButton, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { Controller } from 'react-hook-form';
import { contract } from '../../../../electron/contract';
import { DEFAULT_AANVULLING_WERKDAGEN } from '../../../../electron/domain/termijnen';
import { call } from '../../../api/client';
import { FormDateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { todayIso } from '../../../lib/termijnen';
import { useCall } from '../../../lib/useCall';
import { useContractForm } from '../../../lib/useContractForm';

const schema = contract['aanvulling.vraag'].input.omit({ aanvraagId: true });

interface Props {
  aanvraagId: number;
  title: string;
  /**
   * §6: the questions of the deskundigen or the TLA-vergadering, as the letter's points: then the
   * dialog sends questions rather than asking for missing documents. Empty: an intake aanvulling.
   */
  vragen?: readonly string[];
  onClose: () => void;
  onDone: () => void;
}

/** §3.4, Awb 4:5 and 4:15 lid 1a: ask the school for aanvulling with a term; TLA makes the letter. */
export function AanvullingVragenDialog({ aanvraagId, title, vragen = [], onClose, onDone }: Props) {
  const metVragen = vragen.length > 0;
  const settings = useCall('instellingen.termijnen', {}, 'termijnen');
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: {
      verzoekOp: todayIso(),
      termijnWerkdagen: DEFAULT_AANVULLING_WERKDAGEN,
      ontbrekend: metVragen ? [...vragen] : [''],
    },
    send: async (values) => {
      await call('aanvulling.vraag', { aanvraagId, ...values });
      onDone();
    },
  });
  const items = form.watch('ontbrekend');
  const e = form.formState.errors;
  const setting = settings.data?.aanvullingWerkdagen;

  useEffect(() => {
    if (setting !== undefined && !form.getFieldState('termijnWerkdagen').isDirty) {
      form.setValue('termijnWerkdagen', setting);
    }
  }, [setting, form]);

  const setItems = (next: string[]): void =>
    form.setValue('ontbrekend', next, { shouldValidate: form.formState.isSubmitted });

  const listError = e.ontbrekend?.message ?? e.ontbrekend?.root?.message;
  return (
    <FormDialog
      opened
      title={title}
      intro={
        metVragen
          ? 'TLA maakt de brief aan de school met deze vragen en de termijn; u kunt ze nog aanpassen. De beslistermijn staat stil vanaf de dag na het verzoek tot de dag dat de antwoorden binnen zijn.'
          : 'TLA maakt de brief aan de school met de ontbrekende stukken en de termijn. De beslistermijn staat stil vanaf de dag na het verzoek tot de dag dat de aanvulling binnen is.'
      }
      submitLabel={metVragen ? 'Vragen versturen' : 'Aanvulling vragen'}
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
    >
      <Group align="flex-start">
        <FormDateField
          control={form.control}
          name="verzoekOp"
          label="Datum van het verzoek"
          withAsterisk
          w={200}
        />
        <Controller
          control={form.control}
          name="termijnWerkdagen"
          render={({ field, fieldState }) => (
            <NumberInput
              label="Termijn (werkdagen)"
              description={setting !== undefined ? `Standaard ${setting} werkdagen` : undefined}
              withAsterisk
              w={200}
              min={1}
              max={60}
              allowDecimal={false}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
      </Group>
      <Stack gap="xs" role="group" aria-labelledby="ontbrekend-label">
        <Text size="sm" fw={500} id="ontbrekend-label">
          Wat ontbreekt of wat wilt u weten?
        </Text>
        {items.map((item, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              flex={1}
              label={`Punt ${i + 1}`}
              value={item}
              onChange={(ev) =>
                setItems(items.map((x, j) => (j === i ? ev.currentTarget.value : x)))
              }
              error={e.ontbrekend?.[i]?.message}
              data-autofocus={i === 0 ? true : undefined}
            />
            <CloseButton
              mt={26}
              aria-label={`Punt ${i + 1} verwijderen`}
              disabled={items.length === 1}
              onClick={() => setItems(items.filter((_, j) => j !== i))}
            />
          </Group>
        ))}
        {listError !== undefined && (
          <Text size="sm" c="red.8">
            {listError}
          </Text>
        )}
        <Group>
          <Button variant="default" size="xs" onClick={() => setItems([...items, ''])}>
            Punt toevoegen
          </Button>
        </Group>
      </Stack>
    </FormDialog>
  );
}
