import { Alert } from '@mantine/core';
import { Facts } from '../../components/Facts';
import { formatDate } from '../../lib/format';
import type { Uitkomst } from './types';

/** A recorded outcome, read-only. */
export function UitkomstView({ uitkomst: u }: { uitkomst: Uitkomst }) {
  if (u.soort === 'aanhouden') {
    return (
      <Alert color="yellow" variant="light" title="Uitkomst: aanhouden met vragen">
        <Facts wide items={[{ label: 'Vragen aan de school', value: u.vragen }]} />
        De SLL stuurt deze vragen binnen 2 werkdagen naar de school.
      </Alert>
    );
  }
  const toelaatbaar = u.conclusie === 'toelaatbaar';
  return (
    <Alert color="green" variant="light" title="Uitkomst: advies van de vergadering">
      <Facts
        items={[
          { label: 'Conclusie', value: toelaatbaar ? 'Toelaatbaar' : 'Niet toelaatbaar' },
          ...(toelaatbaar
            ? [
                { label: 'Schoolsoort', value: u.schoolsoort ?? '—' },
                ...(u.schoolsoort === 'SO'
                  ? [{ label: 'Bekostigingscategorie', value: u.categorie ?? '—' }]
                  : []),
                {
                  label: 'Periode',
                  value: `${formatDate(u.ingangsdatum)} t/m ${formatDate(u.einddatum)}`,
                },
              ]
            : []),
        ]}
      />
      <Facts wide items={[{ label: 'Motivering', value: u.motivering }]} />
    </Alert>
  );
}
