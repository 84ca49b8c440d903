import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { contract } from '../../../../electron/contract';
import { call } from '../../../api/client';
import { todayIso } from '../../../lib/termijnen';
import { useContractForm } from '../../../lib/useContractForm';
import { FormError } from '../../../components/FormFooter';
import { FormDateField } from '../../../components/DateField';

const schema = contract['bezwaar.registreer'].input.omit({ aanvraagId: true });

interface Props {
  aanvraagId: number;
  label: string;
  onDone: () => void;
}

/** Awb 6:7–6:9: the bezwaarschrift as received; TLA says whether it came in on time. */
export function BezwaarRegistreerForm({ aanvraagId, label, onDone }: Props) {
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: {
      ontvangenOp: todayIso(),
      postmarkedOn: null,
      doorOuders: true,
      doorSchool: false,
    },
    send: async (values) => {
      await call('bezwaar.registreer', { aanvraagId, ...values });
      onDone();
    },
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Bezwaar registreren">
      <Stack gap="sm">
        <Text size="sm">
          Is er bezwaar gemaakt tegen het besluit? Vul in wanneer het bezwaarschrift binnenkwam en,
          als het per post kwam, de datum van het poststempel.
        </Text>
        <Group align="flex-start">
          <FormDateField
            control={form.control}
            name="ontvangenOp"
            label="Ontvangen op"
            withAsterisk
            w={200}
          />
          <FormDateField
            control={form.control}
            name="postmarkedOn"
            label="Poststempel (als per post)"
            w={220}
          />
        </Group>
        <Group>
          <Checkbox label="Door de ouders" {...form.register('doorOuders')} />
          <Checkbox label="Door de school" {...form.register('doorSchool')} />
        </Group>
        <FormError message={formError} />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
