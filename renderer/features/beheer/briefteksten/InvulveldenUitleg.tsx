import { Table, Text, Title } from '@mantine/core';
import {
  BRIEF_TEKST_DELEN,
  INVULVELDEN,
  type BriefTekstSoort,
  type Invulveld,
} from '../../../../electron/domain/brief-teksten';
import { TableHead } from '../../../components/TableHead';

/** Every invulveld this letter's parts may use: what it becomes, with an example. */
export function InvulveldenUitleg({ soort }: { soort: BriefTekstSoort }) {
  const velden = [...new Set<Invulveld>(BRIEF_TEKST_DELEN[soort].flatMap((d) => d.invulvelden))];
  if (velden.length === 0) return null;
  return (
    <section aria-labelledby="invulvelden-uitleg">
      <Title order={3} size="h4" id="invulvelden-uitleg">
        Invulvelden
      </Title>
      <Text size="sm" c="gray.7" mb="xs">
        Een invulveld tussen accolades wordt in elke brief vervangen door het gegeven van die
        aanvraag. Klik op een invulveld onder een tekst om het op de plaats van de cursor in te
        voegen.
      </Text>
      <Table verticalSpacing={4} aria-label="Invulvelden">
        <TableHead columns={['Invulveld', 'Wordt', 'Voorbeeld']} />
        <Table.Tbody>
          {velden.map((naam) => (
            <Table.Tr key={naam}>
              <Table.Td ff="monospace" fz="sm">{`{${naam}}`}</Table.Td>
              <Table.Td fz="sm">{INVULVELDEN[naam].omschrijving}</Table.Td>
              <Table.Td fz="sm" c="gray.7">
                {INVULVELDEN[naam].voorbeeld}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
