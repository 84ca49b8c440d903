import { Alert, Badge, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { deactivationRefusal } from '../../../electron/domain/accounts';
import { ROLE_LABELS } from '../../../electron/domain/types';
import { call } from '../../api/client';
import { useSession } from '../../app/auth';
import { TableHead } from '../../components/TableHead';
import { useCall } from '../../lib/useCall';
import { ConfirmDialog } from './ConfirmDialog';
import {
  GebruikerBewerkenDialog,
  WachtwoordResettenDialog,
  type Gebruiker,
} from './GebruikerDialogs';
import { NewUserForm } from './NewUserForm';
import { RowActions, type RowAction } from './RowActions';
import { SessiesSection } from './SessiesSection';

type Step =
  'bewerken' | 'reset' | 'deactiveren' | 'activeren' | 'ontgrendelen' | 'tweedeFactorWissen';

const time = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
});

/** 'geblokkeerd tot 14:35': the end of a lock of the login throttle, in Amsterdam time. */
const lockedUntilText = (instant: string) => `Geblokkeerd tot ${time.format(new Date(instant))}`;

function Status({ u }: { u: Gebruiker }) {
  if (!u.active)
    return (
      <Badge variant="light" color="gray" tt="none">
        Gedeactiveerd
      </Badge>
    );
  const badges = [
    u.lockedUntil !== null && (
      <Badge key="lock" variant="light" color="red" tt="none">
        {lockedUntilText(u.lockedUntil)}
      </Badge>
    ),
    u.mustChangePassword && (
      <Badge key="pw" variant="light" color="yellow" tt="none">
        Moet wachtwoord wijzigen
      </Badge>
    ),
  ].filter(Boolean);
  // Issue 13: a second factor is worth seeing beside any status.
  const tweedeFactor = u.tweedeFactor && (
    <Badge key="2fa" variant="light" color="blue" tt="none">
      Tweestapsverificatie
    </Badge>
  );
  return (
    <Group gap={4}>
      {badges.length > 0 ? (
        badges
      ) : (
        <Badge variant="light" color="green" tt="none">
          Actief
        </Badge>
      )}
      {tweedeFactor}
    </Group>
  );
}

/** The locks of the throttle end by themselves and start at any time: the list follows. */
const REFRESH_MS = 30_000;

