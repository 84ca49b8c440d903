import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import {
  deskundige,
  directeur,
  makeDocuments,
  secretaresse,
  voorzitter,
  type Actor,
  type Board,
  type World,
} from './actors';
import { newMetrics, ServerClient, type Metrics } from './client';
import { Ledger, ledgerClean } from './ledger';
import { prepareDataFolder, startServer, type Memory, type RunningServer } from './server';
import { figuresPerProcedure, procedureTable } from './stats';
import { verifyLedger } from './verify';

// `npm run load` (issue 13; not part of `npm test`): 50 simulated users on their own sessions do the
// procedure against one TLA server over TLS on 127.0.0.1 for 3 minutes, then every acknowledged
// write is looked up in the database. Prints a table and writes test-results/load.json.
//   npm run load -- --seconden 30 --aanvragen 5000 --denktijd 300 --poll 3000 --uit test-results/load.json

const options = z
  .object({
    seconden: z.coerce.number().int().min(5).max(3600).default(180),
    /** Seeded aanvragen on top of the demo (the bench's seed). */
    aanvragen: z.coerce.number().int().min(0).max(200_000).default(50_000),
    /** Mean think time between two steps of a user (ms). */
    denktijd: z.coerce.number().int().min(0).max(60_000).default(300),
    /** How often a user without work polls werk.mijn (ms). */
    poll: z.coerce.number().int().min(100).max(600_000).default(3000),
    uit: z.string().default('test-results/load.json'),
  })
  .strict();

/** 50 users: 10 secretaresses, 4 voorzitters, 35 deskundigen (orthopedagoog and arts), 1 directeur. */
const POPULATION = { secretaris: 10, voorzitter: 4, deskundige: 35, directeur: 1 } as const;
const FIRST_PASSWORD = 'Vlinder-Kastanje-Havik-93';
const PASSWORD = 'Meeuw-Pastinaak-Duinroos-57';

const log = (line: string): void => void process.stdout.write(`${line}\n`);

