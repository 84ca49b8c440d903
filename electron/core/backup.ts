// Errors of the backups that stop a start (issue 11, item 3). Dutch text a user may read.

/** A migration was pending and the backup before it failed: nothing was migrated. */
export class BackupBeforeMigrationError extends Error {
  readonly dutchMessage: string;
  constructor(reason: string | null) {
    super('backup before migration failed');
    this.name = 'BackupBeforeMigrationError';
    this.dutchMessage =
      'TLA is bijgewerkt en moet de gegevens omzetten, maar maakt dat alleen na een geslaagde back-up, en die lukte niet' +
      (reason === null ? '.' : `: ${reason}`) +
      ' De gegevens zijn niet veranderd. Zorg dat de back-upmap bereikbaar is en start TLA opnieuw.';
  }
}

/**
 * What the start path tells the user when the backend did not start and no recovery is possible:
 * the error's own Dutch message when it has one (DataFolderInUseError, BackupBeforeMigrationError,
 * a damaged backup.json), else a generic sentence (other errors may hold paths).
 */
export function dutchStartMessage(error: unknown): string {
  if (error instanceof Error && 'dutchMessage' in error) {
    const m = (error as { dutchMessage: unknown }).dutchMessage;
    if (typeof m === 'string') return m;
  }
  return 'TLA kon niet starten door een onverwachte fout.';
}
