import { Button, Loader, Tooltip } from '@mantine/core';
import { useId, useState } from 'react';
import { periodOf } from '../../../electron/domain/doorlooptijd';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { MessageDialog } from '../../components/MessageDialog';
import { base64ToBytes, downloadBytes } from '../../lib/files';

interface Props {
  /** A day of the school year to report on; null while the screen has no period. */
  datum: string | null;
  /** Whether the chosen period is that school year itself (else: the one the period ends in). */
  isSchooljaar: boolean;
}

/**
 * Issue 12: "Jaarverslag (PDF)". The backend makes the PDF of a school year (kengetallen, a table
 * per board, the charts) and logs it; the file is offered as a download. The school year is that
 * of the chosen period, or the one the period ends in; the button names it and its tooltip says why.
 */
export function JaarverslagKnop({ datum, isSchooljaar }: Props) {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const [gemaakt, setGemaakt] = useState('');
  const uitlegId = useId();
  const jaar = datum === null ? null : periodOf(datum, 'schooljaar');
  const jaren = jaar === null ? '' : `${jaar.from.slice(0, 4)}-${jaar.to.slice(0, 4)}`;
  const uitleg =
    jaar === null
      ? 'Kies eerst een periode.'
      : isSchooljaar
        ? `Het jaarverslag van ${jaar.label} als PDF: de kengetallen, een tabel per schoolbestuur en de grafieken.`
        : `Het jaarverslag van ${jaar.label}, het schooljaar waarin de gekozen periode eindigt, als PDF.`;

  const maak = () => {
    if (datum === null) return;
    setBezig(true);
    setGemaakt('');
    call('rapportage.jaarverslag', { datum }).then(
      (r) => {
        setBezig(false);
        downloadBytes(base64ToBytes(r.dataBase64), r.fileName, r.mimeType);
        setGemaakt(`Jaarverslag gemaakt: ${r.fileName}.`);
      },
      (e: unknown) => {
        setBezig(false);
        setFout(errorMessage(e));
      },
    );
  };

  return (
    <>
      <Tooltip label={uitleg} withArrow openDelay={300} multiline w={280}>
        <Button
          variant="light"
          onClick={maak}
          disabled={datum === null || bezig}
          aria-describedby={uitlegId}
          leftSection={bezig ? <Loader size={14} aria-hidden="true" /> : undefined}
        >
          {bezig ? 'Jaarverslag wordt gemaakt…' : `Jaarverslag ${jaren} (PDF)`}
        </Button>
      </Tooltip>
      <span id={uitlegId} className="tla-visually-hidden">
        {uitleg}
      </span>
      <span role="status" className="tla-visually-hidden">
        {bezig ? 'Jaarverslag wordt gemaakt…' : gemaakt}
      </span>
      {fout !== null && (
        <MessageDialog
          title="Het jaarverslag is niet gemaakt"
          color="orange"
          onClose={() => setFout(null)}
        >
          {fout}
        </MessageDialog>
      )}
    </>
  );
}
