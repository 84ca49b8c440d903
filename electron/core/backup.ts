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
