import { Button, Group, NavLink, Select, Stack, Text, Title } from '@mantine/core';
import { ROLE_LABELS, type Role } from '../../../electron/domain/types';
import { useAuth, useSession } from '../../app/auth';
import { routeHref, useRoute, type Route } from '../../lib/router';
import { confirmLeave } from '../../lib/leaveGuard';
import { LeaveGuardDialog } from '../../components/LeaveGuardDialog';
import { WerkScreen } from '../werk/WerkScreen';
import { AlleAanvragenScreen } from '../alle/AlleAanvragenScreen';
import { NieuweAanvraagScreen } from '../nieuw/NieuweAanvraagScreen';
import { AanvraagPage } from '../aanvraag/AanvraagPage';
import { GebruikersScreen } from '../beheer/GebruikersScreen';
import { PoolScreen } from '../beheer/PoolScreen';
import { ScholenScreen } from '../beheer/scholen/ScholenScreen';
import { InstellingenScreen } from '../beheer/InstellingenScreen';
import { SwvScreen } from '../swv/SwvScreen';
import { BeheerderStart } from '../inrichting/BeheerderStart';
import { BriefTekstenScreen } from '../beheer/briefteksten/BriefTekstenScreen';
import { TermijnenScreen } from '../termijnen/TermijnenScreen';
import { VergaderingenScreen } from '../vergadering/VergaderingenScreen';
import { VergaderingScreen } from '../vergadering/VergaderingScreen';
import { VergaderingVolgenScreen } from '../vergadering/VergaderingVolgenScreen';
import { NotAllowed } from './NotAllowed';
import { AvgRegisterScreen } from '../avg/AvgRegisterScreen';
import { AvgVerzoekScreen } from '../avg/AvgVerzoekScreen';
import { BackupsScreen } from '../backup/BackupsScreen';
import { VernietigingScreen } from '../vernietiging/VernietigingScreen';
import { LogboekScreen } from '../logboek/LogboekScreen';
import { UserMenu } from '../account/UserMenu';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { isOfficeRole, OFFICE_ROLES } from '../../../electron/domain/types';
import { RegisterScreen } from '../register/RegisterScreen';
import { RapportagesScreen } from '../rapportage/RapportagesScreen';
import { RapportageLijstScreen } from '../rapportage/RapportageLijstScreen';

interface NavItem {
  route: Route;
  label: string;
  roles: readonly Role[] | 'all';
}

const NAV: readonly NavItem[] = [
  { route: { name: 'werk' }, label: 'Mijn werk', roles: 'all' },
  { route: { name: 'alle' }, label: 'Alle aanvragen', roles: OFFICE_ROLES },
  { route: { name: 'nieuw' }, label: 'Nieuwe aanvraag', roles: ['secretaris'] },
  { route: { name: 'termijnen' }, label: 'Termijnen', roles: OFFICE_ROLES },
  { route: { name: 'vergaderingen' }, label: 'Vergaderingen', roles: ['voorzitter'] },
  { route: { name: 'swv' }, label: 'Samenwerkingsverband', roles: ['beheerder'] },
  { route: { name: 'gebruikers' }, label: 'Gebruikers', roles: ['beheerder'] },
  { route: { name: 'pool' }, label: 'Deskundigenpool', roles: ['beheerder'] },
  { route: { name: 'scholen' }, label: 'Scholen en besturen', roles: ['beheerder'] },
  { route: { name: 'instellingen' }, label: 'Instellingen', roles: ['beheerder'] },
  { route: { name: 'brieven' }, label: 'Briefteksten', roles: ['beheerder'] },
  { route: { name: 'avg' }, label: 'Verzoeken van ouders', roles: OFFICE_ROLES },
  { route: { name: 'backups' }, label: 'Back-ups', roles: ['beheerder'] },
  { route: { name: 'vernietiging' }, label: 'Vernietiging', roles: ['beheerder', 'directeur'] },
  { route: { name: 'logboek' }, label: 'Logboek', roles: ['beheerder'] },
  { route: { name: 'register' }, label: 'TLV-register', roles: OFFICE_ROLES },
  { route: { name: 'rapportages' }, label: 'Rapportages', roles: OFFICE_ROLES },
];

/** The menu item of the page shown; a request of the AVG register lights its register. */
function isActive(route: Route, item: Route): boolean {
  return (
    route.name === item.name ||
    (route.name === 'avgVerzoek' && item.name === 'avg') ||
    (route.name === 'rapportageLijst' && item.name === 'rapportages')
  );
}

function allowed(item: NavItem, role: Role): boolean {
  return item.roles === 'all' || item.roles.includes(role);
}

