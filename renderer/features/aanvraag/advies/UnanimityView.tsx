import { Alert, Table } from '@mantine/core';
import type { Unanimity } from '../types';

/** §6: unanimous, or the fields that differ side by side. */
export function UnanimityView({ unanimity }: { unanimity: Unanimity }) {
  if (unanimity.unanimous) {
    return (
      <Alert color="green" variant="light" title="Unaniem">
        Beide deskundigen komen tot hetzelfde advies.
      </Alert>
    );
  }
  return (
    <Alert color="orange" variant="light" title="Niet unaniem">
      De adviezen verschillen op deze punten; de aanvraag gaat naar de TLA-vergadering.
      <Table mt="sm" withTableBorder bg="white">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Onderdeel</Table.Th>
            <Table.Th scope="col">Eerste deskundige</Table.Th>
            <Table.Th scope="col">Tweede deskundige</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {unanimity.differences.map((d) => (
            <Table.Tr key={d.field}>
              <Table.Th scope="row">{d.label}</Table.Th>
              <Table.Td>{d.a ?? '—'}</Table.Td>
              <Table.Td>{d.b ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
