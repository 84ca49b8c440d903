import { useFormContext } from 'react-hook-form';
import {
  CATEGORIEEN,
  SCHOOLSOORTEN,
  type Categorie,
  type Schoolsoort,
} from '../../electron/domain/types';
import { CATEGORIE_LABELS } from '../lib/labels';
import { ChoiceField } from './Choice';

interface Values {
  schoolsoort: Schoolsoort | null;
  categorie: Categorie | null;
}

/**
 * Schoolsoort and, for SO only, the bekostigingscategorie (glossary; SBO has none). Shared by the
 * registration form ('requested': what the school asks for) and the advice forms.
 */
export function SchoolsoortFields({ requested = false }: { requested?: boolean }) {
  const { control, watch, setValue } = useFormContext<Values>();
  const schoolsoort = watch('schoolsoort');
  return (
    <>
      <ChoiceField
        control={control}
        name="schoolsoort"
        label={requested ? 'Gevraagde schoolsoort' : 'Schoolsoort'}
        withAsterisk={requested}
        options={SCHOOLSOORTEN}
        onPick={(v) => v === 'SBO' && setValue('categorie', null)}
      />
      {schoolsoort === 'SO' && (
        <ChoiceField
          control={control}
          name="categorie"
          label={requested ? 'Gevraagde bekostigingscategorie' : 'Bekostigingscategorie'}
          options={CATEGORIEEN}
          labels={CATEGORIE_LABELS}
        />
      )}
    </>
  );
}
