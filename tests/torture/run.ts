// `npm run torture` (issue 11): nothing acknowledged is ever lost. Not part of `npm test`.
//
// A child process (tests/torture/child.ts, bundled once with esbuild so a restart takes a second,
// not a TypeScript compile) runs the real backend on a data folder with the demo and does mixed
// writes: registrations with PDFs, intake steps, draft advices. Every write it acknowledges is
// recorded here. The child is killed (SIGKILL) at a random moment, started again, and before it
// writes anything this process checks every acknowledged write so far: rows present, documents'
// blobs present with the right length (the new ones also decrypted and hashed), quick_check and the
// audit hash chain. Then a disk-full round (a small tmpfs when this runs as root, else skipped)
// and a corruption round (bytes flipped in copies; reports what a start does with each today).
//
//   npm run torture -- --rounds 1000 [--seed 7] [--max-delay-ms 1500] [--keep]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { databaseKey, openDatabase } from '../../db/open';
import { createBackend } from '../../electron/api/backend';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import { createDocumentStore } from '../../electron/documents/store';
import { verifyAuditChain } from '../../electron/services/audit';
import { draft, type Ack, type ChildConfig } from './ops';

// ---------------------------------------------------------------------------------------------
// Arguments

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}
const ROUNDS = arg('rounds', 1000);
const SEED = arg('seed', Math.floor(Math.random() * 1_000_000));
const MAX_DELAY_MS = arg('max-delay-ms', 2500);
const CORRUPTIONS = arg('corruptions', 3);
const KEEP = process.argv.includes('--keep');

const ROOT = process.cwd();
const BUNDLE_DIR = path.join(ROOT, 'dist', 'torture');
const HEADER_BYTES = 32; // a blob: 'TLA1', IV, GCM tag, then the ciphertext (as long as the plain)

/** Deterministic randomness of the parent (kill moments, which bytes to flip). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(SEED);
const log = (line: string) => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// The child, bundled

async function bundleChild(): Promise<string> {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node' as const,
    target: 'node22',
    logLevel: 'warning' as const,
  };
  await Promise.all([
    build({
      ...common,
      format: 'cjs',
      entryPoints: ['tests/torture/child.ts'],
      outfile: path.join(BUNDLE_DIR, 'child.cjs'),
      external: ['better-sqlite3', 'argon2', 'pdfjs-dist'],
      // As scripts/build-electron.mjs: the PDF workers are found next to the bundle.
      banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
      define: { 'import.meta.url': '__importMetaUrl' },
    }),
    build({
      ...common,
      format: 'esm',
      entryPoints: [
        'electron/documents/extract-worker.mjs',
        'electron/documents/validate-worker.mjs',
      ],
      outdir: BUNDLE_DIR,
      outExtension: { '.js': '.mjs' },
      external: ['pdfjs-dist'],
    }),
  ]);
  return path.join(BUNDLE_DIR, 'child.cjs');
}

interface Running {
  readonly child: ChildProcess;
  /** Resolves with READY, or REFUSED <name> / an exit before READY. */
  readonly ready: Promise<string>;
  readonly exited: Promise<void>;
  readonly acks: Ack[];
  readonly fails: string[];
  /** Called with every ACK as it arrives. */
  onAck?: (ack: Ack) => void;
  onFail?: (line: string) => void;
}

function startChild(script: string, config: ChildConfig, work: string, label: string): Running {
  const configFile = path.join(work, `config-${label}.json`);
  fs.writeFileSync(configFile, JSON.stringify(config));
  const stderr = fs.openSync(path.join(work, 'child-stderr.log'), 'a');
  const child = spawn(process.execPath, [script, configFile], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', stderr],
  });
  fs.closeSync(stderr);
  const running: Running = {
    child,
    acks: [],
    fails: [],
    exited: new Promise((resolve) => child.on('exit', () => resolve())),
    ready: new Promise((resolve) => {
      let buffer = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (line === 'READY' || line.startsWith('REFUSED')) resolve(line);
          else if (line.startsWith('ACK ')) {
            const ack = JSON.parse(line.slice(4)) as Ack;
            running.acks.push(ack);
            running.onAck?.(ack);
          } else if (line.startsWith('FAIL ')) {
            running.fails.push(line.slice(5));
            running.onFail?.(line.slice(5));
          }
        }
      });
      child.on('exit', (code, signal) => resolve(`EXIT ${code ?? signal}`));
    }),
  };
  child.stdin!.on('error', () => undefined); // a killed child closes its stdin
  return running;
}

