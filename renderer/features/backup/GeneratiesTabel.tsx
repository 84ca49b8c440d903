import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { BACKUP_REDEN_LABELS } from '../../../electron/domain/backup';
import { TableHead } from '../../components/TableHead';
import { formatBytes, formatDateTime } from '../../lib/format';
import type { GeneratieRij } from './TerugzettenDialog';

interface Props {
  readonly generaties: readonly GeneratieRij[];
  /** The table's accessible name ("Generaties" on Beheer › Back-ups, "Back-ups" on the recovery screen). */
  readonly label: string;
  /** The restore button's look: a quiet one beside other actions, the main action when recovering. */
  readonly knop?: 'default' | 'filled';
  readonly onTerugzetten: (g: GeneratieRij) => void;
}

/**
 * The backup generations as one table (issue 11): when each was made, why, what it holds, its size,
 * whether its verification passed (and if not, why), and the restore. Used by Beheer › Back-ups and
 * by the recovery screen; a generation that is not in order cannot be restored.
 */
export function GeneratiesTabel({ generaties, label, knop = 'default', onTerugzetten }: Props) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder verticalSpacing="xs" aria-label={label}>
        <TableHead
          columns={[
            'Gemaakt',
            'Reden',
            'Inhoud',
            { label: 'Grootte', align: 'right' },
            'Controle',
            { label: 'Acties', hidden: true },
          ]}
        />
        <Table.Tbody>
          {generaties.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>{formatDateTime(g.at)}</Table.Td>
              <Table.Td>{BACKUP_REDEN_LABELS[g.reden]}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {g.aanvragen} aanvragen, {g.documenten} documenten
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatBytes(g.grootte)}</Table.Td>
              <Table.Td>
                {g.goed ? (
                  <Badge color="green" variant="light" tt="none">
                    Gecontroleerd
                  </Badge>
                ) : (
                  <Stack gap={2}>
                    <Badge color="red" variant="light" tt="none">
                      Niet in orde
                    </Badge>
                    {g.melding !== null && <Text size="xs">{g.melding}</Text>}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant={knop}
                  disabled={!g.goed}
                  aria-label={`Back-up van ${formatDateTime(g.at)} terugzetten`}
                  onClick={() => onTerugzetten(g)}
                >
                  Terugzetten…
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
