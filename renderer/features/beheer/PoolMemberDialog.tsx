import { FormProvider } from 'react-hook-form';
import type { OutputOf } from '../../../electron/contract';
import { call } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import type { Besturen } from '../../lib/scholen';
import { useContractForm } from '../../lib/useContractForm';
import { PoolMemberFields, poolMemberSchema } from './PoolMemberFields';

export type PoolMember = OutputOf<'pool.list'>[number];

interface Props {
  member: PoolMember;
  besturen: Besturen;
  /** 'bewerken' a member, or take a former member in 'weer opnemen' (pool.create on their row). */
  mode: 'bewerken' | 'weer_opnemen';
  onClose: () => void;
  /** What was done; `conflicten` open assignments now clash with "Werkt voor" (§4). */
  onDone: (message: string, conflicten: number) => void;
}

/** Editing a pool member, or taking a former member in again, with the fields of adding one. */
export function PoolMemberDialog({ member, besturen, mode, onClose, onDone }: Props) {
  const { form, formError, submit } = useContractForm(poolMemberSchema, {
    defaultValues: {
      disciplines: member.disciplines,
      registratie: member.registratie,
      organisatieKeys: member.organisatieKeys,
      maxOpen: member.maxOpen,
    },
    send: async (values) => {
      if (mode === 'bewerken') {
        const r = await call('pool.update', { deskundigeId: member.id, ...values });
        onDone(`De gegevens van ${member.naam} zijn opgeslagen.`, r.conflicten);
      } else {
        await call('pool.create', { userId: member.userId, ...values });
        onDone(`${member.naam} staat weer in de pool.`, 0);
      }
    },
  });
  return (
    <FormDialog
      opened
      title={mode === 'bewerken' ? `${member.naam} bewerken` : `${member.naam} weer opnemen`}
      intro={
        mode === 'bewerken'
          ? 'Wat u hier wijzigt, geldt voor nieuwe toewijzingen; de toewijzingen die er al zijn blijven staan.'
          : 'Na opnemen kan de TLA-voorzitter haar of hem weer toewijzen.'
      }
      submitLabel={mode === 'bewerken' ? 'Opslaan' : 'Weer opnemen'}
      submitting={form.formState.isSubmitting}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      size="xl"
    >
      <FormProvider {...form}>
        <PoolMemberFields besturen={besturen} known={member.organisaties} />
      </FormProvider>
    </FormDialog>
  );
}
