import { Button, List, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { FormDialog } from '../../components/FormDialog';
import { base64ToBytes, downloadBytes } from '../../lib/files';
import { formatDate } from '../../lib/format';
import type { RadarRow } from './columns';

/** 'op 31-07-2027' or 'tussen 31-01-2027 en 31-07-2027'. */
function eindenTekst(rows: readonly RadarRow[]): string {
  const einden = rows.map((r) => r.einddatum).sort();
  const eerste = einden[0] ?? '';
  const laatste = einden[einden.length - 1] ?? '';
  return eerste === laatste
    ? `op ${formatDate(eerste)}`
    : `tussen ${formatDate(eerste)} en ${formatDate(laatste)}`;
}

/**
 * §8 for the many TLVs that end on one 31 July: the letters to every school not yet informed, in
 * one step. Each letter goes into its pupil's dossier, recorded as sent today; the SLL gets them as
 * one PDF to print. What a colleague did meanwhile is skipped by the backend.
 */
export function EindbrievenKnop({
  open,
  onDone,
}: {
  /** The TLVs on the radar whose school has not been informed yet. */
  open: readonly RadarRow[];
  onDone: (tekst: string) => void;
}) {
  const [opened, setOpened] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  if (open.length < 2) return null;
  const maak = (): void => {
    setBezig(true);
    setFout(null);
    call('tlvRegister.eindbrieven', { tlvIds: open.map((r) => r.id) }).then(
      (r) => {
        setBezig(false);
        setOpened(false);
        if (r.pdf !== undefined)
          downloadBytes(base64ToBytes(r.pdf.dataBase64), r.pdf.fileName, 'application/pdf');
        const gemaakt =
          r.gemaakt === 1 ? '1 brief is gemaakt' : `${r.gemaakt} brieven zijn gemaakt`;
        const overgeslagen =
          r.overgeslagen === 0
            ? ''
            : ` ${r.overgeslagen} ${r.overgeslagen === 1 ? 'TLV was' : 'TLV’s waren'} intussen al afgehandeld en ${r.overgeslagen === 1 ? 'is' : 'zijn'} overgeslagen.`;
        onDone(
          r.gemaakt === 0
            ? `Er was geen brief meer te maken.${overgeslagen}`
            : `${gemaakt} en als vandaag verzonden vastgelegd, elk in het dossier van de leerling. De brieven staan samen in één PDF om te printen (gedownload).${overgeslagen}`,
        );
      },
      (e: unknown) => {
        setBezig(false);
        setFout(errorMessage(e));
      },
    );
  };
  return (
    <>
      <Button size="compact-sm" variant="light" onClick={() => setOpened(true)}>
        Brieven maken voor alle {open.length}
      </Button>
      <FormDialog
        opened={opened}
        title="Brieven einde TLV maken"
        intro={`TLA maakt ${open.length} brieven aan de scholen van de leerlingen wier TLV ${eindenTekst(open)} afloopt en waarvan de school nog niet is geïnformeerd.`}
        submitLabel={`${open.length} brieven maken`}
        submitting={bezig}
        formError={fout}
        onSubmit={(e) => {
          e.preventDefault();
          maak();
        }}
        onClose={() => setOpened(false)}
        size="md"
      >
        <List size="sm" spacing={4}>
          <List.Item>Elke brief komt in het dossier van de leerling.</List.Item>
          <List.Item>TLA legt vast dat de brieven vandaag zijn verzonden.</List.Item>
          <List.Item>U krijgt alle brieven samen in één PDF om te printen.</List.Item>
        </List>
        <Text size="xs" c="dimmed">
          Lukt het maken van één brief niet, dan wordt er niets vastgelegd.
        </Text>
      </FormDialog>
    </>
  );
}