// ---------------------------------------------------------------------------------------------
// What was acknowledged, and the check of a data folder against it

class Ledger {
  readonly registrations = new Map<number, { naam: string; sha256: string[] }>();
  readonly steps = new Set<string>();
  /** Per `${aanvraagId}/${username}`: the highest acknowledged draft sequence number. */
  readonly drafts = new Map<string, number>();
  count = { register: 0, documents: 0, step: 0, draft: 0 };
  /** Blobs acknowledged since the last full decryption. */
  fresh = new Set<string>();

  add(ack: Ack): void {
    this.count[ack.op] += 1;
    if (ack.op === 'register') {
      this.registrations.set(ack.aanvraagId, { naam: ack.leerlingNaam, sha256: ack.sha256 });
      this.count.documents += ack.sha256.length;
      for (const s of ack.sha256) this.fresh.add(s);
    } else if (ack.op === 'step') {
      this.steps.add(`${ack.aanvraagId}/${ack.event}`);
    } else {
      const k = `${ack.aanvraagId}/${ack.username}`;
      this.drafts.set(k, Math.max(this.drafts.get(k) ?? 0, ack.seq));
    }
  }

  get total(): number {
    return this.count.register + this.count.step + this.count.draft;
  }
}

interface CheckResult {
  readonly losses: string[];
  readonly integrity: string[];
}

/**
 * Checks a data folder against the ledger: every acknowledged row, every blob present and of its
 * length; `decrypt`: which blobs to decrypt and hash ('fresh' ones or 'all'). Read-only.
 * `integrity`: quick_check and the audit chain too — only while no process writes in the folder:
 * a quick_check beside a writer that commits text-index pages reported a passing FTS5 checksum
 * mismatch (seen in a probe: gone once the writer stopped, and the writer's own checks pass).
 */
function check(
  dir: string,
  key: Buffer,
  ledger: Ledger,
  decrypt: 'fresh' | 'all',
  integrityChecks = true,
): CheckResult {
  const losses: string[] = [];
  const integrity: string[] = [];
  let db;
  try {
    db = openDatabase({
      file: path.join(dir, 'tla.sqlite'),
      key: databaseKey(key),
      readonly: true,
    }).sqlite;
  } catch (error) {
    return { losses, integrity: [`open: ${error instanceof Error ? error.name : 'unknown'}`] };
  }
  try {
    if (integrityChecks) {
      const quick = db.pragma('quick_check', { simple: true });
      // What quick_check says is page numbers and structure, no content.
      if (quick !== 'ok') integrity.push(`quick_check: ${String(quick).slice(0, 160)}`);
      const broken = verifyAuditChain(db);
      if (broken !== null) integrity.push(`audit chain breaks at row ${broken}`);
    }

    const aanvraag = db.prepare('SELECT leerling_naam AS naam FROM aanvragen WHERE id = ?');
    const docs = db.prepare('SELECT sha256, size FROM documenten WHERE aanvraag_id = ?');
    const store = createDocumentStore(path.join(dir, 'documents'), key);
    for (const [id, r] of ledger.registrations) {
      const row = aanvraag.get(id) as { naam: string } | undefined;
      if (!row || row.naam !== r.naam) {
        losses.push(`aanvraag ${id}`);
        continue;
      }
      const stored = new Map(
        (docs.all(id) as { sha256: string; size: number }[]).map((d) => [d.sha256, d.size]),
      );
      for (const sha of r.sha256) {
        const size = stored.get(sha);
        if (size === undefined) {
          losses.push(`document row ${sha.slice(0, 12)} of aanvraag ${id}`);
          continue;
        }
        const file = path.join(dir, 'documents', sha.slice(0, 2), `${sha}.bin`);
        const onDisk = fs.existsSync(file) ? fs.statSync(file).size : -1;
        if (onDisk !== HEADER_BYTES + size) {
          losses.push(`blob ${sha.slice(0, 12)} (${onDisk < 0 ? 'missing' : 'wrong length'})`);
          continue;
        }
        if (decrypt === 'all' || ledger.fresh.has(sha)) {
          try {
            const plain = store.get(sha);
            if (createHash('sha256').update(plain).digest('hex') !== sha)
              losses.push(`blob ${sha.slice(0, 12)} (hash)`);
          } catch {
            losses.push(`blob ${sha.slice(0, 12)} (does not decrypt)`);
          }
        }
      }
    }
    const event = db.prepare('SELECT 1 FROM workflow_events WHERE aanvraag_id = ? AND event = ?');
    for (const s of ledger.steps) {
      const [id, ev] = s.split('/') as [string, string];
      if (!event.get(Number(id), ev)) losses.push(`step ${s}`);
    }
    const latestDraft = db.prepare(
      `SELECT a.onderbouwing AS text FROM adviezen a
       JOIN deskundigen d ON d.id = a.deskundige_id JOIN users u ON u.id = d.user_id
       WHERE a.aanvraag_id = ? AND u.username = ? ORDER BY a.version DESC LIMIT 1`,
    );
    for (const [k, seq] of ledger.drafts) {
      const [id, username] = k.split('/') as [string, string];
      const row = latestDraft.get(Number(id), username) as { text: string } | undefined;
      const stored = Number(/^torture-concept (\d+)/.exec(row?.text ?? '')?.[1] ?? -1);
      // A later draft may have committed unacknowledged (killed before its answer): never older.
      if (stored < seq) losses.push(`draft ${k} (${stored} < ${seq})`);
    }
  } finally {
    db.close();
  }
  return { losses, integrity };
}