async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  fn: (t: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

interface Account {
  readonly role: keyof typeof POPULATION;
  readonly index: number;
  readonly username: string;
  deskundigeId?: number;
}

/** The beheerder creates the 50 accounts (and the pool memberships) over the API. */
async function createAccounts(server: RunningServer, metrics: Metrics): Promise<Account[]> {
  const beheer = new ServerClient(server.port, server.cert, metrics, '127.0.0.2');
  beheer.session = (
    await beheer.call('auth.login', { username: 'beheer', password: DEMO_PASSWORD })
  ).session;
  const accounts: Account[] = [];
  for (const [role, count] of Object.entries(POPULATION) as [keyof typeof POPULATION, number][]) {
    for (let index = 0; index < count; index += 1) {
      const username = `load.${role}${String(index + 1).padStart(2, '0')}`;
      const { id: userId } = await beheer.call('users.create', {
        naam: `Load ${role} ${index + 1}`,
        username,
        password: FIRST_PASSWORD,
        roles: [role],
      });
      const account: Account = { role, index, username };
      if (role === 'deskundige') {
        account.deskundigeId = (
          await beheer.call('pool.create', {
            userId,
            disciplines: index % 2 === 0 ? ['orthopedagoog'] : ['arts'],
            registratie: `BIG-LOAD-${index + 1}`,
            organisatieKeys: [],
            maxOpen: null,
          })
        ).id;
      }
      accounts.push(account);
    }
  }
  beheer.close();
  return accounts;
}

/** Each user logs in from its own address and chooses its own password (the first one must change). */
async function signIn(
  server: RunningServer,
  metrics: Metrics,
  account: Account,
  n: number,
): Promise<ServerClient> {
  const c = new ServerClient(server.port, server.cert, metrics, `127.0.0.${10 + n}`);
  c.session = (
    await c.call('auth.login', { username: account.username, password: FIRST_PASSWORD })
  ).session;
  await c.call('auth.wachtwoordWijzigen', {
    huidig: FIRST_PASSWORD,
    nieuw: PASSWORD,
    herhaling: PASSWORD,
  });
  c.session = (
    await c.call('auth.login', { username: account.username, password: PASSWORD })
  ).session;
  return c;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconden: { type: 'string' },
      aanvragen: { type: 'string' },
      denktijd: { type: 'string' },
      poll: { type: 'string' },
      uit: { type: 'string' },
    },
    strict: true,
  });
  const parsed = options.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(
      `Ongeldige optie: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}\n`,
    );
    process.exit(3);
  }
  const o = parsed.data;

  log(`load: data folder with the demo and ${o.aanvragen} aanvragen …`);
  const t0 = performance.now();
  const { dir, key } = await prepareDataFolder(o.aanvragen);
  const documents = await makeDocuments();
  log(`load: prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s; starting the server …`);
  const server = await startServer(dir, key);
  let stopped = false;
  try {
    const setupMetrics = newMetrics();
    const accounts = await createAccounts(server, setupMetrics);
    const clients = await inBatches(accounts, 5, (a) =>
      signIn(server, setupMetrics, a, accounts.indexOf(a)),
    );
    const schoolGroups = await clients[0]!.call('scholen.list', {});
    const schoolIds = schoolGroups.flatMap((g) => g.scholen.map((s) => s.id)).slice(0, 20);
    log(
      `load: ${accounts.length} users signed in (server on port ${server.port}); running ${o.seconden} s …`,
    );

    const metrics = newMetrics();
    const ledger = new Ledger();
    const board: Board = {
      voorzitter: Array.from({ length: POPULATION.voorzitter }, () => []),
      directeur: [],
    };
    const memoryStart = await server.memory();
    const deadline = performance.now() + o.seconden * 1000;
    const world: World = {
      board,
      ledger,
      schoolIds,
      documents,
      thinkMs: o.denktijd,
      pollMs: o.poll,
      stopping: () => performance.now() >= deadline,
    };
    const started = performance.now();
    const actors = accounts.map((account, i) => {
      const client = clients[i]!;
      client.metrics = metrics;
      client.measuring = true;
      const actor: Actor = {
        client,
        index: account.index,
        ...(account.deskundigeId === undefined ? {} : { deskundigeId: account.deskundigeId }),
      };
      const run = { secretaris: secretaresse, voorzitter, deskundige, directeur }[account.role];
      return run(actor, world);
    });
    // Memory while under load, every 10 s: the highest RSS is reported next to start and end.
    const samples: Memory[] = [];
    const sampler = setInterval(() => {
      void server.memory().then((m) => samples.push(m));
    }, 10_000);
    await Promise.all(actors);
    clearInterval(sampler);
    const elapsed = (performance.now() - started) / 1000;
    const memoryEnd = await server.memory();
    for (const c of clients) c.close();

    const code = await server.stop();
    stopped = true;
    const check = verifyLedger(dir, key, ledger.entries);

    const rows = figuresPerProcedure(metrics.times, metrics.failures);
    const requests = rows.reduce((n, r) => n + r.count + r.errors, 0);
    const errors = [...metrics.codes.values()].reduce((a, b) => a + b, 0);
    log('');
    log(procedureTable(rows));
    log('');
    log(
      `requests: ${requests} in ${elapsed.toFixed(1)} s = ${(requests / elapsed).toFixed(1)} per second`,
    );
    log(
      `errors: ${errors}${errors > 0 ? ` (${[...metrics.codes].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`,
    );
    for (const [what, message] of metrics.examples) log(`  ${what}: ${message}`);
    log(
      `ledger: ${check.checked} acknowledged writes (${Object.entries(check.perKind)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}); ` +
        `lost ${check.missing.length}, doubled ${check.doubled.length}, acknowledged twice ${check.acknowledgedTwice.length}`,
    );
    for (const k of [...check.missing, ...check.doubled, ...check.acknowledgedTwice].slice(0, 20))
      log(`  ${k}`);
    // The highest RSS seen during the run; VmHWM also counts the server's start (migrations, checks).
    const peak = Math.max(memoryStart.rssMb, memoryEnd.rssMb, ...samples.map((s) => s.rssMb));
    const mem = (m: Memory) =>
      `RSS ${m.rssMb} MB, heap ${m.heapUsedMb ?? '?'} / ${m.heapTotalMb ?? '?'} MB`;
    log(
      `server memory: start ${mem(memoryStart)}; end ${mem(memoryEnd)}; highest RSS during the run ${peak} MB (VmHWM since its start ${memoryEnd.peakRssMb} MB)`,
    );
    log(
      `server stopped with exit code ${String(code)}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );

    fs.mkdirSync(path.dirname(o.uit), { recursive: true });
    fs.writeFileSync(
      o.uit,
      JSON.stringify(
        {
          when: new Date().toISOString(),
          node: process.version,
          cpu: os.cpus()[0]?.model,
          cores: os.cpus().length,
          loadAverage: os.loadavg(),
          options: o,
          users: POPULATION,
          seconds: elapsed,
          requests,
          requestsPerSecond: requests / elapsed,
          errors: Object.fromEntries(metrics.codes),
          errorExamples: Object.fromEntries(metrics.examples),
          procedures: rows,
          ledger: check,
          memory: { start: memoryStart, end: memoryEnd, samples, highestRssDuringRunMb: peak },
          serverExitCode: code,
        },
        null,
        2,
      ),
    );
    log(`written to ${o.uit}`);
    if (errors > 0 || !ledgerClean(check)) process.exitCode = 1;
  } finally {
    if (!stopped) await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`load failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
