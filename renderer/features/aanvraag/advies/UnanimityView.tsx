import { Alert, Table } from '@mantine/core';
import { CONCLUSIE_LABELS, CONCLUSIES } from '../../../../electron/domain/types';
import { formatDate } from '../../../lib/format';
import type { Unanimity } from '../types';
import { TableHead } from '../../../components/TableHead';

/** The backend's raw value of a differing field, as the user reads it. */
function display(field: string, value: string | null): string {
  if (value === null || value === '') return '—';
  const conclusie = CONCLUSIES.find((c) => c === value);
  if (field === 'conclusie' && conclusie !== undefined) return CONCLUSIE_LABELS[conclusie];
  if (field.endsWith('datum')) return formatDate(value);
  return value;
}

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
        <TableHead columns={['Onderdeel', 'Eerste deskundige', 'Tweede deskundige']} />
        <Table.Tbody>
          {unanimity.differences.map((d) => (
            <Table.Tr key={d.field}>
              <Table.Th scope="row">{d.label}</Table.Th>
              <Table.Td>{display(d.field, d.a)}</Table.Td>
              <Table.Td>{display(d.field, d.b)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
