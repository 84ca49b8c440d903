import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { isOfficeRole, ROLE_LABELS } from '../../../electron/domain/types';
import { call } from '../../api/client';
import { useSession } from '../../app/auth';
import { usePagedRows } from '../../lib/usePagedRows';
import { useVernieuwing } from '../../lib/useCall';
import { AanvragenLijst, ZoekVeld } from './AanvragenLijst';
import { AanvragenTeller, WERK_COLUMNS, rowLabel, type WorkRow } from './columns';
import { AvgOpenPanel } from '../avg/AvgOpenPanel';
import { BackupWaarschuwing } from '../backup/BackupWaarschuwing';
import { HerindicatieRadar } from '../register/HerindicatieRadar';
import { MijnVergaderingen } from '../vergadering/MijnVergaderingen';

const PAGE_SIZE = 100;

export function WerkScreen() {
  const { role } = useSession();
  const [search, setSearch] = useState('');
  const query = search.trim();

  // No debounce: each keystroke asks at once (usePagedRows asks one first page at a time and keeps
  // the list on screen until the answer comes; quality goal P2).
  const fetchPage = useCallback(
    (offset: number, limit: number, achtergrond?: boolean) =>
      call('werk.mijn', { role, search: query, offset, limit }, { achtergrond }),
    [role, query],
  );
  const paged = usePagedRows<WorkRow>(query, PAGE_SIZE, fetchPage);
  // Issue 13: new work of others appears without a restart (focus and a gentle poll).
  const vernieuwing = useVernieuwing(true);
  const { vernieuw } = paged;
  useEffect(() => {
    if (vernieuwing > 0) vernieuw();
  }, [vernieuwing, vernieuw]);
  const { total, error } = paged;
  const shownSearch = paged.shownKey ?? '';

  return (
    <Stack gap="md" h="100%">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Mijn werk</Title>
          <Text size="sm" c="dimmed">
            Aanvragen die op u wachten in de rol {ROLE_LABELS[role]}.
          </Text>
        </div>
        <ZoekVeld value={search} onChange={setSearch} />
      </Group>
      {role === 'secretaris' && <BackupWaarschuwing beheerder={false} />}
      {error !== null && <Alert color="red">{error}</Alert>}
      {role === 'secretaris' && <AvgOpenPanel />}
      {role === 'secretaris' && <HerindicatieRadar alleenOpen />}
      {(role === 'deskundige' || role === 'secretaris') && <MijnVergaderingen />}
      <AanvragenTeller total={total} />
      <AanvragenLijst
        label="Aanvragen"
        columns={WERK_COLUMNS}
        rowLabel={rowLabel}
        paged={paged}
        empty={
          shownSearch === ''
            ? {
                title: 'Er wacht niets op u.',
                text: 'Zodra er een aanvraag op u wacht, staat die hier.',
              }
            : {
                title: 'Niets gevonden.',
                text: `Geen aanvraag die op u wacht past bij ‘${shownSearch}’.${isOfficeRole(role) ? ' Een aanvraag die niet op u wacht, vindt u bij Alle aanvragen.' : ''}`,
              }
        }
      />
    </Stack>
  );
}
