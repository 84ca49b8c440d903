/**
 * The better-sqlite3 binding built for Electron by `npm start` (architecture decision 11).
 * Only honoured in an unpackaged app: a packaged app has its own rebuilt module, and loading a
 * native file named by an environment variable would undo what the fuses lock down.
 */
export function sqliteBindingFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): string | undefined {
  if (isPackaged) return undefined;
  const binding = env['TLA_SQLITE_BINDING'];
  return binding !== undefined && binding !== '' ? binding : undefined;
}
