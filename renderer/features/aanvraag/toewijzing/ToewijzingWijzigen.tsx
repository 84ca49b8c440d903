import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { DISCIPLINE_LABELS } from '../../../../electron/domain/types';
import { Section } from '../../../components/Section';
import type { Aanvraag } from '../types';
import { WijzigDialog } from './WijzigDialog';
import { TableHead } from '../../../components/TableHead';

/** §4: after assignment the voorzitter may reassign a position, with a reason, until its advice is in. */
export function ToewijzingWijzigen({
  aanvraag,
  onChanged,
}: {
  aanvraag: Aanvraag;
  onChanged: () => void;
}) {
  const [position, setPosition] = useState<1 | 2 | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const rows = [...aanvraag.toewijzingen].sort((a, b) => a.position - b.position);
  if (rows.length === 0) return null;
  return (
    <Section title="Toegewezen deskundigen">
      <Text size="sm">
        Zolang een deskundige het advies nog niet heeft ingediend, kunt u een andere deskundige
        toewijzen. Geef daarbij de reden op.
      </Text>
      <Table verticalSpacing="xs" aria-label="Toegewezen deskundigen">
        <TableHead
          columns={['Positie', 'Deskundige', 'Discipline', { label: 'Acties', hidden: true }]}
        />
        <Table.Tbody>
          {rows.map((t) => (
            <Table.Tr key={t.position}>
              <Table.Td>{t.position === 1 ? 'Eerste' : 'Tweede'}</Table.Td>
              <Table.Td>{t.naam}</Table.Td>
              <Table.Td>{DISCIPLINE_LABELS[t.discipline]}</Table.Td>
              <Table.Td ta="right">
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => setPosition(t.position === 1 ? 1 : 2)}
                  aria-label={`Andere ${t.position === 1 ? 'eerste' : 'tweede'} deskundige toewijzen`}
                >
                  Wijzigen
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" role="status">
        {saved}
      </Text>
      {position !== null && (
        <WijzigDialog
          aanvraag={aanvraag}
          position={position}
          onClose={() => setPosition(null)}
          onDone={() => {
            setSaved('De toewijzing is gewijzigd.');
            setPosition(null);
            onChanged();
          }}
        />
      )}
    </Section>
  );
}
