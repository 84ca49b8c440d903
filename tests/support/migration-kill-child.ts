// The child of the migration kill tests (issue 11: "a kill during a migration leaves the old or the
// new version, never a mix"). It opens a database at an old schema with the app's own openDatabase
// (all migrations) and so migrates it, and says on stdout (a pipe: synchronous, a line written
// before the kill reaches the parent) where it is:
//   MIGRATING <n>         the backup hook ran: the migrations start after statement n
//   AT <i>                statement i is about to run; the child stops here until it is killed
//   DONE <json>           the open (and so the migration) finished: the statements it ran
// better-sqlite3 calls `verbose` before it runs a statement, so stopping in it at statement i means
// every statement before i has run and i has not. Arguments: database file, hex key, migrations
// folder, and the statement to stop at (0: none).
import fs from 'node:fs';
import { openDatabase } from '../../db/open';

const [file, keyHex, migrationsDir, stopAt] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];
const target = Number(stopAt);
const say = (line: string) => fs.writeSync(1, `${line}\n`);
const statements: string[] = [];

const opened = openDatabase({
  file,
  key: Buffer.from(keyHex, 'hex'),
  migrationsDir,
  beforeMigrate: () => say(`MIGRATING ${statements.length}`),
  verbose: (sql) => {
    statements.push(sql.replace(/\s+/g, ' ').trim().slice(0, 80));
    if (statements.length === target) {
      say(`AT ${target}`);
      // Block here, inside the statement hook, until the parent's SIGKILL arrives.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
  },
});
opened.close();
say(`DONE ${JSON.stringify(statements)}`);
