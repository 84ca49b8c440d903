import { Alert, Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { poolEndRefusal } from '../../../electron/domain/accounts';
import { DISCIPLINE_LABELS } from '../../../electron/domain/types';
import { call } from '../../api/client';
import { TableHead } from '../../components/TableHead';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/termijnen';
import { useCall } from '../../lib/useCall';
import { AfwezigheidDialog } from './AfwezigheidDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { NewPoolMemberForm } from './NewPoolMemberForm';
import { PoolMemberDialog, type PoolMember } from './PoolMemberDialog';
import { RowActions } from './RowActions';

type Step = 'bewerken' | 'afwezigheid' | 'beeindigen' | 'weer_opnemen';

const disciplines = (d: PoolMember) => d.disciplines.map((x) => DISCIPLINE_LABELS[x]).join(', ');

function WerktVoor({ d }: { d: PoolMember }) {
  if (d.organisaties.length === 0) return <>—</>;
  return <>{d.organisaties.map((o) => o.naam).join(', ')}</>;
}

export function PoolScreen() {
  const pool = useCall('pool.list', {}, 'pool');
  const users = useCall('users.list', {}, 'users');
  const scholen = useCall('scholen.list', {}, 'scholen');
  const [step, setStep] = useState<{ kind: Step; member: PoolMember } | null>(null);
  const [done, setDone] = useState<{ message: string; warning: string | null } | null>(null);

  const members = pool.data ?? [];
  const active = members.filter((d) => d.active);
  const ended = members.filter((d) => !d.active);
  const open = (kind: Step, member: PoolMember) => () => {
    setDone(null);
    setStep({ kind, member });
  };
  const close = () => setStep(null);
  const finish = (message: string, warning: string | null = null) => {
    setStep(null);
    setDone({ message, warning });
    pool.reload();
    users.reload();
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={2}>Deskundigenpool</Title>
      {pool.error !== null && <Alert color="red">{pool.error}</Alert>}
      {pool.data === null && pool.loading && <Loader size="sm" aria-label="Pool laden" />}
      {done !== null && (
        <Alert
          color={done.warning === null ? 'green' : 'orange'}
          role="status"
          withCloseButton
          closeButtonLabel="Melding sluiten"
          onClose={() => setDone(null)}
        >
          {done.message}
          {done.warning !== null && (
            <Text size="sm" mt={4}>
              {done.warning}
            </Text>
          )}
        </Alert>
      )}
      {pool.data !== null && active.length === 0 && (
        <Text size="sm">Er staan nog geen deskundigen in de pool. Voeg ze hieronder toe.</Text>
      )}
      {active.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped withTableBorder verticalSpacing="xs" aria-label="Deskundigen">
            <TableHead
              columns={[
                'Naam',
                'Disciplines',
                'Registratie',
                'Werkt voor',
                'Open / max',
                { label: 'Acties', hidden: true },
              ]}
            />
            <Table.Tbody>
              {active.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    {d.naam}
                    {!d.userActive && (
                      <Badge ml={6} variant="light" color="gray" tt="none">
                        Account gedeactiveerd
                      </Badge>
                    )}
                    {d.afwezig !== null && (
                      <Text size="xs" c="dimmed">
                        {d.afwezig.van <= todayIso()
                          ? `Afwezig t/m ${formatDate(d.afwezig.tot)}`
                          : `Afwezig ${formatDate(d.afwezig.van)} t/m ${formatDate(d.afwezig.tot)}`}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{disciplines(d)}</Table.Td>
                  <Table.Td>{d.registratie}</Table.Td>
                  <Table.Td maw={320}>
                    <WerktVoor d={d} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {d.openAssignments} / {d.maxOpen ?? 'geen max.'}
                  </Table.Td>
                  <Table.Td ta="right">
                    <RowActions
                      naam={d.naam}
                      actions={[
                        { label: 'Bewerken', onClick: open('bewerken', d) },
                        { label: 'Afwezigheid toevoegen', onClick: open('afwezigheid', d) },
                        {
                          label: 'Lidmaatschap beëindigen',
                          onClick: open('beeindigen', d),
                          danger: true,
                        },
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {ended.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="pool-beeindigd">
          <Title order={3} size="h5" id="pool-beeindigd">
            Beëindigde lidmaatschappen
          </Title>
          <Text size="sm" c="dimmed">
            Bewaard voor de geschiedenis van de aanvragen; TLA wijst hen niet meer toe.
          </Text>
          <Table.ScrollContainer minWidth={620}>
            <Table withTableBorder verticalSpacing="xs" aria-label="Beëindigde lidmaatschappen">
              <TableHead
                columns={['Naam', 'Disciplines', 'Registratie', { label: 'Acties', hidden: true }]}
              />
              <Table.Tbody>
                {ended.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>{d.naam}</Table.Td>
                    <Table.Td>{disciplines(d)}</Table.Td>
                    <Table.Td>{d.registratie}</Table.Td>
                    <Table.Td ta="right">
                      <RowActions
                        naam={d.naam}
                        actions={[{ label: 'Weer opnemen', onClick: open('weer_opnemen', d) }]}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {(step?.kind === 'bewerken' || step?.kind === 'weer_opnemen') && (
        <PoolMemberDialog
          member={step.member}
          besturen={scholen.data ?? []}
          mode={step.kind}
          onClose={close}
          onDone={(message, conflicten) =>
            finish(
              message,
              conflicten === 0
                ? null
                : `Let op: ${step.member.naam} heeft ${conflicten} open ${conflicten === 1 ? 'toewijzing' : 'toewijzingen'} bij een bestuur of school waarvoor zij of hij werkt. Vraag de TLA-voorzitter ${conflicten === 1 ? 'die' : 'die'} opnieuw toe te wijzen (Toewijzing wijzigen).`,
            )
          }
        />
      )}
      {step?.kind === 'afwezigheid' && (
        <AfwezigheidDialog
          deskundigeId={step.member.id}
          naam={step.member.naam}
          onClose={close}
          onDone={() => finish(`Afwezigheid van ${step.member.naam} vastgelegd.`)}
        />
      )}
      {step?.kind === 'beeindigen' && (
        <ConfirmDialog
          title={`Lidmaatschap van ${step.member.naam} beëindigen`}
          body={`TLA biedt ${step.member.naam} daarna niet meer aan bij het toewijzen. De gegevens blijven bewaard voor de geschiedenis van de aanvragen, en u kunt ${step.member.naam} later weer opnemen. Het account blijft bestaan: deactiveer het bij Gebruikers als ${step.member.naam} niet meer hoeft in te loggen.`}
          confirmLabel="Lidmaatschap beëindigen"
          refusal={poolEndRefusal(step.member.naam, step.member.openAssignments)}
          run={() => call('pool.beeindig', { deskundigeId: step.member.id })}
          onClose={close}
          onDone={() => finish(`Het lidmaatschap van ${step.member.naam} is beëindigd.`)}
        />
      )}
      <NewPoolMemberForm
        users={(users.data ?? []).filter(
          (u) => !members.some((d) => d.active && d.userId === u.id),
        )}
        besturen={scholen.data ?? []}
        onCreated={() => {
          pool.reload();
          users.reload();
        }}
      />
    </Stack>
  );
}
