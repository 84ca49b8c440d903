// What the checks at start conclude (issue 11, "corruption is never silent"), as pure rules: when the
// head of the audit chain kept outside the database counts as present, which rows the quick check of
// the chain walks, and the Dutch sentences that name what is wrong. The I/O is in
// services/integriteit.ts, services/audit-head.ts and documents/check.ts.

/** The kinds of core/integrity.ts `IntegrityProblem` (kept here too: the domain imports nothing). */
export type IntegrityKind =
  'database_corrupt' | 'commits_missing' | 'document_missing' | 'document_damaged';

export interface Problem {
  readonly kind: IntegrityKind;
  readonly message: string;
}

/** The last row of the audit chain: its id and hash (no personal data). Id 0: an empty chain. */
export interface AuditHead {
  readonly id: number;
  readonly hash: string;
}

/**
 * The head named outside the database against the row the database holds at that id. The outside
 * head may lag (it is written after the commit, without fsync), so a database with more rows is
 * fine; a database that lacks the named row, or holds another row there, lost acknowledged commits.
 */
export function headVerdict(
  named: AuditHead,
  rowAtId: AuditHead | null,
): 'present' | 'missing' | 'different' {
  if (named.id === 0) return 'present';
  if (rowAtId === null) return 'missing';
  return rowAtId.hash === named.hash ? 'present' : 'different';
}

/** How many rows before the named head the check at start walks (the full walk runs afterwards). */
export const AUDIT_START_WINDOW = 1000;

/** The first id the quick walk of the chain checks: a window before the named head, at least 1. */
export function auditWindowStart(namedId: number, window = AUDIT_START_WINDOW): number {
  return Math.max(1, namedId - window + 1);
}

export function headProblem(verdict: 'missing' | 'different'): Problem {
  return verdict === 'missing'
    ? {
        kind: 'commits_missing',
        message:
          'De laatste wijzigingen die in TLA zijn opgeslagen, ontbreken in het gegevensbestand. Het bestand is beschadigd geraakt, bijvoorbeeld door een stroomstoring of een defecte schijf.',
      }
    : {
        kind: 'commits_missing',
        message:
          'Het gegevensbestand van TLA is anders dan na de laatste wijziging: wijzigingen zijn verloren gegaan of buiten TLA om aangepast.',
      };
}

export const CHAIN_BROKEN: Problem = {
  kind: 'database_corrupt',
  message:
    'Het logboek van TLA (wie wanneer iets deed) klopt niet meer: het gegevensbestand is beschadigd of buiten TLA om aangepast.',
};

export const DATABASE_DAMAGED: Problem = {
  kind: 'database_corrupt',
  message:
    'Het gegevensbestand van TLA is beschadigd, bijvoorbeeld door een defecte schijf of een stroomstoring, en kan niet veilig worden geopend.',
};

export const DATABASE_UNREADABLE: Problem = {
  kind: 'database_corrupt',
  message:
    'Het gegevensbestand van TLA kan niet worden gelezen: het is beschadigd, of het hoort bij een andere computer (een andere sleutel).',
};

/** Blobs per kind of row that names them. */
export interface BlobCount {
  readonly documenten: number;
  readonly brieven: number;
  readonly notulen: number;
}

export const NO_BLOBS: BlobCount = { documenten: 0, brieven: 0, notulen: 0 };

export const blobTotal = (c: BlobCount): number => c.documenten + c.brieven + c.notulen;

/** "3 documenten, 1 brief en 2 verslagen van een vergadering" (only the kinds that occur). */
export function dutchBlobCount(c: BlobCount): string {
  const parts = [
    c.documenten > 0 ? `${c.documenten} ${c.documenten === 1 ? 'document' : 'documenten'}` : null,
    c.brieven > 0 ? `${c.brieven} ${c.brieven === 1 ? 'brief' : 'brieven'}` : null,
    c.notulen > 0
      ? `${c.notulen} ${c.notulen === 1 ? 'verslag' : 'verslagen'} van een vergadering`
      : null,
  ].filter((p): p is string => p !== null);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1] as string}`;
}

/** The Dutch problems for blobs missing from or damaged in the document store (none: []). */
export function blobProblems(missing: BlobCount, damaged: BlobCount): Problem[] {
  const problems: Problem[] = [];
  const one = (c: BlobCount) => blobTotal(c) === 1;
  if (blobTotal(missing) > 0)
    problems.push({
      kind: 'document_missing',
      message: `${dutchBlobCount(missing)} ${one(missing) ? 'ontbreekt' : 'ontbreken'} in de documentopslag.`,
    });
  if (blobTotal(damaged) > 0)
    problems.push({
      kind: 'document_damaged',
      message: `${dutchBlobCount(damaged)} in de documentopslag ${one(damaged) ? 'is' : 'zijn'} beschadigd of onvolledig.`,
    });
  return problems;
}

/** What a reader is told when the file they open is missing or damaged in the store. */
export const BLOB_UNREADABLE_MESSAGE = {
  missing:
    'Dit bestand ontbreekt in de documentopslag en kan niet worden geopend. Meld dit aan de functioneel beheerder: die kan het document uit de back-up terugzetten.',
  damaged:
    'Dit bestand is beschadigd in de documentopslag en kan niet worden geopend. Meld dit aan de functioneel beheerder: die kan het document uit de back-up terugzetten.',
} as const;
