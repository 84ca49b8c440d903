// One small logger. It never receives personal data: callers pass a procedure name, an error class
// or a count — never input, output, names or file paths of a dossier.
export interface Logger {
  error(event: string, fields?: Readonly<Record<string, string | number | boolean>>): void;
}

export const stderrLogger: Logger = {
  error(event, fields) {
    process.stderr.write(
      `${new Date().toISOString()} ERROR ${event} ${JSON.stringify(fields ?? {})}\n`,
    );
  },
};
