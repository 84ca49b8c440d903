// What can stop the backend from starting on a data folder, as errors the start path can tell apart
// (issue 11). Each carries Dutch text a user may read: no path, no SQL, no personal data. The start
// path (electron/main/lifecycle.ts, electron/http/serve.ts) shows a StartupIntegrityError on the
// recovery screen with the restore of a backup, and a DataFolderInUseError as a plain message.

/** One thing found wrong with the data at start. */
export interface IntegrityProblem {
  readonly kind:
    | 'database_corrupt' // quick_check failed, a page or header damaged, or the key does not open it
    | 'commits_missing' // the last acknowledged commit (kept outside the database) is not in it
    | 'document_missing' // a current document's blob is not in the document store
    | 'document_damaged'; // a blob has the wrong length, or fails its hash or decryption
  /** Dutch, for the user: what is wrong, e.g. "3 documenten ontbreken in de documentopslag." */
  readonly message: string;
  /**
   * For document_missing and document_damaged: the hashes of the blobs (no name, no personal
   * data), so the recovery mode can take just those from the backup.
   */
  readonly blobs?: readonly string[];
}

/** The data folder failed a check at start; the backend did not start and wrote nothing. */
export class StartupIntegrityError extends Error {
  constructor(readonly problems: readonly IntegrityProblem[]) {
    super('startup integrity check failed');
    this.name = 'StartupIntegrityError';
  }
}

/** Another TLA process has this data folder open; this one touched nothing. */
export class DataFolderInUseError extends Error {
  readonly dutchMessage =
    'TLA is al geopend op deze computer (of een ander programma gebruikt de gegevensmap). Sluit het andere venster en probeer het opnieuw.';
  constructor() {
    super('data folder in use');
    this.name = 'DataFolderInUseError';
  }
}
