import { and, eq } from 'drizzle-orm';
import {
  aanvragen,
  checklistTicks,
  deskundigen,
  documenten,
  eindadviezen,
  schoolbesturen,
  scholen,
  toewijzingen,
  users,
  workflowEvents,
} from '../../db/schema';
import type { PublicContext } from '../core/context';
import { UserFacingError } from '../core/errors';
import { addDays } from '../domain/calendar';
import { CHECKLIST_ITEMS } from '../domain/completeness';
import { tlvEinddatum } from '../domain/tlv-period';
import type { TimelineEvent } from '../domain/workflow-types';
import type { AanvraagSoort, AanvraagState, Discipline, DocumentKind } from '../domain/types';
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
import { insertDemoAdviesRij } from './advies';
import { insertDemoGeschiedenis } from './history';
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
  eindadvies_gereed: 41,
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
  const docs: { kind: DocumentKind; fileName: string; date: string; bytes: Uint8Array }[] = [
    {
      kind: 'aanvraagformulier',
      fileName: 'Aanvraagformulier TLV.pdf',
      date: input.datum,
      bytes: await demoAanvraagformulier(input),
    },
  ];
  if (p.soort === 'onderinstroom') {
    docs.push({
      kind: 'overdracht',
      fileName: 'Overdrachtsdocument voorschool.pdf',
      date: addDays(input.datum, -20),
      bytes: await demoOverdracht(input),
    });
    return docs;
  }
  docs.push({
    kind: 'opp',
    fileName: 'OPP.pdf',
    date: addDays(input.datum, -40),
    bytes: await demoOpp(input),
  });
  docs.push({
    kind: 'ot_verslag',
    fileName: 'Verslag OT 1.pdf',
    date: addDays(input.datum, -90),
    bytes: await demoOtVerslag(input, 1),
  });
  docs.push({
    kind: 'ot_verslag',
    fileName: 'Verslag OT 2.pdf',
    date: addDays(input.datum, -20),
    bytes: await demoOtVerslag(input, 2),
  });
  docs.push({
    kind: 'lvs',
    fileName: 'LVS-gegevens.pdf',
    date: addDays(input.datum, -10),
    bytes: await demoLvs(input),
  });
  // Some dossiers are long, as real ones are: a report of ~15 pages, and a scan without text.
  if (p.index % 3 === 1)
    docs.push({
      kind: 'onderzoeksverslag',
      fileName: 'Verslag psychodiagnostisch onderzoek.pdf',
      date: addDays(input.datum, -60),
      bytes: await demoOnderzoeksverslag(input),
    });
  if (p.index % 4 === 2)
    docs.push({
      kind: 'overig',
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
      // A BRIN of DUO's form (two digits, two letters), each school its hoofdvestiging (00).
      brin: `${String(10 + b).padStart(2, '0')}X${String.fromCharCode(65 + k)}`,
      plaats: D.PLAATSEN[(b + k) % D.PLAATSEN.length] as string,
      adres: `${D.STRATEN[(b + k) % D.STRATEN.length] as string} ${b + 1}`,
      postcode: `${6700 + b * 3 + k} ${String.fromCharCode(65 + (b % 20))}${String.fromCharCode(66 + k)}`,
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
    const bestuurIds = D.DEMO_BESTUREN.map(([naam, nr]) =>
      Number(
        ctx.db.insert(schoolbesturen).values({ naam, bestuursnummer: nr }).run().lastInsertRowid,
      ),
    );
    const schoolIds = schools.map((s) =>
      Number(
        ctx.db
          .insert(scholen)
          .values({
            bestuurId: bestuurIds[s.bestuurIndex] as number,
            naam: `${s.naam}, ${s.plaats}`,
            brin: s.brin,
            vestiging: '00',
            adres: s.adres,
            postcode: s.postcode,
            plaats: s.plaats,
            gemeente: D.GEMEENTE_VAN[s.plaats] ?? s.plaats,
          })
          .run().lastInsertRowid,
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
    // The demo SWV's details, signed by its directeur-bestuurder (Beheer, Samenwerkingsverband).
    const directeur = D.DEMO_USERS.find((u) => u.roles.includes('directeur'));
    writeSwvSettings(ctx.db, {
      ...D.DEMO_SWV,
      directeurUserId: directeur ? (ids.get(directeur.username)?.userId ?? null) : null,
    });
    for (const { p, docs } of prepared)
      insertDemoAanvraag(ctx, p, schoolIds[p.schoolIndex] as number, docs, ids, rng);
    // Issue 12: two school years of decided aanvragen before the open work, for the reports.
    insertDemoGeschiedenis(
      ctx,
      ids,
      schools.map((s, i) => ({ id: schoolIds[i] as number, bestuurIndex: s.bestuurIndex })),
    );
    ctx.audit({ action: 'demo.load', objectType: 'database', objectId: null });
  });
  const documentIds = ctx.db
    .select({ id: documenten.id })
    .from(documenten)
    .orderBy(documenten.id)
    .all()
    .map((d) => d.id);
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
  // The random draws happen in this order (the demo is the same on every load).
  const woonplaats = rng.pick(D.PLAATSEN);
  const oudersAdres = `${rng.pick(D.STRATEN)} ${rng.int(1, 120)}`;
  const oudersPostcode = `67${rng.int(10, 99)} ${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`;
  const oudersPlaats = rng.pick(D.PLAATSEN);
  const id = Number(
    ctx.db
      .insert(aanvragen)
      .values({
        referentie: `TLA-${p.ontvangenOp.slice(0, 4)}-${String(p.index + 1).padStart(5, '0')}`,
        soort: p.soort,
        state: p.state,
        leerlingNaam: p.naam,
        leerlingGeboortedatum: p.geboortedatum,
        groep: p.groep,
        woonplaats,
        gemeente: D.GEMEENTE_VAN[woonplaats] ?? woonplaats,
        schoolId,
        schoolsoort: p.schoolsoort,
        categorie: p.categorie,
        gewensteStartdatum: null,
        oudersNaam: `Fam. ${p.naam.split(' ').slice(1).join(' ')}`,
        oudersAdres,
        oudersPostcode,
        oudersPlaats,
        oudersAkkoord: true,
        begeleiderNaam: 'Mirjam Steunpunt (SC)',
        begeleiderNotitie:
          p.index % 5 === 0 ? 'Graag een tweede deskundige met medische achtergrond.' : null,
        ontvangenOp: p.ontvangenOp,
        createdBy: sll,
        updatedAt: at,
      })
      .run().lastInsertRowid,
  );
  for (const d of docs)
    ctx.db
      .insert(documenten)
      .values({
        aanvraagId: id,
        kind: d.kind,
        fileName: d.fileName,
        documentDate: d.date,
        sha256: d.sha256,
        size: d.size,
        pageCount: d.pageCount,
        createdBy: sll,
      })
      .run();
  if (p.state !== 'ontvangen' && p.state !== 'in_controle') {
    // Past intake, the SLL has ticked what the app cannot see (§3.2).
    for (const item of CHECKLIST_ITEMS[p.soort])
      if (item.source === 'sll')
        ctx.db
          .insert(checklistTicks)
          .values({ aanvraagId: id, itemKey: item.key, status: 'ok', actorUserId: sll, at })
          .run();
  }
  insertDemoHistory(ctx, id, p, ids);
}

const PATH: readonly [TimelineEvent, AanvraagState][] = [
  ['start_controle', 'in_controle'],
  ['markeer_compleet', 'te_verdelen'],
  ['wijs_toe', 'in_advies'],
];

function insertDemoHistory(ctx: PublicContext, id: number, p: Plan, ids: Ids): void {
  const ev = (
    aanvraagId: number,
    event: TimelineEvent,
    fromState: AanvraagState | null,
    toState: AanvraagState,
    actorUserId: number | null,
    at: string,
  ) =>
    ctx.db
      .insert(workflowEvents)
      .values({ aanvraagId, event, fromState, toState, actorUserId, reason: null, at })
      .run();
  const sll = ids.get('sll')?.userId ?? null;
  const vz = ids.get('voorzitter')?.userId ?? null;
  ev(id, 'registreer', null, 'ontvangen', sll, `${p.ontvangenOp}T09:00:00.000Z`);
  const order: AanvraagState[] = [
    'ontvangen',
    'in_controle',
    'te_verdelen',
    'in_advies',
    'geagendeerd',
    'eindadvies_in_opmaak',
    'eindadvies_gereed',
    'ter_besluitvorming',
  ];
  const reached = order.indexOf(p.state);
  let from: AanvraagState = 'ontvangen';
  PATH.forEach(([event, to], i) => {
    if (reached < i + 1) return;
    ev(
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
  const assign = (position: number, deskundigeId: number, discipline: Discipline) =>
    ctx.db
      .insert(toewijzingen)
      .values({ aanvraagId: id, position, deskundigeId, discipline, assignedBy: vz as number })
      .run();
  assign(1, first, pair[0] === 'ortho1' ? 'orthopedagoog' : 'psycholoog');
  assign(2, second, pair[1] === 'arts1' ? 'arts' : 'kinder_jeugdpsycholoog');
  if (p.state === 'in_advies' && p.index % 2 === 1)
    insertDemoAdvies(ctx, id, p, first, 1, 'toelaatbaar');
  if (reached < 4) return;
  const differ = p.state === 'geagendeerd';
  insertDemoAdvies(ctx, id, p, first, 1, 'toelaatbaar');
  insertDemoAdvies(ctx, id, p, second, 2, differ ? 'niet_toelaatbaar' : 'toelaatbaar');
  const t = `${addDays(p.ontvangenOp, 20)}T11:00:00.000Z`;
  if (differ) {
    ev(id, 'adviezen_verschillend', 'in_advies', 'geagendeerd', null, t);
    return;
  }
  ev(id, 'adviezen_unaniem', 'in_advies', 'unaniem', null, t);
  ev(id, 'start_eindadvies', 'unaniem', 'eindadvies_in_opmaak', null, t);
  if (p.state !== 'eindadvies_gereed' && p.state !== 'ter_besluitvorming') return;
  ctx.db
    .insert(eindadviezen)
    .values({
      aanvraagId: id,
      version: 1,
      status: 'ingediend',
      uitkomst: 'tlv_afgegeven',
      schoolsoort: p.schoolsoort,
      categorie: p.categorie,
      ingangsdatum: addDays(p.ontvangenOp, 60),
      einddatum: tlvEinddatum(addDays(p.ontvangenOp, 60), 1),
      motivering: MOTIVERING(p),
      doelen: DOELEN,
      authorDeskundigeId: first,
      submittedAt: t,
    })
    .run();
  const firstUser = ids.get(pair[0] as string)?.userId ?? null;
  ev(id, 'eindadvies_ingediend', 'eindadvies_in_opmaak', 'eindadvies_gereed', firstUser, t);
  if (p.state !== 'ter_besluitvorming') return;
  ev(
    id,
    'presenteer',
    'eindadvies_gereed',
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
  const sig = ctx.db
    .select({
      toewijzingId: toewijzingen.id,
      naam: users.naam,
      discipline: toewijzingen.discipline,
      registratie: deskundigen.registratie,
    })
    .from(deskundigen)
    .innerJoin(users, eq(users.id, deskundigen.userId))
    .innerJoin(
      toewijzingen,
      and(eq(toewijzingen.deskundigeId, deskundigen.id), eq(toewijzingen.aanvraagId, aanvraagId)),
    )
    .where(eq(deskundigen.id, deskundigeId))
    .get();
  if (!sig) throw new Error('demo: the deskundige has no assignment for this aanvraag');
  const toelaatbaar = conclusie === 'toelaatbaar';
  const ingang = addDays(p.ontvangenOp, 60);
  insertDemoAdviesRij(ctx, {
    aanvraagId,
    deskundigeId,
    position,
    conclusie,
    sig,
    tlv: {
      schoolsoort: p.schoolsoort,
      categorie: p.categorie,
      ingang,
      einde: tlvEinddatum(ingang, 1),
    },
    onderbouwing: toelaatbaar
      ? MOTIVERING(p)
      : 'De school heeft de mogelijkheden van een arrangement in het regulier onderwijs nog niet benut; een tweede OT met de SC wordt aanbevolen.',
    doelen: DOELEN,
    submittedAt: `${addDays(p.ontvangenOp, 18 + position)}T15:00:00.000Z`,
  });
}
