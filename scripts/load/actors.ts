import type { InputOf } from '../../electron/contract';
import { demoAanvraagformulier, demoLvs, demoOpp, demoOtVerslag } from '../../electron/demo/pdfs';
import { CallFailed, type ServerClient } from './client';
import type { Ledger } from './ledger';

// The simulated users of the load test and what each does, in the order of the procedure:
// secretaresses register aanvragen with documents, add one, tick the checklist and mark them
// complete; voorzitters assign two deskundigen and present the eindadvies; deskundigen open their
// work, read documents over the binary path, save drafts and submit advices (the first also the
// eindadvies); the directeur decides. Everyone polls werk.mijn as Mijn werk does. Who does which
// aanvraag next is passed on a board in this process (as a phone call would), so two users never
// race for the same step: every failure is then a failure of the server, not of the script.

export interface Board {
  /** Per voorzitter: aanvragen to assign or to present. */
  readonly voorzitter: { aanvraagId: number; step: 'toewijzen' | 'presenteer' }[][];
  readonly directeur: number[];
}

export interface Actor {
  readonly client: ServerClient;
  readonly index: number;
  /** The deskundige's id in the pool (deskundigen only). */
  readonly deskundigeId?: number;
}

export interface World {
  readonly board: Board;
  readonly ledger: Ledger;
  readonly schoolIds: readonly number[];
  readonly documents: Documents;
  /** Mean think time between two steps (ms); each wait is 0.5–1.5 times it. */
  readonly thinkMs: number;
  /** How often a user without work polls werk.mijn (ms), as Mijn werk refreshes. */
  readonly pollMs: number;
  /** True once the run's time is up: every actor finishes its step and stops. */
  stopping(): boolean;
}

const today = (): string => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number): string =>
  new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

const think = (world: World): Promise<void> =>
  new Promise((r) => setTimeout(r, world.thinkMs * (0.5 + Math.random())));

/** No work: wait for the next poll of Mijn werk (ends early when the run stops). */
async function idle(world: World): Promise<void> {
  const until = Date.now() + world.pollMs * (0.75 + Math.random() / 2);
  while (Date.now() < until && !world.stopping()) await new Promise((r) => setTimeout(r, 100));
}

async function step(world: World, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    // Counted where it happened (client.ts); the actor goes on with its next piece of work.
    if (!(error instanceof CallFailed)) throw error;
  }
  await think(world);
}

// --- Documents: a few of each kind, made once, used in every dossier -------------------------------

export interface Documents {
  readonly formulier: string[];
  readonly opp: string[];
  readonly ot: string[];
  readonly lvs: string[];
}

export async function makeDocuments(variants = 4): Promise<Documents> {
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  const docs: Documents = { formulier: [], opp: [], ot: [], lvs: [] };
  for (let seed = 1; seed <= variants; seed += 1) {
    const p = {
      leerling: { naam: 'Fictief Loadtestkind', geboortedatum: '2016-03-04', groep: 5 },
      school: { naam: 'De Proefschool' },
      datum: daysAgo(10),
      seed,
    };
    docs.formulier.push(b64(await demoAanvraagformulier(p)));
    docs.opp.push(b64(await demoOpp(p)));
    docs.ot.push(b64(await demoOtVerslag(p, 1)), b64(await demoOtVerslag(p, 2)));
    docs.lvs.push(b64(await demoLvs(p)));
  }
  return docs;
}

// --- The roles ----------------------------------------------------------------------------------

const poll = (c: ServerClient, role: InputOf<'werk.mijn'>['role']) =>
  c.call('werk.mijn', { role, search: '', offset: 0, limit: 50 }, `werk.mijn ${role}`);

