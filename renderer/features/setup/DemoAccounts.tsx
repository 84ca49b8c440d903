import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { ROLE_LABELS, type Role } from '../../../electron/domain/types';
import { TableHead } from '../../components/TableHead';

export interface DemoUser {
  username: string;
  roles: Role[];
}

export interface DemoLoaded {
  users: DemoUser[];
  password: string;
}

/** After loading the demo: who can log in, with which roles. */
export function DemoAccounts({ demo, onContinue }: { demo: DemoLoaded; onContinue: () => void }) {
  const { users, password } = demo;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="demo-accounts">
      <Stack>
        <Title order={2} size="h3" id="demo-accounts">
          De demo-omgeving staat klaar
        </Title>
        <Alert color="blue" variant="light">
          Log in met een van deze gebruikersnamen. Het wachtwoord van alle demo-gebruikers is{' '}
          <Text span ff="monospace" fw={700}>
            {password}
          </Text>
          .
        </Alert>
        <Table striped withTableBorder>
          <TableHead columns={['Gebruikersnaam', 'Rollen']} />
          <Table.Tbody>
            {users.map((u) => (
              <Table.Tr key={u.username}>
                <Table.Td>
                  <Text ff="monospace">{u.username}</Text>
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
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button onClick={onContinue}>Naar inloggen</Button>
        </Group>
      </Stack>
    </Card>
  );
}