// ---------------------------------------------------------------------------------------------
// Setup: the demo, and where drafts may be saved

async function setup(dir: string, key: Buffer) {
  fs.mkdirSync(dir, { recursive: true });
  const backend = createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: key,
    logger: { error: () => undefined },
  });
  const call = async (name: string, input: unknown, session?: string) => {
    const r = await backend.dispatch({ name, input, ...(session ? { session } : {}) });
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.data as never;
  };
  const loginAs = async (u: string) =>
    ((await call('auth.login', { username: u, password: DEMO_PASSWORD })) as { session: string })
      .session;
  try {
    await call('setup.loadDemo', {});
    const sll = await loginAs('sll');
    const scholen = (await call('scholen.list', {}, sll)) as { scholen: { id: number }[] }[];
    const schoolId = scholen[0]!.scholen[0]!.id;
    const draftTargets: { username: string; aanvraagId: number }[] = [];
    for (const username of ['ortho1', 'psycho1', 'ortho2', 'arts1', 'mw1']) {
      const s = await loginAs(username);
      const work = (await call(
        'werk.mijn',
        { role: 'deskundige', search: '', offset: 0, limit: 100 },
        s,
      )) as { rows: { id: number }[] };
      for (const row of work.rows) {
        const r = await backend.dispatch({
          name: 'advies.saveDraft',
          session: s,
          input: draft(row.id, 0),
        });
        if (r.ok) draftTargets.push({ username, aanvraagId: row.id });
        if (draftTargets.filter((t) => t.username === username).length >= 2) break;
      }
    }
    await backend.whenIdle();
    return { schoolId, draftTargets };
  } finally {
    backend.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The rounds

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  try {
    os.setPriority(10); // the machine is shared: the children inherit this
  } catch {
    // not permitted: run at the normal priority
  }
  const started = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-torture-'));
  const dir = path.join(work, 'data');
  const key = randomBytes(32);
  log(`TLA torture (issue 11): ${ROUNDS} kills, seed ${SEED}, work folder ${work}`);
  const script = await bundleChild();
  const { schoolId, draftTargets } = await setup(dir, key);
  log(`setup: demo loaded, ${draftTargets.length} places for draft advices`);

  const ledger = new Ledger();
  const steppable = new Set<number>();
  const losses: string[] = [];
  const integrity: string[] = [];
  let killedWithWriteInFlight = 0;
  let generic = 0;
  let round = 0;
  let starts = 0;
  const config = (seed: number, folder: string): ChildConfig => ({
    dir: folder,
    keyHex: key.toString('hex'),
    seed,
    schoolId,
    draftTargets,
    steppable: [...steppable].slice(-200),
    // Each start its own range: a killed run may have used numbers it never acknowledged.
    firstSeq: ++starts * 100_000,
  });
  const record = (ack: Ack) => {
    ledger.add(ack);
    if (ack.op === 'register') steppable.add(ack.aanvraagId);
    if (ack.op === 'step' && ack.event === 'markeer_compleet') steppable.delete(ack.aanvraagId);
  };

  /** Starts the child on `folder`, checks the folder, and returns it running (after GO). */
  async function startAndCheck(folder: string, label: string): Promise<Running | null> {
    const running = startChild(script, config(SEED * 7919 + round, folder), work, label);
    const ready = await running.ready;
    if (ready !== 'READY') {
      integrity.push(`${label}: start ${ready}`);
      return null;
    }
    // After the start (its orphan sweep ran), before any write: the rows and blobs.
    const r = check(folder, key, ledger, 'fresh', false);
    ledger.fresh.clear();
    losses.push(...r.losses.map((l) => `${label}: ${l}`));
    integrity.push(...r.integrity.map((l) => `${label}: ${l}`));
    running.onAck = record;
    running.onFail = (line) => {
      if (line.startsWith('internal')) generic += 1;
    };
    running.child.stdin!.write('GO\n');
    return running;
  }

  for (round = 1; round <= ROUNDS; round += 1) {
    const running = await startAndCheck(dir, `round ${round}`);
    if (!running) break;
    // Half of the kills at a random moment, half a few milliseconds after an acknowledged write
    // (when the next write has just begun).
    if (rnd() < 0.5) {
      await sleep(Math.floor(rnd() * MAX_DELAY_MS));
    } else {
      const target = 1 + Math.floor(rnd() * 4);
      await Promise.race([
        new Promise<void>((resolve) => {
          const before = running.onAck;
          running.onAck = (ack) => {
            before?.(ack);
            if (running.acks.length >= target) resolve();
          };
        }),
        sleep(MAX_DELAY_MS * 4),
      ]);
      await sleep(Math.floor(rnd() * 30));
    }
    running.child.kill('SIGKILL');
    await running.exited;
    if (running.acks.length > 0 || running.fails.length > 0) killedWithWriteInFlight += 1;
    // The folder as the kill left it, no process in it: quick_check and the audit chain.
    const killed = quiescentIntegrity(dir, key);
    integrity.push(...killed.map((l) => `round ${round}, after the kill: ${l}`));
    if (round % 25 === 0 || round === ROUNDS)
      log(
        `  round ${round}: ${ledger.total} acknowledged writes, ${losses.length} losses, ` +
          `${integrity.length} integrity failures`,
      );
    if (losses.length > 0 || integrity.length > 0) {
      log(`  stopped at round ${round}: ${[...losses, ...integrity].slice(0, 5).join('; ')}`);
      break;
    }
  }
  const rounds = Math.min(round, ROUNDS);
  log(
    `kill rounds done: ${rounds} (${losses.length} losses, ${integrity.length} integrity failures)`,
  );

  // The last start, and everything decrypted.
  const last = await startAndCheck(dir, 'final start');
  if (last) {
    last.child.kill('SIGKILL');
    await last.exited;
  }
  const final = check(dir, key, ledger, 'all');
  losses.push(...final.losses.map((l) => `final: ${l}`));
  integrity.push(...final.integrity.map((l) => `final: ${l}`));

  // The corruption round works on copies of the folder as the kills left it; the disk-full round
  // then on a copy of its own (its writes are checked there).
  const corruption = await corruptionRound(work, dir, key, ledger, script, config);
  const killed = { total: ledger.total, ...ledger.count };
  const diskFull = await diskFullRound(work, dir, key, ledger, startAndCheck, record);
  losses.push(...diskFull.losses.map((l) => `disk full: ${l}`));
  integrity.push(...diskFull.integrity.map((l) => `disk full: ${l}`));

  log('');
  log('== figures ==');
  log(`kill rounds (SIGKILL):        ${rounds}`);
  log(`  after writing had begun:    ${killedWithWriteInFlight}`);
  log(
    `acknowledged writes:          ${killed.total} (${killed.register} registrations with ` +
      `${killed.documents} PDFs, ${killed.step} steps, ${killed.draft} drafts)`,
  );
  log(`  and in the disk-full round: ${ledger.total - killed.total}`);
  log(`losses:                       ${losses.length}`);
  for (const l of losses.slice(0, 20)) log(`  - ${l}`);
  log(`integrity failures:           ${integrity.length}`);
  for (const l of integrity.slice(0, 20)) log(`  - ${l}`);
  log(`generic failures (internal):  ${generic}`);
  log(`disk-full round:              ${diskFull.text}`);
  log('corruption round (what a start does today):');
  for (const c of corruption) log(`  - ${c}`);
  log(`time: ${Math.round((Date.now() - started) / 1000)} s`);
  if (KEEP) log(`kept: ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
  process.exitCode = losses.length > 0 || integrity.length > 0 ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Disk full: a tmpfs just larger than the data, filled by the writes; then room is made

async function diskFullRound(
  work: string,
  dir: string,
  key: Buffer,
  ledger: Ledger,
  startAndCheck: (folder: string, label: string) => Promise<Running | null>,
  record: (ack: Ack) => void,
): Promise<{ text: string; losses: string[]; integrity: string[] }> {
  const mnt = path.join(work, 'tmpfs');
  fs.mkdirSync(mnt);
  const used = folderBytes(dir);
  const size = (mb: number) => `size=${Math.ceil(used / 1048576) + mb}m`;
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', size(4), 'tmpfs', mnt]);
  const none = { losses: [], integrity: [] };
  if (mount.status !== 0)
    return { text: 'not run (a tmpfs cannot be mounted here: not root?)', ...none };
  try {
    const folder = path.join(mnt, 'data');
    fs.cpSync(dir, folder, { recursive: true });
    const running = await startAndCheck(folder, 'disk full');
    if (!running) return { text: 'the backend did not start on the copy', ...none };
    let diskFull = 0;
    let other = 0;
    const acksBefore = running.acks.length;
    await new Promise<void>((resolve) => {
      running.onFail = (line) => {
        if (line.startsWith('disk_full')) diskFull += 1;
        else other += 1;
        if (diskFull >= 10) resolve();
      };
      void sleep(180_000).then(() => resolve());
    });
    const filledAfter = running.acks.length - acksBefore;
    const aliveWhenFull = running.child.exitCode === null && running.child.signalCode === null;
    // Room again: the same process must go on writing, without a restart.
    spawnSync('mount', ['-o', `remount,${size(200)}`, mnt]);
    const acksAtRoom = running.acks.length;
    const wrote = await Promise.race([
      new Promise<boolean>((resolve) => {
        running.onAck = (ack) => {
          record(ack);
          resolve(true);
        };
      }),
      sleep(60_000).then(() => false),
    ]);
    void acksAtRoom;
    running.child.kill('SIGKILL');
    await running.exited;
    const after = await startAndCheck(folder, 'disk full, restarted');
    after?.child.kill('SIGKILL');
    if (after) await after.exited;
    const r = check(folder, key, ledger, 'all');
    const text =
      `${filledAfter} writes acknowledged until the disk was full, then ${diskFull} answered ` +
      `disk_full in Dutch and ${other} otherwise; the backend ${aliveWhenFull ? 'kept running' : 'DIED'}; ` +
      `after making room the next write ${wrote ? 'worked without a restart' : 'DID NOT work'}; ` +
      `after a kill and restart ${r.losses.length} losses, ${r.integrity.length} integrity failures`;
    return { text, losses: r.losses, integrity: r.integrity };
  } finally {
    spawnSync('umount', [mnt]);
  }
}

/** quick_check and the audit chain of a folder no process has open. */
function quiescentIntegrity(dir: string, key: Buffer): string[] {
  return check(dir, key, new Ledger(), 'fresh', true).integrity;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    // A tmpfs holds each file in whole 4 KiB pages: count them as the copy will need them.
    if (e.isFile())
      total += Math.ceil(fs.statSync(path.join(e.parentPath, e.name)).size / 4096) * 4096;
  return total;
}

// ---------------------------------------------------------------------------------------------
// Corruption: flipped bytes in copies; what does a start do with them today?

async function corruptionRound(
  work: string,
  dir: string,
  key: Buffer,
  ledger: Ledger,
  script: string,
  config: (seed: number, folder: string) => ChildConfig,
): Promise<string[]> {
  const results: string[] = [];
  const flip = (file: string, from: number, to: number, count: number) => {
    const fd = fs.openSync(file, 'r+');
    try {
      for (let i = 0; i < count; i++) {
        const at = from + Math.floor(rnd() * Math.max(1, to - from));
        const b = Buffer.alloc(1);
        fs.readSync(fd, b, 0, 1, at);
        b[0] = (b[0] as number) ^ 0xff;
        fs.writeSync(fd, b, 0, 1, at);
      }
    } finally {
      fs.closeSync(fd);
    }
  };
  const pageSize = 4096;
  const kinds: { name: string; damage: (folder: string) => boolean }[] = [
    {
      name: 'a page of the database file',
      damage: (f) => {
        const file = path.join(f, 'tla.sqlite');
        const size = fs.statSync(file).size;
        if (size < 3 * pageSize) return false;
        const page = 1 + Math.floor(rnd() * (size / pageSize - 1));
        flip(file, page * pageSize, (page + 1) * pageSize, 16);
        return true;
      },
    },
    {
      name: 'the header of the database file',
      damage: (f) => {
        flip(path.join(f, 'tla.sqlite'), 0, 100, 4);
        return true;
      },
    },
    {
      name: 'the WAL',
      damage: (f) => {
        const file = path.join(f, 'tla.sqlite-wal');
        if (!fs.existsSync(file) || fs.statSync(file).size < 32 + pageSize) return false;
        flip(file, 32, fs.statSync(file).size, 16);
        return true;
      },
    },
    {
      name: 'a document blob',
      damage: (f) => {
        const files = [...ledger.registrations.values()]
          .flatMap((r) => r.sha256)
          .map((sha) => path.join(f, 'documents', sha.slice(0, 2), `${sha}.bin`))
          .filter((file) => fs.existsSync(file));
        const file = files[Math.floor(rnd() * files.length)];
        if (!file) return false;
        flip(file, HEADER_BYTES, fs.statSync(file).size, 1);
        return true;
      },
    },
  ];
  for (const kind of kinds) {
    const outcomes = new Map<string, number>();
    for (let i = 0; i < CORRUPTIONS; i++) {
      const folder = path.join(work, `corrupt-${kinds.indexOf(kind)}-${i}`);
      fs.cpSync(dir, folder, { recursive: true });
      if (!kind.damage(folder)) {
        outcomes.set('not applicable', (outcomes.get('not applicable') ?? 0) + 1);
        continue;
      }
      const running = startChild(script, config(i, folder), work, `corrupt-${i}`);
      const ready = await running.ready;
      let outcome: string;
      running.child.kill('SIGKILL');
      await running.exited;
      if (ready === 'READY') {
        const r = check(folder, key, ledger, 'all');
        outcome =
          r.losses.length + r.integrity.length === 0
            ? 'started, every acknowledged write whole'
            : `started SILENTLY with ${r.losses.length} acknowledged writes lost or damaged` +
              (r.integrity.length ? ` and ${r.integrity.join(', ')}` : '');
      } else {
        outcome = `refused at start (${ready.replace(/^REFUSED /, '')})`;
      }
      fs.rmSync(folder, { recursive: true, force: true });
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    results.push(
      `${kind.name}: ${[...outcomes].map(([o, n]) => `${n}/${CORRUPTIONS} ${o}`).join('; ')}`,
    );
  }
  return results;
}

void main();
