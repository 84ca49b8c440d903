import { Text, Title } from '@mantine/core';
import { TlaKaart } from '../../components/TlaKaart';
import { call } from '../../api/client';
import { setSession } from '../../api/session';
import { useAuth, useSession } from '../../app/auth';
import { TweedeFactorInstellen } from '../account/TweedeFactorInstellen';

/**
 * Issue 13 · a login from another computer by a user without a second factor, while the SWV
 * requires one there: after the password this session can only enrol one (the backend refuses the
 * rest). Once confirmed and the recovery codes are seen, the user goes on with a new, full session.
 */
export function TweedeFactorVerplichtScreen() {
  const { signedIn, logout } = useAuth();
  const { user } = useSession();
  const verder = async (session: string) => {
    setSession(session);
    signedIn(session, await call('auth.me', {}));
  };
  return (
    <TlaKaart width={620}>
      <Title order={2} size="h4">
        Tweestapsverificatie instellen
      </Title>
      <Text size="sm">
        Welkom, {user.naam}. U logt in vanaf een andere computer dan de TLA-server. Uw
        samenwerkingsverband vraagt dan, naast uw wachtwoord, een code uit een app op uw telefoon.
        Stel die nu in; daarna kunt u verder.
      </Text>
      <TweedeFactorInstellen
        onKlaar={(session) => void verder(session)}
        annuleren={{ label: 'Uitloggen', onClick: () => void logout() }}
      />
    </TlaKaart>
  );
}
