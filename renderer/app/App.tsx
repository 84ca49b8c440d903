import { Alert, Center, Loader, MantineProvider, Stack } from '@mantine/core';
import { theme } from './theme';
import { AuthProvider, useAuth } from './auth';
import { SetupScreen } from '../features/setup/SetupScreen';
import { LoginScreen } from '../features/login/LoginScreen';
import { NieuwWachtwoordScreen } from '../features/login/NieuwWachtwoordScreen';
import { CodeScreen } from '../features/login/CodeScreen';
import { TweedeFactorVerplichtScreen } from '../features/login/TweedeFactorVerplichtScreen';
import { Shell } from '../features/shell/Shell';
import { HerstelScreen } from '../features/herstel/HerstelScreen';
import { VerbindingGate } from '../features/verbinding/VerbindingGate';
import { VerbindingRegel } from '../features/verbinding/VerbindingRegel';
import { VerbindingBanner } from './VerbindingBanner';

function Screens() {
  const { phase } = useAuth();
  switch (phase.kind) {
    case 'loading':
      return (
        <Center component="main" h="100vh">
          <Loader aria-label="TLA wordt geladen" />
        </Center>
      );
    case 'failed':
      return (
        <Center component="main" h="100vh" p="xl">
          <Stack maw={520}>
            <Alert color="red" title="TLA kan niet starten">
              {phase.message}
            </Alert>
            {/* Issue 13: a server that does not answer may be the wrong one. */}
            <VerbindingRegel />
          </Stack>
        </Center>
      );
    case 'herstel':
      return (
        <HerstelScreen
          problemen={phase.problemen}
          map={phase.map}
          documentenTerugzetten={phase.documentenTerugzetten}
        />
      );
    case 'setup':
      return <SetupScreen />;
    case 'login':
      return <LoginScreen notice={phase.notice} />;
    case 'app':
      // Issue 13: a session waiting for its second factor, or one that may only enrol it.
      if (phase.user.stap === 'code') return <CodeScreen />;
      if (phase.user.stap === 'inschrijven') return <TweedeFactorVerplichtScreen />;
      // S3: a password the beheerder set is changed first; the backend allows nothing else either.
      return phase.user.mustChangePassword ? <NieuwWachtwoordScreen /> : <Shell />;
  }
}

export function App() {
  return (
    // The CSP forbids inline <style>: Mantine's variables and global classes come from its CSS file.
    <MantineProvider
      theme={theme}
      withCssVariables={false}
      withGlobalClasses={false}
      forceColorScheme="light"
    >
      {/* Issue 13: the desktop asks once which TLA it talks to; the banner shows a lost connection. */}
      <VerbindingGate>
        <AuthProvider>
          <Screens />
        </AuthProvider>
      </VerbindingGate>
      <VerbindingBanner />
    </MantineProvider>
  );
}
