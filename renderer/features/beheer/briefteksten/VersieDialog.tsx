import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import {
  BRIEF_TEKST_DELEN,
  type BriefTekst,
  type BriefTekstSoort,
} from '../../../../electron/domain/brief-teksten';
import { formatDateTime } from '../../../lib/format';
import { useCall } from '../../../lib/useCall';
import classes from './BriefTeksten.module.css';

/**
 * An older (or the current) version of a letter text, read-only, part by part. 'In de editor
 * zetten' copies it into the editor, from where it can be saved as a new version: a version is
 * never changed or put back in place.
 */
export function VersieDialog({
  soort,
  versie,
  onClose,
  onUse,
}: {
  soort: BriefTekstSoort;
  versie: number;
  onClose: () => void;
  onUse: (tekst: BriefTekst) => void;
}) {
  const { data, error, loading } = useCall(
    'briefteksten.get',
    { soort, versie },
    `${soort}-${versie}`,
  );
  const naam = versie === 0 ? 'Standaardtekst van TLA' : `Versie ${versie}`;
  return (
    <Modal opened onClose={onClose} title={naam} size="lg">
      <Stack gap="md">
        {error !== null && <Alert color="red">{error}</Alert>}
        {data === null && loading && <Loader size="sm" aria-label="Versie laden" />}
        {data !== null && (
          <>
            <Text size="sm" c="gray.7">
              {data.createdAt === null
                ? 'De tekst die met TLA is meegeleverd.'
                : `Opgeslagen ${formatDateTime(data.createdAt)} door ${data.door ?? '—'}.`}
              {data.versie === data.huidigeVersie ? ' Deze versie is in gebruik.' : ''}
            </Text>
            {BRIEF_TEKST_DELEN[soort].map((deel) => (
              <div key={deel.key}>
                <Title order={4} size="h6">
                  {deel.brief === undefined ? deel.label : `${deel.brief}: ${deel.label}`}
                </Title>
                <Text size="sm" className={classes.tekst ?? ''}>
                  {data.tekst[deel.key] === '' ? (
                    <Text span c="gray.7" size="sm">
                      (leeg: dit deel staat niet in de brief)
                    </Text>
                  ) : (
                    data.tekst[deel.key]
                  )}
                </Text>
              </div>
            ))}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Sluiten
              </Button>
              <Button onClick={() => onUse(data.tekst)}>In de editor zetten</Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
