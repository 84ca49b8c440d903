import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { eindeFields } from '../../../../electron/contract/scholen';
import { call } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { FormDateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { formatDate } from '../../../lib/format';
import type { Bestuur, School } from '../../../lib/scholen';
import { useContractForm } from '../../../lib/useContractForm';

export type EindeDoel =
  { soort: 'bestuur'; bestuur: Bestuur } | { soort: 'school'; school: School };

interface Props {
  doel: EindeDoel;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * Ends a board or school per a date (never deletes it: aanvragen name it), or undoes the end. The
 * backend checks the rules (no end before its last aanvraag, a board's schools end first).
 */
export function EindeDialog({ doel, onClose, onDone }: Props) {
  const item = doel.soort === 'bestuur' ? doel.bestuur : doel.school;
  const wat = doel.soort === 'bestuur' ? 'Het bestuur' : 'De school';
  const beeindig = (eindDatum: string | null) =>
    doel.soort === 'bestuur'
      ? call('bestuur.beeindig', { bestuurId: doel.bestuur.id, eindDatum })
      : call('school.beeindig', { schoolId: doel.school.id, eindDatum });
  const [undoing, setUndoing] = useState(false);
  const { form, formError, setFormError, submit } = useContractForm(eindeFields, {
    defaultValues: { eindDatum: item.eindDatum ?? '' },
    send: async ({ eindDatum }) => {
      await beeindig(eindDatum);
      onDone(`${item.naam} is beëindigd per ${formatDate(eindDatum)}.`);
    },
  });
  const undo = async (): Promise<void> => {
    setUndoing(true);
    setFormError(null);
    try {
      await beeindig(null);
      onDone(`De beëindiging van ${item.naam} is ongedaan gemaakt.`);
    } catch (e) {
      setFormError(errorMessage(e));
      setUndoing(false);
    }
  };

  return (
    <FormDialog
      opened
      title={`${doel.soort === 'bestuur' ? 'Bestuur' : 'School'} beëindigen: ${item.naam}`}
      intro={`${wat} wordt niet verwijderd: aanvragen die ${doel.soort === 'bestuur' ? 'het' : 'haar'} noemen, houden ${doel.soort === 'bestuur' ? 'het' : 'haar'}. Vanaf de einddatum is ${doel.soort === 'bestuur' ? 'het' : 'zij'} niet meer te kiezen voor een nieuwe aanvraag.`}
      submitLabel={item.eindDatum === null ? 'Beëindigen' : 'Einddatum opslaan'}
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      size="md"
    >
      {doel.soort === 'bestuur' && item.eindDatum === null && (
        <Text size="sm">Beëindig eerst de scholen van dit bestuur, of verplaats ze.</Text>
      )}
      <FormDateField
        control={form.control}
        name="eindDatum"
        label="Beëindigd per"
        description={`De eerste dag waarop ${doel.soort === 'bestuur' ? 'het bestuur' : 'de school'} niet meer bestaat`}
        withAsterisk
        autoFocus
        w={320}
      />
      {item.eindDatum !== null && (
        <Group justify="space-between" align="center">
          <Text size="sm">Nu beëindigd per {formatDate(item.eindDatum)}.</Text>
          <Button variant="light" color="gray" loading={undoing} onClick={() => void undo()}>
            Beëindiging ongedaan maken
          </Button>
        </Group>
      )}
    </FormDialog>
  );
}
