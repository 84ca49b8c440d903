import { Alert, Anchor, Stack } from '@mantine/core';

export function NotAllowed() {
  return (
    <Stack maw={560}>
      <Alert color="gray" title="Niet beschikbaar in deze rol">
        Deze pagina hoort bij een andere rol. Kies de juiste rol rechtsboven, of ga terug naar{' '}
        <Anchor href="#/werk">Mijn werk</Anchor>.
      </Alert>
    </Stack>
  );
}
