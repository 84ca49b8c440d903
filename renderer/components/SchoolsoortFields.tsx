import { Group, Radio } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import {
  CATEGORIEEN,
  SCHOOLSOORTEN,
  type Categorie,
  type Schoolsoort,
} from '../../electron/domain/types';

interface Values {
  schoolsoort: Schoolsoort | null;
  categorie: Categorie | null;
}

const CATEGORIE_LABELS: Readonly<Record<Categorie, string>> = {
  laag: 'Laag',
  midden: 'Midden',
  hoog: 'Hoog',
};

/**
 * Schoolsoort and, for SO only, the bekostigingscategorie (glossary; SBO has none). Shared by the
 * registration form ('requested': what the school asks for) and the advice forms.
 */
export function SchoolsoortFields({ requested = false }: { requested?: boolean }) {
  const { control, watch, setValue } = useFormContext<Values>();
  const schoolsoort = watch('schoolsoort');
  return (
    <>
      <Controller
        control={control}
        name="schoolsoort"
        render={({ field, fieldState }) => (
          <Radio.Group
            label={requested ? 'Gevraagde schoolsoort' : 'Schoolsoort'}
            withAsterisk={requested}
            value={field.value ?? ''}
            onChange={(v) => {
              field.onChange(v === '' ? null : v);
              if (v === 'SBO') setValue('categorie', null);
            }}
            error={fieldState.error?.message}
          >
            <Group mt={6}>
              {SCHOOLSOORTEN.map((s) => (
                <Radio key={s} value={s} label={s} />
              ))}
            </Group>
          </Radio.Group>
        )}
      />
      {schoolsoort === 'SO' && (
        <Controller
          control={control}
          name="categorie"
          render={({ field, fieldState }) => (
            <Radio.Group
              label={requested ? 'Gevraagde bekostigingscategorie' : 'Bekostigingscategorie'}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(v === '' ? null : v)}
              error={fieldState.error?.message}
            >
              <Group mt={6}>
                {CATEGORIEEN.map((c) => (
                  <Radio key={c} value={c} label={CATEGORIE_LABELS[c]} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
      )}
    </>
  );
}
