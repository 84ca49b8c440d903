import { Alert, Button, Group, Image, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { contract, type OutputOf } from '../../../electron/contract';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { FormError } from '../../components/FormFooter';
import { useContractForm } from '../../lib/useContractForm';

const schema = contract['auth.tweedeFactorBevestig'].input;

type Start = OutputOf<'auth.tweedeFactorStart'>;

/** The QR code as an image: an SVG the backend made of the otpauth:// address (CSP: data: images). */
const qrSrc = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * Issue 13 · enrolling a second factor: the QR code and the secret as text, a current code from
 * the app to confirm, then the ten recovery codes, shown this once. `onKlaar` gets the session to
 * go on with (a new one when this session could only enrol).
 */
export function TweedeFactorInstellen({
  onKlaar,
  annuleren,
}: {
  onKlaar: (session: string) => void;
  /** The way out before the codes are shown (Annuleren, or Uitloggen). */
  annuleren: { label: string; onClick: () => void };
}) {
  const [start, setStart] = useState<Start | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [klaar, setKlaar] = useState<{ herstelcodes: string[]; session: string } | null>(null);
  const { form, formError, submit } = useContractForm(schema, {
    defaultValues: { code: '' },
    send: async (values) => setKlaar(await call('auth.tweedeFactorBevestig', values)),
  });

  useEffect(() => {
    let live = true;
    call('auth.tweedeFactorStart', {}).then(
      (s) => live && setStart(s),
      (e: unknown) => live && setLoadError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  if (klaar !== null)
    return (
      <Stack>
        <Alert color="green" role="status">
          Tweestapsverificatie staat aan. Voortaan vraagt TLA bij het inloggen, na uw wachtwoord, de
          code uit de app.
        </Alert>
        <div>
          <Text fw={600}>Uw herstelcodes</Text>
          <Text size="sm">
            Bewaar deze tien codes op papier of in uw wachtwoordkluis, niet op uw telefoon. Bent u
            uw telefoon kwijt, dan logt u in met één van deze codes in plaats van de code uit de
            app; elke code werkt één keer. TLA toont ze alleen nu.
          </Text>
        </div>
        {/* A plain list in a CSS grid: Mantine's SimpleGrid writes an inline <style> (CSP). */}
        <ul aria-label="Herstelcodes" className="tla-herstelcodes">
          {klaar.herstelcodes.map((c) => (
            <Text component="li" key={c} ff="monospace">
              {c}
            </Text>
          ))}
        </ul>
        <Group justify="flex-end">
          <Button onClick={() => onKlaar(klaar.session)}>Ik heb de herstelcodes bewaard</Button>
        </Group>
      </Stack>
    );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {loadError !== null && <Alert color="red">{loadError}</Alert>}
        {start === null && loadError === null && (
          <Loader size="sm" aria-label="QR-code wordt gemaakt" />
        )}
        {start !== null && (
          <>
            <Text size="sm">
              1. Open een authenticator-app op uw telefoon (bijvoorbeeld Microsoft Authenticator,
              Google Authenticator of FreeOTP) en scan deze QR-code.
            </Text>
            <Group align="flex-start" gap="lg" wrap="nowrap">
              <Image
                src={qrSrc(start.qrSvg)}
                alt="QR-code voor uw authenticator-app"
                w={180}
                h={180}
                fit="contain"
              />
              <Stack gap={4}>
                <Text size="sm">Kan de app niet scannen? Voer dan deze sleutel in:</Text>
                <Text ff="monospace" fw={600} aria-label="Geheime sleutel" className="tla-sleutel">
                  {start.secret}
                </Text>
                <Text size="xs" c="dimmed">
                  Type: op tijd gebaseerd (TOTP), 6 cijfers, 30 seconden.
                </Text>
              </Stack>
            </Group>
            <TextInput
              label="2. Vul de code in die de app nu toont"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              maw={340}
              data-autofocus
              {...form.register('code')}
              error={form.formState.errors.code?.message}
            />
          </>
        )}
        <FormError message={formError} />
        <Group justify="space-between">
          <Button variant="default" onClick={annuleren.onClick}>
            {annuleren.label}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting} disabled={start === null}>
            Bevestigen
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
