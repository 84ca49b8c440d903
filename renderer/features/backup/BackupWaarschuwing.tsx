import { Alert, Anchor } from '@mantine/core';
import { routeHref } from '../../lib/router';
import { useCall } from '../../lib/useCall';

/**
 * The start page's warning (beheerder and secretaresse) when the last good backup is older than 2
 * days or no backups are made; the rule is the domain's (domain/backup.ts). Nothing when all is well.
 */
export function BackupWaarschuwing({ beheerder }: { beheerder: boolean }) {
  const { data } = useCall('backup.waarschuwing', {}, 'backup-waarschuwing');
  if (data === null || data.waarschuwing === null) return null;
  return (
    <Alert color="orange" title="Back-ups" role="alert">
      {data.waarschuwing}
      {beheerder && (
        <>
          {' '}
          <NaarBackups />
        </>
      )}
    </Alert>
  );
}

/** The link to Beheer › Back-ups inside a warning (dark and underlined on its coloured ground). */
export function NaarBackups() {
  return (
    <Anchor href={routeHref({ name: 'backups' })} fw={600} size="sm" c="dark.8" underline="always">
      Naar de back-ups
    </Anchor>
  );
}
