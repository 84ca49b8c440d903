// The torture test's child (issue 11, `npm run torture`): a real backend on the torture's data
// folder that does mixed writes until it is killed. It prints one line per event on stdout, which
// is a pipe (synchronous on Linux, so a line written before the kill reaches the parent):
//   READY                 the backend opened the folder (start checks, migrations, orphan sweep)
//   REFUSED <name>        the backend did not open (the error's class); the child exits 3
//   ACK <json>            a write answered ok: the parent records it as acknowledged
//   FAIL <code> <op>      a write answered not ok (e.g. disk_full in the disk-full round)
// It waits for "GO" on stdin before the first write, so the parent can check the folder first.
// Argument: the path of a JSON file with the ChildConfig.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/api/backend';
import type { Backend } from '../../electron/contract/envelope';
import { demoLvs, demoOpp, demoScan } from '../../electron/demo/pdfs';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import { registration } from '../support/fixtures';
import { draft, type Ack, type ChildConfig } from './ops';

/** A small deterministic generator (mulberry32), so a run can be repeated from its seed. */
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

const say = (line: string) => process.stdout.write(`${line}\n`);

async function session(backend: Backend, username: string): Promise<string> {
  const r = await backend.dispatch({
    name: 'auth.login',
    input: { username, password: DEMO_PASSWORD },
  });
  if (!r.ok) throw new Error(`login ${username} failed`);
  return (r.data as { session: string }).session;
}

async function main(): Promise<void> {
  const config = JSON.parse(fs.readFileSync(process.argv[2] as string, 'utf8')) as ChildConfig;
  let backend: Backend;
  try {
    backend = createBackend({
      dbPath: path.join(config.dir, 'tla.sqlite'),
      documentsDir: path.join(config.dir, 'documents'),
      documentKey: Buffer.from(config.keyHex, 'hex'),
      warmPdfWorkers: true, // as the app: the first write does not wait for pdf.js
      // Only the event and the error class, as the backend logs them.
      logger: {
        error: (event, fields) => process.stderr.write(`${event} ${JSON.stringify(fields)}\n`),
      },
    });
  } catch (error) {
    say(`REFUSED ${error instanceof Error ? error.name : 'unknown'}`);
    process.exit(3);
  }
  const rnd = random(config.seed);
  const sll = await session(backend, 'sll');
  const sessions = new Map<string, string>();
  for (const t of config.draftTargets)
    if (!sessions.has(t.username)) sessions.set(t.username, await session(backend, t.username));
  const steppable = [...config.steppable];
  let seq = config.firstSeq;
  // pdf-lib's first document (fonts, tables) before READY, so writes begin soon after GO.
  const warm = { naam: 'Warm', geboortedatum: '2016-01-01', groep: 5 };
  await demoOpp({ leerling: warm, school: { naam: 'S' }, datum: '2026-09-01', seed: 0 });
  say('READY');
  await new Promise<void>((resolve) => {
    process.stdin.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('GO')) resolve();
    });
  });

  for (;;) {
    const roll = rnd();
    if (roll < 0.45 || steppable.length === 0) {
      // A registration with one to three PDFs of the demo (a text PDF, an OPP, a scan).
      seq += 1;
      const leerlingNaam = `Torture Kind ${seq}`;
      const leerling = { naam: leerlingNaam, geboortedatum: '2016-01-01', groep: 5 };
      const p = { leerling, school: { naam: 'School' }, datum: '2026-09-01', seed: seq };
      const count = 1 + Math.floor(rnd() * 3);
      const makers = [
        () => demoOpp(p),
        () => demoLvs(p),
        () => demoScan(p, 1 + Math.floor(rnd() * 6)),
      ];
      const pdfs = await Promise.all(makers.slice(0, count).map((m) => m()));
      const documents = pdfs.map((bytes, k) => ({
        kind: k === 0 ? ('opp' as const) : ('lvs' as const),
        fileName: `torture-${seq}-${k}.pdf`,
        documentDate: '2026-09-01',
        dataBase64: Buffer.from(bytes).toString('base64'),
      }));
      const sha256 = pdfs.map((b) => createHash('sha256').update(b).digest('hex'));
      const r = await backend.dispatch({
        name: 'aanvraag.register',
        session: sll,
        input: registration(config.schoolId, {
          leerlingNaam,
          leerlingGeboortedatum: '2016-01-01',
          schoolsoort: 'SBO',
          categorie: null,
          oudersNaam: 'Fam. Torture',
          documents,
        }),
      });
      if (!r.ok) {
        say(`FAIL ${r.error.code} register`);
        continue;
      }
      const aanvraagId = (r.data as { id: number }).id;
      const ack: Ack = { op: 'register', aanvraagId, leerlingNaam, sha256 };
      say(`ACK ${JSON.stringify(ack)}`);
      steppable.push(aanvraagId);
    } else if (roll < 0.75) {
      // The next intake step of one of the registrations: start the check, or declare it complete.
      const index = Math.floor(rnd() * steppable.length);
      const aanvraagId = steppable[index] as number;
      const get = await backend.dispatch({
        name: 'aanvraag.get',
        session: sll,
        input: { aanvraagId },
      });
      const actions = get.ok
        ? (get.data as { actions: { event: string }[] }).actions.map((a) => a.event)
        : [];
      const event = actions.includes('start_controle')
        ? ('start_controle' as const)
        : actions.includes('markeer_compleet')
          ? ('markeer_compleet' as const)
          : null;
      if (!event) {
        steppable.splice(index, 1);
        continue;
      }
      const r = await backend.dispatch({
        name: event === 'start_controle' ? 'aanvraag.startControle' : 'aanvraag.markComplete',
        session: sll,
        input: { aanvraagId },
      });
      if (!r.ok) {
        say(`FAIL ${r.error.code} step`);
        continue;
      }
      const ack: Ack = { op: 'step', aanvraagId, event };
      say(`ACK ${JSON.stringify(ack)}`);
    } else {
      // A deskundige saves a draft advice; its text carries the sequence number.
      if (config.draftTargets.length === 0) continue;
      const target = config.draftTargets[
        Math.floor(rnd() * config.draftTargets.length)
      ] as ChildConfig['draftTargets'][number];
      seq += 1;
      const r = await backend.dispatch({
        name: 'advies.saveDraft',
        session: sessions.get(target.username),
        input: draft(target.aanvraagId, seq),
      });
      if (!r.ok) {
        say(`FAIL ${r.error.code} draft`);
        continue;
      }
      const ack: Ack = {
        op: 'draft',
        aanvraagId: target.aanvraagId,
        username: target.username,
        seq,
      };
      say(`ACK ${JSON.stringify(ack)}`);
    }
  }
}

void main();
