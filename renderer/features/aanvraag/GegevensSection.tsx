import { Button } from '@mantine/core';
import { useState } from 'react';
import {
  AANVRAAG_SOORT_LABELS,
  DISCIPLINE_LABELS,
  type Role,
} from '../../../electron/domain/types';
import { isAwaitingDecision } from '../../../electron/domain/workflow';
import { Facts } from '../../components/Facts';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';
import { BEGELEIDER_NOTITIE_LABEL } from '../../lib/labels';
import { isOfficeRole } from '../../../electron/domain/types';
import type { Aanvraag } from './types';
import { WijzigenDialog } from './gegevens/WijzigenDialog';
import { WijzigingenList } from './gegevens/WijzigingenList';

interface Props {
  aanvraag: Aanvraag;
  role: Role;
  version: number;
  onChanged: () => void;
}

export function GegevensSection({ aanvraag: a, role, version, onChanged }: Props) {
  const [editing, setEditing] = useState(false);
  const canEdit = role === 'secretaris' && isAwaitingDecision(a.state);
  return (
    <Section
      title="Gegevens"
      actions={
        canEdit && (
          <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
            Gegevens wijzigen
          </Button>
        )
      }
    >
      <Facts
        items={[
          { label: 'Leerling', value: a.leerling.naam },
          { label: 'Geboortedatum', value: formatDate(a.leerling.geboortedatum) },
          { label: 'Groep', value: a.leerling.groep === null ? '—' : String(a.leerling.groep) },
          { label: 'Woonplaats', value: a.leerling.woonplaats },
          { label: 'Gemeente', value: a.leerling.gemeente ?? 'Niet vastgelegd' },
          { label: 'School', value: `${a.school.naam} (${a.school.brin})` },
          { label: 'Schoolbestuur (aanvrager)', value: a.school.bestuurNaam },
          { label: 'Soort aanvraag', value: AANVRAAG_SOORT_LABELS[a.soort] },
          {
            label: 'Gevraagde schoolsoort',
            value: a.schoolsoort + (a.categorie !== null ? `, categorie ${a.categorie}` : ''),
          },
          { label: 'Gewenste startdatum', value: formatDate(a.gewensteStartdatum) },
          { label: 'Ontvangstdatum', value: formatDate(a.ontvangenOp) },
          {
            label: 'Ouders',
            value: `${a.ouders.naam}\n${a.ouders.adres}\n${a.ouders.postcode} ${a.ouders.plaats}`,
          },
          { label: 'Ouders akkoord', value: a.ouders.akkoord ? 'Ja' : 'Nee' },
          { label: 'Begeleider (SC/CJK)', value: a.begeleider.naam ?? '—' },
          { label: BEGELEIDER_NOTITIE_LABEL, value: a.begeleider.notitie ?? '—' },
          ...a.toewijzingen.map((t) => ({
            label: t.position === 1 ? 'Eerste deskundige' : 'Tweede deskundige',
            value: `${t.naam}, ${DISCIPLINE_LABELS[t.discipline].toLowerCase()}`,
          })),
        ]}
      />
      {isOfficeRole(role) && <WijzigingenList aanvraagId={a.id} version={version} />}
      {editing && (
        <WijzigenDialog
          aanvraag={a}
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </Section>
  );
}