export async function secretaresse(a: Actor, world: World): Promise<void> {
  const c = a.client;
  const { ledger, documents: d } = world;
  for (let n = 1; !world.stopping(); n += 1) {
    await step(world, async () => void (await poll(c, 'secretaris')));
    const naam = `Loadtest S${a.index}-${n}`;
    const tag = `s${a.index}-${n}`;
    const upload = [
      {
        kind: 'aanvraagformulier',
        fileName: `formulier-${tag}.pdf`,
        documentDate: daysAgo(3),
        dataBase64: pick(d.formulier),
      },
      {
        kind: 'opp',
        fileName: `opp-${tag}.pdf`,
        documentDate: daysAgo(60),
        dataBase64: pick(d.opp),
      },
      {
        kind: 'ot_verslag',
        fileName: `ot1-${tag}.pdf`,
        documentDate: daysAgo(200),
        dataBase64: d.ot[0] as string,
      },
      {
        kind: 'ot_verslag',
        fileName: `ot2-${tag}.pdf`,
        documentDate: daysAgo(100),
        dataBase64: d.ot[1] as string,
      },
    ] as const;
    let id = 0;
    await step(world, async () => {
      const r = await c.call('aanvraag.register', {
        soort: 'zij_instroom',
        leerlingNaam: naam,
        leerlingGeboortedatum: '2016-03-04',
        groep: 5,
        woonplaats: 'Ede',
        gemeente: 'Ede',
        schoolId: pick(world.schoolIds),
        schoolsoort: 'SO',
        categorie: 'midden',
        gewensteStartdatum: null,
        oudersNaam: 'Fam. Loadtest',
        oudersAdres: 'Dorpsstraat 1',
        oudersPostcode: '6711 AA',
        oudersPlaats: 'Ede',
        oudersAkkoord: true,
        begeleiderNaam: null,
        begeleiderNotitie: null,
        ontvangenOp: today(),
        documents: [...upload],
      });
      id = r.id;
      ledger.record('aanvraag', naam, { naam, id });
      for (const u of upload)
        ledger.record('document', `${id}:${u.fileName}`, { aanvraagId: id, fileName: u.fileName });
      ledger.recordLatest('state', String(id), { aanvraagId: id, state: 'ontvangen' });
    });
    if (id === 0) continue;
    const steps: (() => Promise<void>)[] = [
      async () => void (await c.call('aanvraag.get', { aanvraagId: id })),
      async () => {
        const fileName = `lvs-${tag}.pdf`;
        await c.call('aanvraag.addDocument', {
          aanvraagId: id,
          kind: 'lvs',
          fileName,
          documentDate: daysAgo(30),
          dataBase64: pick(d.lvs),
        });
        ledger.record('document', `${id}:${fileName}`, { aanvraagId: id, fileName });
      },
      async () => {
        const r = await c.call('aanvraag.startControle', { aanvraagId: id });
        ledger.recordLatest('state', String(id), { aanvraagId: id, state: r.state });
      },
      ...['aanvraagformulier', 'handelingsdeel_ondertekend', 'zienswijze_ouders'].map(
        (itemKey) => async () => {
          await c.call('checklist.tick', { aanvraagId: id, itemKey, status: 'ok' });
          ledger.recordLatest('tick', `${id}:${itemKey}`, { aanvraagId: id, itemKey });
        },
      ),
      async () => {
        const r = await c.call('aanvraag.markComplete', { aanvraagId: id });
        ledger.recordLatest('state', String(id), { aanvraagId: id, state: r.state });
        const queues = world.board.voorzitter;
        queues[id % queues.length]?.push({ aanvraagId: id, step: 'toewijzen' });
      },
    ];
    for (const s of steps) {
      let failed = false;
      await step(world, async () => {
        try {
          await s();
        } catch (error) {
          failed = true;
          throw error;
        }
      });
      if (failed) break;
    }
  }
}

export async function voorzitter(a: Actor, world: World): Promise<void> {
  const c = a.client;
  const queue = world.board.voorzitter[a.index] ?? [];
  while (!world.stopping()) {
    await step(world, async () => void (await poll(c, 'voorzitter')));
    const task = queue.shift();
    if (task === undefined) {
      await idle(world);
      continue;
    }
    const aanvraagId = task.aanvraagId;
    await step(world, async () => void (await c.call('aanvraag.get', { aanvraagId })));
    if (task.step === 'toewijzen') {
      await step(world, async () => {
        const c1 = await c.call('toewijzing.candidates', { aanvraagId, eersteId: null });
        const firsts = c1.first.filter((x) => x.eligible);
        if (firsts.length === 0) return void queue.push(task);
        const eerste = pick(firsts);
        const c2 = await c.call('toewijzing.candidates', {
          aanvraagId,
          eersteId: eerste.deskundigeId,
        });
        const seconds = c2.second.filter((x) => x.eligible);
        if (seconds.length === 0) return void queue.push(task);
        const tweede = pick(seconds);
        const r = await c.call('toewijzing.assign', {
          aanvraagId,
          eersteId: eerste.deskundigeId,
          tweedeId: tweede.deskundigeId,
        });
        ledger(world).record('toewijzing', `${aanvraagId}:1`, {
          aanvraagId,
          position: 1,
          deskundigeId: eerste.deskundigeId,
        });
        ledger(world).record('toewijzing', `${aanvraagId}:2`, {
          aanvraagId,
          position: 2,
          deskundigeId: tweede.deskundigeId,
        });
        ledger(world).recordLatest('state', String(aanvraagId), { aanvraagId, state: r.state });
      });
    } else {
      await step(world, async () => void (await c.call('advies.list', { aanvraagId })));
      await step(world, async () => {
        const r = await c.call('aanvraag.presenteer', { aanvraagId });
        ledger(world).recordLatest('state', String(aanvraagId), { aanvraagId, state: r.state });
        world.board.directeur.push(aanvraagId);
      });
    }
  }
}

