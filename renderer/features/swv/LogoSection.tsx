import { Alert, Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { OutputOf } from '../../../electron/contract';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { Section } from '../../components/Section';
import { LogoFout, logoAlsPng } from './logoBestand';
import classes from './Swv.module.css';

type Logo = OutputOf<'swv.get'>['logo'];

/**
 * The logo in the letterhead: chosen (PNG, or SVG drawn to a PNG here), checked and saved at once by
 * the backend, shown as it will stand on a letter (top right, in its box), and removable.
 */
export function LogoSection({ logo, onChanged }: { logo: Logo; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const [gedaan, setGedaan] = useState<string | null>(null);

  const kies = async (file: File | null): Promise<void> => {
    if (file === null) return;
    setBusy(true);
    setFout(null);
    setGedaan(null);
    try {
      const pngBase64 = await logoAlsPng(file);
      const maat = await call('swv.logoZetten', { pngBase64 });
      setGedaan(
        `Het logo is opgeslagen (${maat.breedte} × ${maat.hoogte} pixels). Het staat in het briefhoofd van elke nieuwe brief.`,
      );
      onChanged();
    } catch (e) {
      setFout(e instanceof LogoFout ? e.message : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const verwijder = async (): Promise<void> => {
    setBusy(true);
    setFout(null);
    setGedaan(null);
    try {
      await call('swv.logoVerwijderen', {});
      setGedaan('Het logo is verwijderd. Nieuwe brieven hebben geen logo.');
      onChanged();
    } catch (e) {
      setFout(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title="Logo">
      <Text size="sm" c="dimmed">
        Een PNG- of SVG-bestand van hoogstens 1 MB. Het logo staat rechtsboven op elke brief, de
        TLV-verklaring en de notulen, verkleind tot het vak hieronder; de verhouding blijft gelijk.
        Een gekozen logo wordt meteen opgeslagen.
      </Text>
      <Group align="flex-start" gap="lg">
        <div className={classes.logoVak}>
          {logo === null ? (
            <Text size="sm" c="dimmed">
              Geen logo
            </Text>
          ) : (
            <Image
              src={`data:image/png;base64,${logo.pngBase64}`}
              alt="Logo van het samenwerkingsverband"
              fit="contain"
              h="100%"
              w="100%"
            />
          )}
        </div>
        <Stack gap="xs">
          <FileButton onChange={(f) => void kies(f)} accept="image/png,image/svg+xml,.png,.svg">
            {(props) => (
              <Button {...props} type="button" variant="light" loading={busy}>
                {logo === null ? 'Logo kiezen' : 'Ander logo kiezen'}
              </Button>
            )}
          </FileButton>
          {logo !== null && (
            <Button
              type="button"
              variant="default"
              onClick={() => void verwijder()}
              disabled={busy}
            >
              Logo verwijderen
            </Button>
          )}
          {logo !== null && (
            <Text size="xs" c="dimmed">
              {logo.breedte} × {logo.hoogte} pixels
            </Text>
          )}
        </Stack>
      </Group>
      {gedaan !== null && (
        <Alert color="green" role="status">
          {gedaan}
        </Alert>
      )}
      {fout !== null && (
        <Alert color="red" role="alert">
          {fout}
        </Alert>
      )}
    </Section>
  );
}
