import type { PublicContext } from '../core/context';
import { UserFacingError } from '../core/errors';
import { addDays } from '../domain/calendar';
import { CHECKLIST_ITEMS } from '../domain/completeness';
import { tlvEinddatum } from '../domain/tlv-period';
import type { AanvraagSoort, AanvraagState, DocumentKind } from '../domain/types';
import {
  demoAanvraagformulier,
  demoLvs,
  demoOpp,
  demoOtVerslag,
  demoOnderzoeksverslag,
  demoOverdracht,
  demoScan,
} from './pdfs';
import { PDFDocument } from 'pdf-lib';
import { seededRng, type Rng } from './names';
import * as D from './dataset';
import { hashPassword, insertUser } from '../services/accounts';
import { insertDeskundige, userCount } from '../services/beheer';
import { writeSwvSettings } from '../services/settings';

// One action fills a fresh database with the fictional SWV (issue 2, "Demo"). Only on an empty
// database: it never mixes with real data.

interface Plan {
  readonly index: number;
  readonly state: AanvraagState;
  readonly soort: AanvraagSoort;
  readonly naam: string;
  readonly geboortedatum: string;
  readonly groep: number | null;
  readonly schoolIndex: number;
  readonly ontvangenOp: string;
  readonly schoolsoort: 'SBO' | 'SO';
  readonly categorie: 'laag' | 'midden' | 'hoog' | null;
}

const STATE_AGE: Readonly<Record<string, number>> = {
  ontvangen: 2,
  in_controle: 8,
  te_verdelen: 14,
  in_advies: 24,
  geagendeerd: 34,
  eindadvies_in_opmaak: 38,
  ter_besluitvorming: 44,
};

function plan(today: string, rng: Rng, schoolCount: number): Plan[] {
  return D.DEMO_STATE_PLAN.map((state, index) => {
    const soort: AanvraagSoort =
      index % 7 === 3 ? 'onderinstroom' : index % 9 === 5 ? 'herindicatie' : 'zij_instroom';
    const groep = soort === 'onderinstroom' ? null : rng.int(2, 8);
    const age = soort === 'onderinstroom' ? 4 : (groep ?? 4) + 4;
    const schoolsoort = rng.next() < 0.55 ? 'SBO' : 'SO';
    return {
      index,
      state,
      soort,
      groep,
      schoolsoort,
      naam: `${rng.pick(D.VOORNAMEN)} ${rng.pick(D.ACHTERNAMEN)}`,
      geboortedatum: addDays(today, -(age * 365 + rng.int(0, 300))),
      schoolIndex: rng.int(0, schoolCount - 1),
      ontvangenOp: addDays(today, -((STATE_AGE[state] ?? 2) + rng.int(0, 4))),
      categorie: schoolsoort === 'SO' ? rng.pick(['laag', 'midden', 'hoog'] as const) : null,
    };
  });
}

async function documentsFor(
  p: Plan,
  schoolNaam: string,
): Promise<{ kind: DocumentKind; fileName: string; date: string; bytes: Uint8Array }[]> {
  const input = {
    leerling: { naam: p.naam, geboortedatum: p.geboortedatum, groep: p.groep ?? 'voorschool' },
    school: { naam: schoolNaam },
    datum: addDays(p.ontvangenOp, -3),
    seed: 1000 + p.index,
  };
  const docs = [
    {
      kind: 'aanvraagformulier' as const,
      fileName: 'Aanvraagformulier TLV.pdf',
      date: input.datum,
      bytes: await demoAanvraagformulier(input),
    },
  ];
  if (p.soort === 'onderinstroom') {
    docs.push({
      kind: 'overdracht' as never,
      fileName: 'Overdrachtsdocument voorschool.pdf',
      date: addDays(input.datum, -20),
      bytes: await demoOverdracht(input),
    });
    return docs;
  }
  docs.push({
    kind: 'opp' as never,
    fileName: 'OPP.pdf',
    date: addDays(input.datum, -40),
    bytes: await demoOpp(input),
  });
  docs.push({
    kind: 'ot_verslag' as never,
    fileName: 'Verslag OT 1.pdf',
    date: addDays(input.datum, -90),
    bytes: await demoOtVerslag(input, 1),
  });
  docs.push({
    kind: 'ot_verslag' as never,
    fileName: 'Verslag OT 2.pdf',
    date: addDays(input.datum, -20),
    bytes: await demoOtVerslag(input, 2),
  });
  docs.push({
    kind: 'lvs' as never,
    fileName: 'LVS-gegevens.pdf',
    date: addDays(input.datum, -10),
    bytes: await demoLvs(input),
  });
  // Some dossiers are long, as real ones are: a report of ~15 pages, and a scan without text.
  if (p.index % 3 === 1)
    docs.push({
      kind: 'onderzoeksverslag' as never,
      fileName: 'Verslag psychodiagnostisch onderzoek.pdf',
      date: addDays(input.datum, -60),
      bytes: await demoOnderzoeksverslag(input),
    });
  if (p.index % 4 === 2)
    docs.push({
      kind: 'overig' as never,
      fileName: 'Schoolrapport (scan).pdf',
      date: addDays(input.datum, -120),
      bytes: await demoScan(input, 4),
    });
  return docs;
}

