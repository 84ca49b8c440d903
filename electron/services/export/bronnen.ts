import type { ExportBron, ExportParameters } from '../../contract/export';
import type { AuthedContext } from '../../core/context';
import { alleAanvragenTabel, termijnenTabellen } from '../../domain/export-lijsten';
import type { ExportTabel } from '../../domain/export-tabel';
import { OFFICE_ROLES, type Role } from '../../domain/types';
import { alleAanvragenLijst } from '../alle-aanvragen';
import { termijnenDashboard } from '../dashboard';
import { registerExportTabellen } from '../tlv-register';
import { rapportageExportTabellen } from '../rapportage';

// Issue 12 · what can be exported. Each bron names who may export it (never deskundigen: an
// export is a list of many dossiers, and need-to-know gives a deskundige only their own), and
// builds its tables from the same service function its screen calls, so the file holds what the
// list holds — the same rows, the same filters, the same need-to-know — and no advice text.
//
// A new bron: its parameters in contract/export.ts (one line in the union), then one entry here;
// the compiler asks for it.

export interface ExportBronDefinitie<B extends ExportBron> {
  /** The part of the file name after 'tlv-': tlv-<bestand>-<jjjj-mm-dd>.xlsx. */
  readonly bestand: string;
  /** Who may export it (at least as narrow as the list's own procedure). */
  readonly rollen: readonly Role[];
  /** The tables of the file, built from the list's own service result. */
  readonly tabellen: (ctx: AuthedContext, parameters: ExportParameters<B>) => ExportTabel[];
}

export const EXPORT_BRONNEN: { readonly [B in ExportBron]: ExportBronDefinitie<B> } = {
  'alle-aanvragen': {
    bestand: 'alle-aanvragen',
    rollen: OFFICE_ROLES,
    tabellen: (ctx, filters) => [alleAanvragenTabel(alleAanvragenLijst(ctx, filters))],
  },
  termijnen: {
    bestand: 'termijnen',
    rollen: OFFICE_ROLES,
    tabellen: (ctx, { periode, lijst }) => {
      const d = termijnenDashboard(ctx, periode);
      return termijnenTabellen({ lijst, rijen: d.rows, current: d.current, previous: d.previous });
    },
  },
  // The TLV register in the form a receiving SO/SBO school needs for its registration with DUO.
  'tlv-register': {
    bestand: 'register',
    rollen: OFFICE_ROLES,
    tabellen: (ctx, filter) => registerExportTabellen(ctx, filter),
  },
  // A report: its kengetallen in total and per group, the opschortingen and the TLVs ending.
  rapportage: {
    bestand: 'rapportage',
    rollen: OFFICE_ROLES,
    tabellen: (ctx, vraag) => rapportageExportTabellen(ctx, vraag),
  },
};