function Page({ route, role }: { route: Route; role: Role }) {
  switch (route.name) {
    case 'werk':
      // The beheerder sees no dossier: their start page is setting TLA up (issue 10).
      return role === 'beheerder' ? <BeheerderStart /> : <WerkScreen key={role} />;
    case 'alle':
      return isOfficeRole(role) ? <AlleAanvragenScreen key={role} /> : <NotAllowed />;
    case 'nieuw':
      return role === 'secretaris' ? <NieuweAanvraagScreen /> : <NotAllowed />;
    case 'termijnen':
      return isOfficeRole(role) ? <TermijnenScreen key={role} /> : <NotAllowed />;
    case 'aanvraag':
      return <AanvraagPage key={`${route.id}-${role}`} id={route.id} />;
    case 'vergaderingen':
      return role === 'voorzitter' ? <VergaderingenScreen /> : <NotAllowed />;
    case 'vergadering':
      return role === 'voorzitter' ? (
        <VergaderingScreen key={route.id} id={route.id} />
      ) : (
        <NotAllowed />
      );
    case 'gebruikers':
      return role === 'beheerder' ? <GebruikersScreen /> : <NotAllowed />;
    case 'pool':
      return role === 'beheerder' ? <PoolScreen /> : <NotAllowed />;
    case 'scholen':
      return role === 'beheerder' ? <ScholenScreen /> : <NotAllowed />;
    case 'instellingen':
      return role === 'beheerder' ? <InstellingenScreen /> : <NotAllowed />;
    case 'swv':
      return role === 'beheerder' ? <SwvScreen /> : <NotAllowed />;
    case 'backups':
      return role === 'beheerder' ? <BackupsScreen /> : <NotAllowed />;
    case 'brieven':
      return role === 'beheerder' ? (
        <BriefTekstenScreen key={route.soort ?? ''} soort={route.soort} />
      ) : (
        <NotAllowed />
      );
    case 'avg':
      return isOfficeRole(role) ? <AvgRegisterScreen key={role} /> : <NotAllowed />;
    case 'avgVerzoek':
      return isOfficeRole(role) ? (
        <AvgVerzoekScreen key={`${route.id}-${role}`} id={route.id} />
      ) : (
        <NotAllowed />
      );
    case 'vernietiging':
      return role === 'beheerder' || role === 'directeur' ? (
        <VernietigingScreen key={role} />
      ) : (
        <NotAllowed />
      );
    case 'logboek':
      return role === 'beheerder' ? <LogboekScreen /> : <NotAllowed />;
    case 'register':
      return isOfficeRole(role) ? <RegisterScreen key={role} /> : <NotAllowed />;
    case 'rapportages':
      return isOfficeRole(role) ? <RapportagesScreen key={role} q={route.q} /> : <NotAllowed />;
    case 'rapportageLijst':
      return isOfficeRole(role) ? (
        <RapportageLijstScreen key={`${role}-${route.q}`} q={route.q} />
      ) : (
        <NotAllowed />
      );
    case 'vergaderingVolgen':
      // Issue 13: whoever can be recorded present follows the meeting; the backend checks the list.
      return role === 'deskundige' || role === 'secretaris' || role === 'voorzitter' ? (
        <VergaderingVolgenScreen key={`${route.id}-${role}`} id={route.id} />
      ) : (
        <NotAllowed />
      );
  }
}

export function Shell() {
  const { user, role } = useSession();
  const { setRole, logout } = useAuth();
  const route = useRoute();
  // Lists fill the screen and scroll inside; the beheerder's start page scrolls as a page.
  const fill =
    (route.name === 'werk' && role !== 'beheerder') ||
    route.name === 'alle' ||
    route.name === 'termijnen' ||
    route.name === 'logboek' ||
    route.name === 'register' ||
    route.name === 'rapportageLijst';

  return (
    <div className="tla-shell">
      <a
        className="tla-skip-link"
        href="#inhoud"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('inhoud')?.focus();
        }}
      >
        Naar de inhoud
      </a>
      <header className="tla-header">
        <Group gap="xs" wrap="nowrap">
          <Title order={1} size="h3">
            TLA
          </Title>
          <Text size="sm" c="dimmed">
            Toelaatbaarheidsverklaringen
          </Text>
        </Group>
        <Group gap="md" wrap="nowrap">
          <UserMenu naam={user.naam} />
          {user.roles.length > 1 ? (
            <Select
              aria-label="Actieve rol"
              size="xs"
              w={230}
              allowDeselect={false}
              value={role}
              data={user.roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
              onChange={(value) => {
                const next = user.roles.find((r) => r === value);
                if (next !== undefined)
                  void confirmLeave().then((leave) => {
                    if (!leave) return;
                    setRole(next);
                    window.location.hash = '#/werk';
                  });
              }}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {ROLE_LABELS[role]}
            </Text>
          )}
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              void confirmLeave().then((leave) => {
                if (leave) void logout();
              })
            }
          >
            Uitloggen
          </Button>
        </Group>
      </header>
      <LeaveGuardDialog />
      <nav className="tla-nav" aria-label="Hoofdmenu">
        <Stack gap={2}>
          {NAV.filter((item) => allowed(item, role)).map((item) => (
            <NavLink
              key={item.route.name}
              href={routeHref(item.route)}
              label={item.label}
              active={isActive(route, item.route)}
              aria-current={isActive(route, item.route) ? 'page' : undefined}
            />
          ))}
        </Stack>
      </nav>
      <main id="inhoud" tabIndex={-1} className={fill ? 'tla-main tla-main--fill' : 'tla-main'}>
        <ErrorBoundary resetKey={`${window.location.hash}|${role}`}>
          <Page route={route} role={role} />
        </ErrorBoundary>
      </main>
    </div>
  );
}