export async function loadDemo(ctx: PublicContext) {
  if (userCount(ctx) > 0)
    throw new UserFacingError(
      'forbidden',
      'De demo kan alleen in een lege database worden geladen.',
    );
  const rng = seededRng(20260901);
  const schools = D.DEMO_BESTUREN.flatMap(([, nr], b) =>
    [0, 1].map((k) => ({
      bestuurIndex: b,
      naam: `${D.SCHOOL_NAMEN[(b + k * 5) % D.SCHOOL_NAMEN.length]}`,
      brin: `${String(10 + b).padStart(2, '0')}X${String.fromCharCode(65 + k)}${String(b % 10)}${k}`,
      plaats: D.PLAATSEN[(b + k) % D.PLAATSEN.length] as string,
      nr,
    })),
  );
  const plans = plan(ctx.today, rng, schools.length);
  const prepared: {
    p: Plan;
    docs: DemoDocument[];
  }[] = [];
  for (const p of plans) {
    const school = schools[p.schoolIndex] as (typeof schools)[number];
    const docs = await documentsFor(p, `${school.naam}, ${school.plaats}`);
    const withPages = await Promise.all(
      docs.map(async (d) => ({
        ...d,
        pageCount: (await PDFDocument.load(d.bytes)).getPageCount(),
      })),
    );
    prepared.push({ p, docs: withPages.map((d) => ({ ...d, ...ctx.docs.put(d.bytes) })) });
  }
  const passwordHash = await hashPassword(D.DEMO_PASSWORD);
  ctx.tx(() => {
    writeSwvSettings(ctx.db, D.DEMO_SWV);
    const bestuurIds = D.DEMO_BESTUREN.map(([naam, nr]) =>
      Number(
        ctx.sqlite
          .prepare('INSERT INTO schoolbesturen (naam, bestuursnummer) VALUES (?, ?)')
          .run(naam, nr).lastInsertRowid,
      ),
    );
    const schoolIds = schools.map((s) =>
      Number(
        ctx.sqlite
          .prepare('INSERT INTO scholen (bestuur_id, naam, brin, plaats) VALUES (?, ?, ?, ?)')
          .run(bestuurIds[s.bestuurIndex], `${s.naam}, ${s.plaats}`, s.brin, s.plaats)
          .lastInsertRowid,
      ),
    );
    const ids = new Map<string, { userId: number; deskundigeId: number | null }>();
    for (const u of D.DEMO_USERS) {
      const userId = insertUser(ctx.db, {
        naam: u.naam,
        username: u.username,
        passwordHash,
        roles: u.roles,
      });
      const deskundigeId = u.deskundige
        ? insertDeskundige(ctx, {
            userId,
            disciplines: u.deskundige.disciplines,
            registratie: u.deskundige.registratie,
            organisatieKeys: u.deskundige.bestuurIndexes.map((i) => `bestuur:${bestuurIds[i]}`),
            maxOpen: null,
          })
        : null;
      ids.set(u.username, { userId, deskundigeId });
    }
    for (const { p, docs } of prepared)
      insertDemoAanvraag(ctx, p, schoolIds[p.schoolIndex] as number, docs, ids, rng);
    ctx.audit({ action: 'demo.load', objectType: 'database', objectId: null });
  });
  const documentIds = (
    ctx.sqlite.prepare('SELECT id FROM documenten ORDER BY id').all() as { id: number }[]
  ).map((d) => d.id);
  ctx.indexDocuments(documentIds);
  // The demo is fictional and its one password is documented in the README: showing it is fine.
  return {
    users: D.DEMO_USERS.map((u) => ({ username: u.username, roles: [...u.roles] })),
    password: D.DEMO_PASSWORD,
  };
}

interface DemoDocument {
  kind: DocumentKind;
  fileName: string;
  date: string;
  sha256: string;
  size: number;
  pageCount: number;
}

type Ids = Map<string, { userId: number; deskundigeId: number | null }>;

