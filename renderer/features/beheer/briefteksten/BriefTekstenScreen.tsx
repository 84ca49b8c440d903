import { Alert, Anchor, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import {
  BRIEF_TEKST_SOORT_INFO,
  type BriefTekstSoort,
} from '../../../../electron/domain/brief-teksten';
import { TableHead } from '../../../components/TableHead';
import { formatDateTime } from '../../../lib/format';
import { routeHref } from '../../../lib/router';
import { useCall } from '../../../lib/useCall';
import { BriefTekstEditor } from './BriefTekstEditor';

/**
 * Beheer, Briefteksten (§7 '(setting)'): the SWV's own standard texts of the letters. The list of
 * letters with the version each uses now; a letter's editor at #/beheer/brieven/<soort>.
 */
export function BriefTekstenScreen({ soort }: { soort: BriefTekstSoort | undefined }) {
  return soort === undefined ? <BriefTekstenLijst /> : <BriefTekstEditor soort={soort} />;
}

function BriefTekstenLijst() {
  const { data, error, loading } = useCall('briefteksten.list', {}, 'briefteksten');
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={2}>Briefteksten</Title>
        <Text size="sm" c="gray.7" maw={760}>
          De vaste teksten van de brieven die TLA maakt, in de woorden van uw samenwerkingsverband.
          Elke wijziging wordt een nieuwe versie; elke brief onthoudt met welke versie hij is
          gemaakt. Wettelijke onderdelen (termijnen, gronden, de bezwaarclausule) en de gegevens van
          de leerling en het besluit staan altijd in de brief en zijn hier niet te wijzigen.
        </Text>
      </div>
      {error !== null && <Alert color="red">{error}</Alert>}
      {data === null && loading && <Loader size="sm" aria-label="Briefteksten laden" />}
      {data !== null && (
        <Table verticalSpacing="sm" aria-label="Briefteksten">
          <TableHead
            columns={['Brief', 'Tekst in gebruik', 'Opgeslagen', { label: 'Acties', hidden: true }]}
          />
          <Table.Tbody>
            {data.map((r) => {
              const info = BRIEF_TEKST_SOORT_INFO[r.soort];
              return (
                <Table.Tr key={r.soort} data-soort={r.soort}>
                  <Table.Td maw={520}>
                    <Anchor href={routeHref({ name: 'brieven', soort: r.soort })} fw={500}>
                      {info.label}
                    </Anchor>
                    <Text size="xs" c="gray.7" lineClamp={2}>
                      {info.gebruik}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={170}>
                    {r.versie === 0 ? 'Standaardtekst van TLA' : `Versie ${r.versie}`}
                  </Table.Td>
                  <Table.Td miw={200}>
                    {r.createdAt === null ? (
                      <Text size="sm" c="gray.7">
                        Niet gewijzigd
                      </Text>
                    ) : (
                      <>
                        <Text size="sm">{formatDateTime(r.createdAt)}</Text>
                        <Text size="xs" c="gray.7">
                          door {r.door}
                        </Text>
                      </>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      component="a"
                      href={routeHref({ name: 'brieven', soort: r.soort })}
                      size="compact-sm"
                      variant="light"
                      aria-label={`${info.label} bewerken`}
                    >
                      Bewerken
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
