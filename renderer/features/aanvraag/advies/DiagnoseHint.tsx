import { Alert } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { diagnoseZonderBron } from '../../../../electron/domain/advies';

/** §5: a gentle, non-blocking note when the text names a diagnosis without its source. */
export function DiagnoseHint({ text }: { text: string }) {
  const [settled] = useDebouncedValue(text, 800);
  const found = useMemo(() => diagnoseZonderBron(settled), [settled]);
  if (found.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title="Diagnose zonder bron">
      U noemt {found.join(', ')} zonder bron. Noem bij een diagnose waar die vandaan komt
      (bijvoorbeeld het verslag, wie haar stelde en wanneer), of beschrijf wat de leerling nodig
      heeft. U kunt het advies ook zo indienen.
    </Alert>
  );
}
