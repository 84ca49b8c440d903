import type { ExportBron, ExportInput, ExportParameters } from '../../contract/export';
import type { AuthedContext } from '../../core/context';
import { forbidden } from '../../core/errors';
import { exportBestandsnaam, type ExportFormaat } from '../../domain/export-lijsten';
import type { ExportTabel } from '../../domain/export-tabel';
import { EXPORT_BRONNEN, type ExportBronDefinitie } from './bronnen';
import { schrijfCsv } from './csv';
import { klaarMetExport, voortgangVan, zetVoortgang } from './voortgang';
import { schrijfXlsx } from './xlsx';

// Issue 12 · one export: check the role against the bron, build its tables (the list's own
// service result), write the file, and record it in the audit log (the bron, the format and the
// number of rows — never a filter's text or a name). The file is made in memory and returned as
// the answer; it is never written to disk by the backend.

const MIME: Readonly<Record<ExportFormaat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

function tabellenVan<B extends ExportBron>(
  ctx: AuthedContext,
  bron: B,
  parameters: ExportParameters<B>,
): ExportTabel[] {
  const definitie: ExportBronDefinitie<B> = EXPORT_BRONNEN[bron];
  if (!ctx.user.roles.some((r) => definitie.rollen.includes(r))) throw forbidden();
  return definitie.tabellen(ctx, parameters);
}

export async function maakExport(ctx: AuthedContext, input: ExportInput) {
  const sessie = ctx.sessionToken;
  zetVoortgang(sessie, { fase: 'lezen', gedaan: 0, totaal: 0 });
  let bytes: Buffer;
  let tabellen: ExportTabel[];
  try {
    tabellen = tabellenVan(ctx, input.bron, input.parameters);
    bytes =
      input.formaat === 'xlsx'
        ? await schrijfXlsx(tabellen, {
            dag: ctx.today,
            voortgang: (gedaan, totaal) =>
              zetVoortgang(sessie, { fase: 'schrijven', gedaan, totaal }),
          })
        : schrijfCsv(tabellen);
  } finally {
    klaarMetExport(sessie);
  }
  const rijen = tabellen.reduce((n, t) => n + t.rijen.length, 0);
  ctx.tx(() =>
    ctx.audit({
      action: 'export',
      objectType: 'export',
      objectId: null,
      details: `${input.bron} ${input.formaat} ${rijen}`,
    }),
  );
  return {
    fileName: exportBestandsnaam(EXPORT_BRONNEN[input.bron].bestand, ctx.today, input.formaat),
    dataBase64: bytes.toString('base64'),
    mimeType: MIME[input.formaat],
    rijen,
  };
}

/** How far the caller's export is (null when none runs): counts only. */
export function exportVoortgang(ctx: AuthedContext) {
  return voortgangVan(ctx.sessionToken);
}
