import { Table, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../../lib/format';
import { aanvraagVeldLabel } from '../../../lib/labels';
import { useCall } from '../../../lib/useCall';
import { TableHead } from '../../../components/TableHead';

/** §3.1: every change to the data of the aanvraag, old and new value, who, when and why. */
export function WijzigingenList({ aanvraagId, version }: { aanvraagId: number; version: number }) {
  const { data, error } = useCall(
    'aanvraag.wijzigingen',
    { aanvraagId },
    `${aanvraagId}-${version}`,
  );
  if (error !== null)
    return (
      <Text size="sm" c="red.8">
        {error}
      </Text>
    );
  if (data === null || data.length === 0) return null;
  return (
    <>
      <Title order={4} size="h5">
        Wijzigingen
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" fz="sm" aria-label="Wijzigingen van de gegevens">
          <TableHead columns={['Gegeven', 'Was', 'Wordt', 'Reden', 'Door, wanneer']} />
          <Table.Tbody>
            {data.map((w, i) => (
              <Table.Tr key={`${w.at}-${w.veld}-${i}`}>
                <Table.Td>{aanvraagVeldLabel(w.veld)}</Table.Td>
                <Table.Td>{w.oud ?? '—'}</Table.Td>
                <Table.Td>{w.nieuw ?? '—'}</Table.Td>
                <Table.Td className="tla-prewrap">{w.reden}</Table.Td>
                <Table.Td>
                  {w.actorNaam}, {formatDateTime(w.at)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
