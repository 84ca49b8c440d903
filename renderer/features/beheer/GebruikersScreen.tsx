import { Alert, Badge, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { ROLE_LABELS } from '../../../electron/domain/types';
import { useCall } from '../../lib/useCall';
import { NewUserForm } from './NewUserForm';
import { TableHead } from '../../components/TableHead';

export function GebruikersScreen() {
  const { data, error, loading, reload } = useCall('users.list', {}, 'users');
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>Gebruikers</Title>
      {error !== null && <Alert color="red">{error}</Alert>}
      {data === null && loading && <Loader size="sm" aria-label="Gebruikers laden" />}
      {data !== null && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder verticalSpacing="xs" aria-label="Gebruikers">
            <TableHead columns={['Naam', 'Gebruikersnaam', 'Rollen', 'Status']} />
            <Table.Tbody>
              {data.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.naam}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {u.username}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {u.roles.map((r) => (
                        <Badge key={r} variant="light" color="gray" tt="none">
                          {ROLE_LABELS[r]}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{u.active ? 'Actief' : 'Geblokkeerd'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <NewUserForm onCreated={reload} />
    </Stack>
  );
}