const ledger = (world: World): Ledger => world.ledger;

/** The advice's dates: from the first of next month until 31 July (at least a year later). */
function adviesDates(): { ingangsdatum: string; einddatum: string } {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const y = start.getUTCFullYear() + (start.getUTCMonth() >= 7 ? 2 : 1);
  return { ingangsdatum: start.toISOString().slice(0, 10), einddatum: `${y}-07-31` };
}

export async function deskundige(a: Actor, world: World): Promise<void> {
  const c = a.client;
  const done = new Set<string>();
  while (!world.stopping()) {
    let rows: { id: number; state: string }[] = [];
    await step(world, async () => {
      rows = (await poll(c, 'deskundige')).rows;
    });
    const todo = rows.find(
      (r) =>
        (r.state === 'in_advies' || r.state === 'eindadvies_in_opmaak') &&
        !done.has(`${r.id}:${r.state}`),
    );
    if (todo === undefined) {
      await idle(world);
      continue;
    }
    const aanvraagId = todo.id;
    let position = 0;
    let submitted = false;
    await step(world, async () => {
      const mine = await c.call('advies.mine', { aanvraagId });
      position = mine.position;
      submitted = mine.advies?.status === 'ingediend';
    });
    if (todo.state === 'in_advies') {
      done.add(`${aanvraagId}:${todo.state}`);
      if (submitted || position === 0) continue;
      let documentIds: number[] = [];
      await step(world, async () => {
        documentIds = (await c.call('aanvraag.get', { aanvraagId })).documents.map((d) => d.id);
      });
      for (let i = 0; i < 2 && documentIds.length > 0; i += 1) {
        await step(world, async () => void (await c.document(pick(documentIds))));
      }
      const marker = `d${a.index}-a${aanvraagId}`;
      const fields = {
        aanvraagId,
        conclusie: 'toelaatbaar' as const,
        schoolsoort: 'SO' as const,
        categorie: 'midden' as const,
        ...adviesDates(),
        doelen: 'Zelfstandig werken.',
        contextAdvies: 'Jaarlijks evalueren.',
        vragen: null,
      };
      for (const version of [1, 2]) {
        await step(world, async () => {
          await c.call('advies.saveDraft', {
            ...fields,
            onderbouwing: `Concept ${version} ${marker}: kleine groep met structuur.`,
          });
        });
      }
      await step(world, async () => {
        const onderbouwing = `Advies ${marker}: behoefte aan een kleine groep met veel structuur.`;
        const r = await c.call('advies.submit', { ...fields, onderbouwing });
        world.ledger.record('advies', `${aanvraagId}:${a.deskundigeId ?? 0}`, {
          aanvraagId,
          deskundigeId: a.deskundigeId ?? 0,
          onderbouwing,
        });
        world.ledger.recordLatest('state', String(aanvraagId), { aanvraagId, state: r.state });
      });
    } else {
      done.add(`${aanvraagId}:${todo.state}`);
      if (position !== 1) continue;
      await step(world, async () => {
        const e = await c.call('eindadvies.get', { aanvraagId });
        if (e.prefill === null) return;
        const r = await c.call('eindadvies.submit', { aanvraagId, ...e.prefill });
        world.ledger.record('eindadvies', String(aanvraagId), { aanvraagId });
        world.ledger.recordLatest('state', String(aanvraagId), { aanvraagId, state: r.state });
        const queues = world.board.voorzitter;
        queues[aanvraagId % queues.length]?.push({ aanvraagId, step: 'presenteer' });
      });
    }
  }
}

export async function directeur(a: Actor, world: World): Promise<void> {
  const c = a.client;
  while (!world.stopping()) {
    await step(world, async () => void (await poll(c, 'directeur')));
    const aanvraagId = world.board.directeur.shift();
    if (aanvraagId === undefined) {
      await idle(world);
      continue;
    }
    await step(world, async () => void (await c.call('aanvraag.get', { aanvraagId })));
    await step(world, async () => void (await c.call('eindadvies.get', { aanvraagId })));
    await step(world, async () => {
      const r = await c.call('besluit.adopt', { aanvraagId });
      world.ledger.record('besluit', String(aanvraagId), {
        aanvraagId,
        volgnummer: r.volgnummer ?? '',
      });
      world.ledger.recordLatest('state', String(aanvraagId), { aanvraagId, state: r.state });
    });
  }
}
