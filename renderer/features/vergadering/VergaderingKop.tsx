import { Alert, Anchor, Badge, Group, Loader, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate } from '../../lib/format';
import { routeHref, type Route } from '../../lib/router';
import { STATUS_LABELS, type Vergadering } from './types';

/** Where a meeting screen leads back to: the year plan (voorzitter) or Mijn werk (a member). */
export interface Terug {
  readonly route: Route;
  readonly label: string;
}

/** While a meeting loads, or why it cannot be shown, with the way back. */
export function VergaderingNietGetoond({
  loading,
  error,
  terug,
}: {
  loading: boolean;
  error: string | null;
  terug: Terug;
}) {
  return loading ? (
    <Loader aria-label="Vergadering laden" />
  ) : (
    <Stack maw={560}>
      <Alert color="red" title="Deze vergadering kan niet worden getoond">
        {error}
      </Alert>
      <Anchor href={routeHref(terug.route)}>{terug.label}</Anchor>
    </Stack>
  );
}

/** The head of a meeting screen: the way back, the date and the status; `children` below it. */
export function VergaderingKop({
  datum,
  status,
  terug,
  children,
}: {
  datum: string;
  status: Vergadering['status'];
  terug: Terug;
  children?: ReactNode;
}) {
  return (
    <div>
      <Anchor href={routeHref(terug.route)} size="sm">
        {terug.label}
      </Anchor>
      <Group gap="sm" mt={4}>
        <Title order={2}>TLA-vergadering van {formatDate(datum)}</Title>
        <Badge variant="light" color={status === 'gepland' ? 'blue' : 'green'} tt="none" size="lg">
          {STATUS_LABELS[status]}
        </Badge>
      </Group>
      {children}
    </div>
  );
}