function insertDemoAanvraag(
  ctx: PublicContext,
  p: Plan,
  schoolId: number,
  docs: readonly DemoDocument[],
  ids: Ids,
  rng: Rng,
): void {
  const sll = ids.get('sll')?.userId as number;
  const at = `${p.ontvangenOp}T09:00:00.000Z`;
  const id = Number(
    ctx.sqlite
      .prepare(
        `INSERT INTO aanvragen (referentie, soort, state, leerling_naam, leerling_geboortedatum, groep, woonplaats, school_id,
           schoolsoort, categorie, gewenste_startdatum, ouders_naam, ouders_adres, ouders_postcode, ouders_plaats,
           ouders_akkoord, begeleider_naam, begeleider_notitie, ontvangen_op, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
      )
      .run(
        `TLA-${p.ontvangenOp.slice(0, 4)}-${String(p.index + 1).padStart(5, '0')}`,
        p.soort,
        p.state,
        p.naam,
        p.geboortedatum,
        p.groep,
        rng.pick(D.PLAATSEN),
        schoolId,
        p.schoolsoort,
        p.categorie,
        `Fam. ${p.naam.split(' ').slice(1).join(' ')}`,
        `${rng.pick(D.STRATEN)} ${rng.int(1, 120)}`,
        `67${rng.int(10, 99)} ${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`,
        rng.pick(D.PLAATSEN),
        'Mirjam Steunpunt (SC)',
        p.index % 5 === 0 ? 'Graag een tweede deskundige met medische achtergrond.' : null,
        p.ontvangenOp,
        sll,
        at,
      ).lastInsertRowid,
  );
  const doc = ctx.sqlite.prepare(
    'INSERT INTO documenten (aanvraag_id, kind, file_name, document_date, sha256, size, page_count, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const d of docs) doc.run(id, d.kind, d.fileName, d.date, d.sha256, d.size, d.pageCount, sll);
  if (p.state !== 'ontvangen' && p.state !== 'in_controle') {
    // Past intake, the SLL has ticked what the app cannot see (§3.2).
    const tick = ctx.sqlite.prepare(
      "INSERT INTO checklist_ticks (aanvraag_id, item_key, status, actor_user_id, at) VALUES (?, ?, 'ok', ?, ?)",
    );
    for (const item of CHECKLIST_ITEMS[p.soort])
      if (item.source === 'sll') tick.run(id, item.key, sll, at);
  }
  insertDemoHistory(ctx, id, p, ids);
}

const PATH: readonly [string, AanvraagState][] = [
  ['start_controle', 'in_controle'],
  ['markeer_compleet', 'te_verdelen'],
  ['wijs_toe', 'in_advies'],
];

function insertDemoHistory(ctx: PublicContext, id: number, p: Plan, ids: Ids): void {
  const ev = ctx.sqlite.prepare(
    'INSERT INTO workflow_events (aanvraag_id, event, from_state, to_state, actor_user_id, reason, at) VALUES (?, ?, ?, ?, ?, NULL, ?)',
  );
  const sll = ids.get('sll')?.userId ?? null;
  const vz = ids.get('voorzitter')?.userId ?? null;
  ev.run(id, 'registreer', null, 'ontvangen', sll, `${p.ontvangenOp}T09:00:00.000Z`);
  const order: AanvraagState[] = [
    'ontvangen',
    'in_controle',
    'te_verdelen',
    'in_advies',
    'geagendeerd',
    'eindadvies_in_opmaak',
    'ter_besluitvorming',
  ];
  const reached = order.indexOf(p.state);
  let from: AanvraagState = 'ontvangen';
  PATH.forEach(([event, to], i) => {
    if (reached < i + 1) return;
    ev.run(
      id,
      event,
      from,
      to,
      event === 'wijs_toe' ? vz : sll,
      `${addDays(p.ontvangenOp, 2 + i * 4)}T10:00:00.000Z`,
    );
    from = to;
  });
  if (reached < 3) return;
  const pair = p.index % 2 === 0 ? ['ortho1', 'arts1'] : ['psycho1', 'kjp1'];
  const first = ids.get(pair[0] as string)?.deskundigeId as number;
  const second = ids.get(pair[1] as string)?.deskundigeId as number;
  const assign = ctx.sqlite.prepare(
    'INSERT INTO toewijzingen (aanvraag_id, position, deskundige_id, discipline, assigned_by) VALUES (?, ?, ?, ?, ?)',
  );
  assign.run(id, 1, first, pair[0] === 'ortho1' ? 'orthopedagoog' : 'psycholoog', vz);
  assign.run(id, 2, second, pair[1] === 'arts1' ? 'arts' : 'kinder_jeugdpsycholoog', vz);
  if (p.state === 'in_advies' && p.index % 2 === 1)
    insertDemoAdvies(ctx, id, p, first, 1, 'toelaatbaar');
  if (reached < 4) return;
  const differ = p.state === 'geagendeerd';
  insertDemoAdvies(ctx, id, p, first, 1, 'toelaatbaar');
  insertDemoAdvies(ctx, id, p, second, 2, differ ? 'niet_toelaatbaar' : 'toelaatbaar');
  const t = `${addDays(p.ontvangenOp, 20)}T11:00:00.000Z`;
  if (differ) {
    ev.run(id, 'adviezen_verschillend', 'in_advies', 'geagendeerd', null, t);
    return;
  }
  ev.run(id, 'adviezen_unaniem', 'in_advies', 'unaniem', null, t);
  ev.run(id, 'start_eindadvies', 'unaniem', 'eindadvies_in_opmaak', null, t);
  if (p.state !== 'ter_besluitvorming') return;
  ctx.sqlite
    .prepare(
      `INSERT INTO eindadviezen (aanvraag_id, version, status, uitkomst, schoolsoort, categorie, ingangsdatum, einddatum, motivering, doelen, author_deskundige_id, submitted_at)
       VALUES (?, 1, 'ingediend', 'tlv_afgegeven', ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      p.schoolsoort,
      p.categorie,
      addDays(p.ontvangenOp, 60),
      tlvEinddatum(addDays(p.ontvangenOp, 60), 1),
      MOTIVERING(p),
      DOELEN,
      first,
      t,
    );
  ev.run(
    id,
    'presenteer',
    'eindadvies_in_opmaak',
    'ter_besluitvorming',
    vz,
    `${addDays(p.ontvangenOp, 26)}T10:00:00.000Z`,
  );
}

const MOTIVERING = (p: Plan) =>
  `${p.naam.split(' ')[0]} heeft behoefte aan onderwijs in een kleine groep met veel structuur, voorspelbaarheid en herhaling. ` +
  'De school heeft met extra begeleiding, een aangepast rooster en externe expertise een passend aanbod geprobeerd; ' +
  'de ontwikkeling stagneert desondanks. Een andere reguliere school of een arrangement kan deze ondersteuning niet bieden.';
const DOELEN =
  'Werken aan zelfstandigheid en taakgerichtheid; lezen en rekenen op het niveau van het ontwikkelingsperspectief; terugplaatsing wordt jaarlijks bekeken.';

function insertDemoAdvies(
  ctx: PublicContext,
  aanvraagId: number,
  p: Plan,
  deskundigeId: number,
  position: number,
  conclusie: 'toelaatbaar' | 'niet_toelaatbaar',
): void {
  const sig = ctx.sqlite
    .prepare(
      'SELECT t.id AS toewijzing_id, u.naam, t.discipline, d.registratie FROM deskundigen d JOIN users u ON u.id = d.user_id JOIN toewijzingen t ON t.deskundige_id = d.id AND t.aanvraag_id = ? WHERE d.id = ?',
    )
    .get(aanvraagId, deskundigeId) as {
    toewijzing_id: number;
    naam: string;
    discipline: string;
    registratie: string;
  };
  const toelaatbaar = conclusie === 'toelaatbaar';
  const ingang = addDays(p.ontvangenOp, 60);
  ctx.sqlite
    .prepare(
      `INSERT INTO adviezen (aanvraag_id, deskundige_id, toewijzing_id, position, version, status, conclusie, schoolsoort, categorie, ingangsdatum, einddatum,
         onderbouwing, doelen, context_advies, vragen, signed_naam, signed_discipline, signed_registratie, submitted_at)
       VALUES (?, ?, ?, ?, 1, 'ingediend', ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
    )
    .run(
      aanvraagId,
      deskundigeId,
      sig.toewijzing_id,
      position,
      conclusie,
      toelaatbaar ? p.schoolsoort : null,
      toelaatbaar ? p.categorie : null,
      toelaatbaar ? ingang : null,
      toelaatbaar ? tlvEinddatum(ingang, 1) : null,
      toelaatbaar
        ? MOTIVERING(p)
        : 'De school heeft de mogelijkheden van een arrangement in het regulier onderwijs nog niet benut; een tweede OT met de SC wordt aanbevolen.',
      DOELEN,
      'Ouders en school blijven nauw betrokken; terugplaatsing jaarlijks evalueren.',
      sig.naam,
      sig.discipline,
      sig.registratie,
      `${addDays(p.ontvangenOp, 18 + position)}T15:00:00.000Z`,
    );
}
