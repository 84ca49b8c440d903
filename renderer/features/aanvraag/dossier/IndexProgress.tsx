import { Progress, Stack, Text } from '@mantine/core';
import type { IndexState } from './useIndexStatus';

/** Where the text index of one document stands: a progress bar while it runs, then its outcome. */
export function IndexProgress({ state, fileName }: { state: IndexState; fileName: string }) {
  switch (state.tekstStatus) {
    case 'wacht': {
      const { paginasGeindexeerd: done, pageCount: total } = state;
      const label = `Tekst doorzoekbaar maken: ${done} van ${total} ${total === 1 ? 'pagina' : 'pagina’s'}`;
      return (
        <Stack gap={2} data-tekst-status="wacht" miw={160}>
          <Progress
            value={total > 0 ? (100 * done) / total : 0}
            size="sm"
            aria-label={`Voortgang tekstindex van ${fileName}`}
            animated
          />
          <Text size="xs" c="gray.7" aria-live="polite">
            {label}
          </Text>
        </Stack>
      );
    }
    case 'geindexeerd':
      return (
        <Text size="sm" data-tekst-status="geindexeerd">
          Doorzoekbaar
        </Text>
      );
    case 'geen_tekst':
      return (
        <Text size="sm" c="gray.7" data-tekst-status="geen_tekst">
          Geen doorzoekbare tekst
        </Text>
      );
    case 'mislukt':
      return (
        <Text size="sm" c="red.8" data-tekst-status="mislukt">
          Tekst kon niet worden gelezen
        </Text>
      );
    default: {
      const never: never = state.tekstStatus;
      return never;
    }
  }
}