export function GebruikersScreen() {
  const { user: me } = useSession();
  const { data, error, loading, reload } = useCall('users.list', {}, 'users');
  const [step, setStep] = useState<{ kind: Step; user: Gebruiker } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  const close = () => setStep(null);
  const finish = (message: string) => {
    setStep(null);
    setDone(message);
    reload();
  };
  const actions = (u: Gebruiker): RowAction[] => {
    const open = (kind: Step) => () => {
      setDone(null);
      setStep({ kind, user: u });
    };
    return [
      { label: 'Bewerken', onClick: open('bewerken') },
      { label: 'Wachtwoord resetten', onClick: open('reset') },
      ...(u.lockedUntil !== null ? [{ label: 'Ontgrendelen', onClick: open('ontgrendelen') }] : []),
      ...(u.tweedeFactor && u.id !== me.id
        ? [{ label: 'Tweestapsverificatie wissen', onClick: open('tweedeFactorWissen') }]
        : []),
      u.active
        ? { label: 'Deactiveren', onClick: open('deactiveren'), danger: true }
        : { label: 'Activeren', onClick: open('activeren') },
    ];
  };
  const activeBeheerders = (data ?? []).filter(
    (u) => u.active && u.roles.includes('beheerder'),
  ).length;

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>Gebruikers</Title>
      {error !== null && <Alert color="red">{error}</Alert>}
      {data === null && loading && <Loader size="sm" aria-label="Gebruikers laden" />}
      {done !== null && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => setDone(null)}
          closeButtonLabel="Melding sluiten"
        >
          {done}
        </Alert>
      )}
      {data !== null && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder verticalSpacing="xs" aria-label="Gebruikers">
            <TableHead
              columns={[
                'Naam',
                'Gebruikersnaam',
                'Rollen',
                'Status',
                { label: 'Acties', hidden: true },
              ]}
            />
            <Table.Tbody>
              {data.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    {u.naam}
                    {u.id === me.id && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        (u)
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {u.username}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {u.roles.map((r) => (
                        <Badge key={r} variant="light" color="gray" tt="none">
                          {ROLE_LABELS[r]}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Status u={u} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <RowActions naam={u.naam} actions={actions(u)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {step?.kind === 'bewerken' && (
        <GebruikerBewerkenDialog user={step.user} onClose={close} onDone={finish} />
      )}
      {step?.kind === 'reset' && (
        <WachtwoordResettenDialog user={step.user} onClose={close} onDone={finish} />
      )}
      {step?.kind === 'deactiveren' && (
        <ConfirmDialog
          title={`${step.user.naam} deactiveren`}
          body={`${step.user.naam} kan daarna niet meer inloggen; is ${step.user.naam} nu ingelogd, dan eindigt die sessie meteen. Het account blijft bestaan, want het auditlog verwijst ernaar, en u kunt het later weer activeren.`}
          confirmLabel="Deactiveren"
          refusal={deactivationRefusal({
            actorUserId: me.id,
            target: step.user,
            activeBeheerders,
            openToewijzingen: step.user.openToewijzingen,
            inPool: step.user.deskundigeId !== null,
          })}
          run={() => call('users.deactiveer', { userId: step.user.id })}
          onClose={close}
          onDone={() => finish(`${step.user.naam} is gedeactiveerd.`)}
        />
      )}
      {step?.kind === 'activeren' && (
        <ConfirmDialog
          title={`${step.user.naam} activeren`}
          body={`${step.user.naam} kan daarna weer inloggen met het wachtwoord van voorheen. Weet ${step.user.naam} dat niet meer, kies dan daarna Wachtwoord resetten.`}
          confirmLabel="Activeren"
          run={() => call('users.activeer', { userId: step.user.id })}
          onClose={close}
          onDone={() => finish(`${step.user.naam} is weer actief.`)}
        />
      )}
      {step?.kind === 'ontgrendelen' && step.user.lockedUntil !== null && (
        <ConfirmDialog
          title={`${step.user.naam} ontgrendelen`}
          body={`Na te veel mislukte inlogpogingen is ${step.user.naam} ${lockedUntilText(step.user.lockedUntil).toLowerCase()}. Na ontgrendelen kan ${step.user.naam} meteen weer inloggen met het bestaande wachtwoord. Weet ${step.user.naam} het wachtwoord niet meer, kies dan Wachtwoord resetten.`}
          confirmLabel="Ontgrendelen"
          run={() => call('users.ontgrendel', { userId: step.user.id })}
          onClose={close}
          onDone={() => finish(`${step.user.naam} is ontgrendeld en kan weer inloggen.`)}
        />
      )}
      {step?.kind === 'tweedeFactorWissen' && (
        <ConfirmDialog
          title={`Tweestapsverificatie van ${step.user.naam} wissen`}
          body={`Doe dit alleen als ${step.user.naam} de telefoon met de app kwijt is en geen herstelcodes meer heeft, en u zeker weet dat u met ${step.user.naam} zelf spreekt. Het geheim en de herstelcodes worden gewist en ${step.user.naam} wordt uitgelogd. Bij inloggen vanaf een andere computer stelt ${step.user.naam} daarna meteen een nieuwe in.`}
          confirmLabel="Wissen"
          run={() => call('users.tweedeFactorWissen', { userId: step.user.id })}
          onClose={close}
          onDone={() => finish(`De tweestapsverificatie van ${step.user.naam} is gewist.`)}
        />
      )}
      <NewUserForm onCreated={reload} />
      <SessiesSection onDone={setDone} />
    </Stack>
  );
}
