import { Alert, Anchor, Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '../../lib/format';
import { routeHref } from '../../lib/router';
import { todayIso } from '../../lib/termijnen';
import { useCall } from '../../lib/useCall';
import { PlanDatums } from './PlanDatums';
import { STATUS_LABELS } from './types';
import { TableHead } from '../../components/TableHead';

/** §6: the year plan of TLA-vergaderingen; each meeting opens in vergadermodus. */
export function VergaderingenScreen() {
  const { data, error, loading, reload } = useCall('vergadering.list', {}, 'vergaderingen', {
    vernieuw: true,
  });
  const today = todayIso();
  const next = data?.find((v) => v.status === 'gepland' && v.datum >= today) ?? null;

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={2}>Vergaderingen</Title>
        <Text size="sm" c="dimmed">
          Het jaarplan van de TLA-vergadering. Aanvragen waarover de deskundigen niet unaniem zijn,
          of die de directeur-bestuurder heeft teruggestuurd, komen vanzelf op de agenda van de
          eerstvolgende vergadering.
        </Text>
      </div>
      {error !== null && <Alert color="red">{error}</Alert>}
      {data === null && loading && <Loader size="sm" aria-label="Vergaderingen laden" />}
      {data !== null && data.length === 0 && (
        <Alert color="gray" variant="light" title="Nog geen vergaderingen gepland">
          Plan hieronder de vergaderdata van dit schooljaar.
        </Alert>
      )}
      {data !== null && data.length > 0 && (
        <Table striped withTableBorder verticalSpacing="xs" aria-label="Jaarplan">
          <TableHead
            columns={['Datum', 'Status', 'Agendapunten', { label: 'Openen', hidden: true }]}
          />
          <Table.Tbody>
            {data.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  {formatDate(v.datum)}
                  {v.id === next?.id && (
                    <Badge ml="xs" variant="light" tt="none">
                      Eerstvolgende
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{STATUS_LABELS[v.status]}</Table.Td>
                <Table.Td>{v.agendaCount}</Table.Td>
                <Table.Td ta="right">
                  <Anchor
                    href={routeHref({ name: 'vergadering', id: v.id })}
                    aria-label={`Vergadering van ${formatDate(v.datum)} openen`}
                  >
                    {v.status === 'gepland' ? 'Vergadermodus' : 'Verslag bekijken'}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <PlanDatums existing={(data ?? []).map((v) => v.datum)} onPlanned={reload} />
    </Stack>
  );
}
