// Rules for the documents of a dossier that are not about their bytes (those are checked in
// documents/pdf-validate): the document date and a correction of kind or date.
import { compareIsoDates, formatDutchDate } from './calendar';
import type { DocumentKind, IsoDate } from './types';

/**
 * The date on a document (of a report, a plan) lies on or before the day it is recorded: a date in
 * the future is a typing error (a year or a day and month swapped). Null when the date is fine or
 * not given.
 */
export function documentDatumProblem(documentDate: IsoDate | null, today: IsoDate): string | null {
  if (documentDate === null || compareIsoDates(documentDate, today) <= 0) return null;
  return `De documentdatum ${formatDutchDate(documentDate)} ligt in de toekomst. Controleer de datum op het document.`;
}

/** What a correction changes: the kind, the date, or both. */
export interface DocumentCorrectie {
  readonly kind?: DocumentKind | undefined;
  /** A new date, or null to remove a wrong one; absent: unchanged. */
  readonly documentDate?: IsoDate | null | undefined;
}

/** The fields a correction really changes, each with its old and new value (as stored, text). */
export function documentCorrectieVelden(
  current: { readonly kind: DocumentKind; readonly documentDate: IsoDate | null },
  correctie: DocumentCorrectie,
): { veld: 'kind' | 'documentDate'; oud: string | null; nieuw: string | null }[] {
  const changes: { veld: 'kind' | 'documentDate'; oud: string | null; nieuw: string | null }[] = [];
  if (correctie.kind !== undefined && correctie.kind !== current.kind)
    changes.push({ veld: 'kind', oud: current.kind, nieuw: correctie.kind });
  if (correctie.documentDate !== undefined && correctie.documentDate !== current.documentDate)
    changes.push({
      veld: 'documentDate',
      oud: current.documentDate,
      nieuw: correctie.documentDate,
    });
  return changes;
}

/** A PDF's header "%PDF-" may be preceded by junk; readers accept it within the first 1024 bytes. */
export const PDF_HEADER_WINDOW = 1024;
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Whether the first bytes of a file (at least PDF_HEADER_WINDOW of them, if it has so many) hold the PDF header. */
export function hasPdfHeader(head: Uint8Array): boolean {
  const end = Math.min(head.length, PDF_HEADER_WINDOW) - PDF_HEADER.length;
  for (let i = 0; i <= end; i += 1) {
    if (PDF_HEADER.every((b, j) => head[i + j] === b)) return true;
  }
  return false;
}
