import { Button, Loader, Menu } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { InputOf, OutputOf } from '../../electron/contract';
import {
  EXPORT_FORMAAT_LABELS,
  EXPORT_FORMATEN,
  type ExportFormaat,
} from '../../electron/domain/export-lijsten';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';
import { base64ToBytes, downloadBytes } from '../lib/files';
import { MessageDialog } from './MessageDialog';

type ExportInput = InputOf<'export.maak'>;
type Voortgang = OutputOf<'export.voortgang'>;

/** How often the button asks how far the export is. */
const VOORTGANG_MS = 300;

/** The button's text while the file is made: the share of the rows written, once known. */
export function voortgangTekst(v: Voortgang): { kort: string; lang: string } {
  if (v === null || v.fase === 'lezen' || v.totaal === 0)
    return { kort: 'Export wordt gemaakt…', lang: 'Export wordt gemaakt: de lijst wordt gelezen.' };
  const procent = Math.floor((v.gedaan / v.totaal) * 100);
  return {
    kort: `Export wordt gemaakt… ${procent}%`,
    lang: `Export wordt gemaakt: ${v.gedaan.toLocaleString('nl-NL')} van ${v.totaal.toLocaleString('nl-NL')} regels geschreven.`,
  };
}
/** What to export (a bron with the screen's filters): the procedure's input without the format. */
export type ExportVraag = ExportInput extends infer I
  ? I extends ExportInput
    ? Omit<I, 'formaat'>
    : never
  : never;

interface Props {
  /** The bron and the screen's filters as they are now; null while the screen has none yet. */
  vraag: ExportVraag | null;
}

/**
 * Issue 12: "Exporteren" with a choice of Excel (.xlsx) or CSV for Dutch Excel. The backend makes
 * the file from the list's own data (with the screen's filters) and logs the export; the file is
 * offered as a download (in the app: Electron's save dialog). While it is made the button says so.
 */
export function ExportKnop({ vraag }: Props) {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const [gemaakt, setGemaakt] = useState('');
  const [voortgang, setVoortgang] = useState<Voortgang>(null);

  // While the file is made: ask how far it is (the backend answers between blocks of rows).
  useEffect(() => {
    if (!bezig) return;
    let actief = true;
    const timer = setInterval(() => {
      call('export.voortgang', {}).then(
        (v) => {
          if (actief) setVoortgang(v);
        },
        () => undefined,
      );
    }, VOORTGANG_MS);
    return () => {
      actief = false;
      clearInterval(timer);
      setVoortgang(null);
    };
  }, [bezig]);
  const tekst = voortgangTekst(voortgang);

  const maak = (formaat: ExportFormaat) => {
    if (vraag === null) return;
    setBezig(true);
    setGemaakt('');
    call('export.maak', { ...vraag, formaat }).then(
      (r) => {
        setBezig(false);
        downloadBytes(base64ToBytes(r.dataBase64), r.fileName, r.mimeType);
        setGemaakt(
          `Export gemaakt: ${r.rijen === 1 ? '1 regel' : `${r.rijen.toLocaleString('nl-NL')} regels`} in ${r.fileName}.`,
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
      <Menu
        position="bottom-end"
        withinPortal
        withInitialFocusPlaceholder={false}
        disabled={bezig || vraag === null}
      >
        <Menu.Target>
          <Button
            variant="light"
            disabled={vraag === null || bezig}
            leftSection={bezig ? <Loader size={14} aria-hidden="true" /> : undefined}
            rightSection={bezig ? undefined : <span aria-hidden="true">▾</span>}
          >
            {bezig ? tekst.kort : 'Exporteren'}
          </Button>
        </Menu.Target>
        <Menu.Dropdown aria-label="Exporteren als">
          {EXPORT_FORMATEN.map((f) => (
            <Menu.Item key={f} onClick={() => maak(f)}>
              {EXPORT_FORMAAT_LABELS[f]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <span role="status" className="tla-visually-hidden">
        {bezig ? tekst.lang : gemaakt}
      </span>
      {fout !== null && (
        <MessageDialog
          title="Exporteren is niet gelukt"
          color="orange"
          onClose={() => setFout(null)}
        >
          {fout}
        </MessageDialog>
      )}
    </>
  );
}
