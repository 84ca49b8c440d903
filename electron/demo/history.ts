import {
  aanvragen,
  besluiten,
  bezwaren,
  checklistTicks,
  eindadviezen,
  opschortingen,
  toewijzingen,
  verdagingen,
  volgnummerTellers,
  workflowEvents,
} from '../../db/schema';
import type { PublicContext } from '../core/context';
import { addDays, compareIsoDates, daysBetween, isoDate, isWeekend } from '../domain/calendar';
import { CHECKLIST_ITEMS } from '../domain/completeness';
import type { Opschorting, OpschortingGrond } from '../domain/opschorting';
import { aanvullingTermEnd, beslistermijnMetOpschortingen } from '../domain/termijnen';
import { schoolYearEndYear, tlvEinddatum } from '../domain/tlv-period';
import type {
  AanvraagSoort,
  AanvraagState,
  BesluitUitkomst,
  Categorie,
  Discipline,
  Schoolsoort,
} from '../domain/types';
import { formatVolgnummer } from '../domain/volgnummer';
import type { TimelineEvent } from '../domain/workflow-types';
import { schrijfTlv } from '../services/tlv-register';
import { insertDemoAdviesRij } from './advies';
import * as D from './dataset';
import { seededRng, type Rng } from './names';

// Issue 12, "A demo with history": two school years of decided aanvragen before the demo's open
// work, so that every report, chart and the TLV register show something real at first start. Each
// aanvraag takes the steps the app itself takes (the same events, in the order of §10's graph), with
// its suspensions, verdaging, bezwaar and decision on the days a busy office takes them; its term
// and whether it was decided in time are the domain's (`beslistermijnMetOpschortingen`), never a
// second rule here. The history has no documents or letters (loading the demo stays quick); its
// names come from pools of their own, so no pupil of the open work has a namesake here.
//
// Spread: ~0.8 aanvragen a school day, far fewer in the summer and Christmas holidays; 12 %
// onderinstroom, 14 % herindicatie; ~4 % withdrawn, ~4 % buiten behandeling after an aanvulling that
// never came, ~10 % no TLV, the rest a TLV; ~20 % with an aanvulling at intake, a few with a lid 2
// suspension; ~4 % verdaagd, ~6 % late; ~10 % with differing advices (the TLA-vergadering); ~5 % of
// the decisions with a bezwaar (a third gegrond); TLVs of one or two school years; dossiers decided
// more than a few months ago are archived. Some TLVs that ended in the first year are followed by a
// herindicatie of the same pupil, linked in the register (§8).

const VOORNAMEN = [
  'Thijs',
  'Ruben',
  'Stijn',
  'Jens',
  'Mats',
  'Gijs',
  'Owen',
  'Siem',
  'Julian',
  'Hugo',
  'Ilias',
  'Mohammed',
  'Jurre',
  'Teun',
  'Vince',
  'Luuk',
  'Fleur',
  'Anna',
  'Isa',
  'Roos',
  'Fenna',
  'Sanne',
  'Lieke',
  'Jasmijn',
  'Elin',
  'Ilse',
  'Maud',
  'Féline',
  'Chloë',
  'Hanna',
  'Amira',
  'Lina',
];
const ACHTERNAMEN = [
  'Van Wijk',
  'Gerritsen',
  'Bosch',
  'Timmermans',
  'Van Vliet',
  'Jacobs',
  'Vermeulen',
  'De Wit',
  'Van Beek',
  'Dekker',
  'Hoekstra',
  'Scholten',
  'Kramer',
  'Van Os',
  'Verbeek',
  'Boer',
  'Van der Heijden',
  'Wouters',
  'Claassen',
  'Mertens',
  'Aydın',
  'El Idrissi',
];

/** The first deskundige is always a gedragsdeskundige (§4); the second of another discipline. */
const EERSTE = [
  { username: 'ortho1', discipline: 'orthopedagoog' },
  { username: 'psycho1', discipline: 'psycholoog' },
  { username: 'ortho2', discipline: 'orthopedagoog' },
] as const satisfies readonly { username: string; discipline: Discipline }[];
const TWEEDE = [
  { username: 'arts1', discipline: 'arts' },
  { username: 'kjp1', discipline: 'kinder_jeugdpsycholoog' },
  { username: 'mw1', discipline: 'maatschappelijk_werker' },
] as const satisfies readonly { username: string; discipline: Discipline }[];

type Afloop = 'tlv' | 'geen_tlv' | 'buiten_behandeling' | 'ingetrokken';

interface Suspension {
  readonly grond: OpschortingGrond;
  readonly soort: 'aanvulling' | 'overig';
  readonly start: string;
  readonly termWerkdagen: number | null;
  readonly termEnd: string | null;
  readonly resumedOn: string | null;
  readonly toelichting: string;
}

export interface HistorySchool {
  readonly id: number;
  readonly bestuurIndex: number;
}

export type HistoryIds = ReadonlyMap<string, { userId: number; deskundigeId: number | null }>;

/** How likely an aanvraag comes in on a school day, by the season. */
function drukte(d: string): number {
  const md = d.slice(5);
  if (md >= '07-11' && md <= '08-22') return 0.12; // summer holiday
  if (md >= '12-21' || md <= '01-05') return 0.15; // Christmas
  if (md >= '02-14' && md <= '02-23') return 0.3; // voorjaarsvakantie
  if (md >= '10-11' && md <= '10-20') return 0.3; // herfstvakantie
  // Before the summer and the winter the schools apply most (plaatsing at the new school year).
  if ((md >= '03-01' && md <= '06-30') || (md >= '09-15' && md <= '11-30')) return 0.95;
  return 0.7;
}

const minDate = (a: string, b: string): string => (compareIsoDates(a, b) <= 0 ? a : b);

const nextWerkdag = (d: string): string => {
  let x = d;
  while (isWeekend(x)) x = addDays(x, 1);
  return x;
};

/** The days the aanvragen of the history came in: from two school years back to ~4 months ago. */
export function historyDays(today: string, rng: Rng): string[] {
  const startYear = schoolYearEndYear(today) - 3;
  const from = isoDate(startYear, 8, 20);
  const to = addDays(today, -120);
  const days: string[] = [];
  for (let d = from; compareIsoDates(d, to) <= 0; d = addDays(d, 1)) {
    if (isWeekend(d)) continue;
    const p = drukte(d);
    // Up to two on one day in the busy months.
    if (rng.next() < p * 0.62) days.push(d);
    if (rng.next() < p * 0.2) days.push(d);
  }
  return days;
}

interface Step {
  readonly event: TimelineEvent;
  readonly from: AanvraagState | null;
  readonly to: AanvraagState;
  readonly actor: 'sll' | 'voorzitter' | 'directeur' | 'eerste' | null;
  readonly on: string;
  readonly reason?: string;
}

/** One history aanvraag from receipt to its end, inserted in the caller's transaction. */
class HistoryWriter {
  private readonly tellers = new Map<number, number>();
  private readonly referenties = new Map<string, number>();
  private readonly q;

  constructor(
    private readonly ctx: PublicContext,
    private readonly ids: HistoryIds,
    private readonly today: string,
  ) {
    this.q = {
      toewijzing: ctx.sqlite.prepare(
        `SELECT t.id AS toewijzingId, t.discipline, u.id AS userId, u.naam, d.registratie
         FROM toewijzingen t JOIN deskundigen d ON d.id = t.deskundige_id
         JOIN users u ON u.id = d.user_id WHERE t.aanvraag_id = ? AND t.position = ?`,
      ),
      state: ctx.sqlite.prepare('UPDATE aanvragen SET state = ?, updated_at = ? WHERE id = ?'),
    };
    // The open demo aanvragen already hold the first numbers of their year.
    for (const r of ctx.db.select({ referentie: aanvragen.referentie }).from(aanvragen).all()) {
      const year = r.referentie.slice(4, 8);
      this.referenties.set(year, (this.referenties.get(year) ?? 0) + 1);
    }
  }

  private user(username: string): number {
    const u = this.ids.get(username);
    if (!u) throw new Error(`demo: no user ${username}`);
    return u.userId;
  }

  private deskundige(username: string): number {
    const id = this.ids.get(username)?.deskundigeId;
    if (id === null || id === undefined) throw new Error(`demo: ${username} is no deskundige`);
    return id;
  }

  private referentie(ontvangenOp: string): string {
    const year = ontvangenOp.slice(0, 4);
    const n = (this.referenties.get(year) ?? 0) + 1;
    this.referenties.set(year, n);
    return `TLA-${year}-${String(n).padStart(5, '0')}`;
  }

  volgnummer(on: string): string {
    const year = Number(on.slice(0, 4));
    const n = (this.tellers.get(year) ?? 0) + 1;
    this.tellers.set(year, n);
    return formatVolgnummer(D.DEMO_SWV.code, year, n);
  }

  /** The volgnummer counters end where the history's numbers end (the next decision follows on). */
  writeTellers(): void {
    for (const [jaar, laatste] of this.tellers)
      this.ctx.db
        .insert(volgnummerTellers)
        .values({ jaar, laatste })
        .onConflictDoUpdate({ target: volgnummerTellers.jaar, set: { laatste } })
        .run();
  }

  write(
    rng: Rng,
    ontvangenOp: string,
    school: HistorySchool,
    pupil?: { naam: string; geboortedatum: string; soort: AanvraagSoort },
  ): { aanvraagId: number; tlv: { id: number; einddatum: string } | null } {
    const { ctx } = this;
    const soort: AanvraagSoort =
      pupil?.soort ??
      (rng.next() < 0.12 ? 'onderinstroom' : rng.next() < 0.14 ? 'herindicatie' : 'zij_instroom');
    const groep = soort === 'onderinstroom' ? null : rng.int(2, 8);
    const age = soort === 'onderinstroom' ? 4 : (groep ?? 4) + 4;
    const naam = pupil?.naam ?? `${rng.pick(VOORNAMEN)} ${rng.pick(ACHTERNAMEN)}`;
    const geboortedatum =
      pupil?.geboortedatum ?? addDays(ontvangenOp, -(age * 365 + rng.int(0, 300)));
    const schoolsoort: Schoolsoort = rng.next() < 0.55 ? 'SBO' : 'SO';
    const categorie: Categorie | null =
      schoolsoort === 'SO' ? rng.pick(['laag', 'laag', 'midden', 'hoog'] as const) : null;
    const woonplaats = rng.pick(D.PLAATSEN);
    const roll = rng.next();
    const afloop: Afloop =
      roll < 0.04
        ? 'ingetrokken'
        : roll < 0.08
          ? 'buiten_behandeling'
          : roll < 0.18
            ? 'geen_tlv'
            : 'tlv';
    const verschillend = afloop !== 'buiten_behandeling' && rng.next() < 0.1;
    const sll = this.user('sll');
    const aanvraagId = Number(
      ctx.db
        .insert(aanvragen)
        .values({
          referentie: this.referentie(ontvangenOp),
          soort,
          state: 'ontvangen',
          leerlingNaam: naam,
          leerlingGeboortedatum: geboortedatum,
          groep,
          woonplaats,
          gemeente: D.GEMEENTE_VAN[woonplaats] ?? woonplaats,
          schoolId: school.id,
          schoolsoort,
          categorie,
          gewensteStartdatum: null,
          oudersNaam: `Fam. ${naam.split(' ').slice(1).join(' ')}`,
          oudersAdres: `${rng.pick(D.STRATEN)} ${rng.int(1, 120)}`,
          oudersPostcode: `67${rng.int(10, 99)} ${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`,
          oudersPlaats: rng.pick(D.PLAATSEN),
          oudersAkkoord: true,
          begeleiderNaam: 'Mirjam Steunpunt (SC)',
          begeleiderNotitie: null,
          ontvangenOp,
          createdBy: sll,
          updatedAt: `${ontvangenOp}T09:00:00.000Z`,
        })
        .run().lastInsertRowid,
    );

    const steps: Step[] = [
      { event: 'registreer', from: null, to: 'ontvangen', actor: 'sll', on: ontvangenOp },
    ];
    const suspensions: Suspension[] = [];
    const step = (s: Omit<Step, 'from'>) => steps.push({ ...s, from: (steps.at(-1) as Step).to });
    let d = nextWerkdag(addDays(ontvangenOp, rng.int(1, 3)));
    step({ event: 'start_controle', to: 'in_controle', actor: 'sll', on: d });

    // §3.4: an aanvulling at intake (Awb 4:15 lid 1 sub a), or, for buiten behandeling, one that
    // never came.
    if (afloop === 'buiten_behandeling' || rng.next() < 0.2) {
      const start = d;
      const termEnd = aanvullingTermEnd(start, 10);
      const resumedOn =
        afloop === 'buiten_behandeling' ? null : nextWerkdag(addDays(start, rng.int(3, 16)));
      const effectiveResume =
        resumedOn !== null && compareIsoDates(resumedOn, addDays(termEnd, 1)) > 0
          ? addDays(termEnd, 1)
          : resumedOn;
      suspensions.push({
        grond: 'awb_4_15_1a',
        soort: 'aanvulling',
        start,
        termWerkdagen: 10,
        termEnd,
        resumedOn: effectiveResume,
        toelichting: rng.pick([
          'Recent verslag van het OT ontbreekt.',
          'Handtekening van de ouders op het aanvraagformulier ontbreekt.',
          'Het OPP is niet actueel (ouder dan een jaar).',
          'Gegevens uit het leerlingvolgsysteem ontbreken.',
        ]),
      });
      step({ event: 'vraag_aanvulling', to: 'wacht_op_aanvulling', actor: 'sll', on: start });
      if (effectiveResume === null) {
        // Awb 4:5: the term passed unused; the voorzitter proposes, the directeur decides.
        const voorstel = nextWerkdag(addDays(termEnd, rng.int(1, 4)));
        step({
          event: 'stel_buiten_behandeling_voor',
          to: 'buiten_behandeling_voorgesteld',
          actor: 'sll',
          on: voorstel,
        });
        const besluitdatum = nextWerkdag(addDays(voorstel, rng.int(1, 5)));
        step({
          event: 'buiten_behandeling',
          to: 'buiten_behandeling_besloten',
          actor: 'directeur',
          on: besluitdatum,
        });
        const verzonden = nextWerkdag(addDays(besluitdatum, 1));
        step({ event: 'verzend', to: 'buiten_behandeling', actor: 'sll', on: verzonden });
        this.insertBesluit(aanvraagId, null, 'buiten_behandeling', besluitdatum, verzonden, null);
        this.finish(aanvraagId, rng, steps, suspensions, verzonden);
        return { aanvraagId, tlv: null };
      }
      d = effectiveResume;
      step({ event: 'aanvulling_ontvangen', to: 'in_controle', actor: 'sll', on: d });
    }
    d = nextWerkdag(addDays(d, rng.int(1, 4)));
    step({ event: 'markeer_compleet', to: 'te_verdelen', actor: 'sll', on: d });
    d = nextWerkdag(addDays(d, rng.int(1, 5)));
    step({ event: 'wijs_toe', to: 'in_advies', actor: 'voorzitter', on: d });
    const eerste = this.kies(rng, EERSTE, school.bestuurIndex);
    const tweede = this.kies(rng, TWEEDE, school.bestuurIndex);
    for (const [position, w] of [
      [1, eerste],
      [2, tweede],
    ] as const)
      ctx.db
        .insert(toewijzingen)
        .values({
          aanvraagId,
          position,
          deskundigeId: this.deskundige(w.username),
          discipline: w.discipline,
          assignedBy: this.user('voorzitter'),
        })
        .run();
    for (const item of CHECKLIST_ITEMS[soort])
      if (item.source === 'sll')
        ctx.db
          .insert(checklistTicks)
          .values({
            aanvraagId,
            itemKey: item.key,
            status: 'ok',
            actorUserId: sll,
            at: `${d}T10:00:00.000Z`,
          })
          .run();

    if (afloop === 'ingetrokken') {
      const op = nextWerkdag(addDays(d, rng.int(3, 20)));
      step({
        event: 'trek_in',
        to: 'ingetrokken',
        actor: 'sll',
        on: op,
        reason: 'De school heeft de aanvraag ingetrokken: de leerling verhuist.',
      });
      this.finish(aanvraagId, rng, steps, suspensions, op);
      return { aanvraagId, tlv: null };
    }

    // A suspension on a lid 2 ground now and then (with the ouders' consent, their delay, overmacht).
    if (rng.next() < 0.07) {
      const grond = rng.pick(['awb_4_15_2a', 'awb_4_15_2a', 'awb_4_15_2b', 'awb_4_15_2c'] as const);
      const start = nextWerkdag(addDays(d, rng.int(2, 8)));
      const resumedOn = addDays(start, rng.int(7, 28));
      suspensions.push({
        grond,
        soort: 'overig',
        start,
        termWerkdagen: null,
        termEnd: null,
        resumedOn,
        toelichting:
          grond === 'awb_4_15_2a'
            ? 'Met instemming van de ouders opgeschort voor een aanvullend psychodiagnostisch onderzoek.'
            : grond === 'awb_4_15_2b'
              ? 'De ouders konden het gesprek met de deskundige pas later plannen.'
              : 'Langdurige ziekte van de deskundige; geen vervanging beschikbaar.',
      });
    }

    // The term as the domain counts it; the decision falls in it, or after it (late), or after a
    // verdaging within the new end.
    const ops: Opschorting[] = suspensions.map((s) => ({
      grond: s.grond,
      start: s.start,
      termEnd: s.termEnd,
      resumedOn: s.resumedOn,
    }));
    const term = beslistermijnMetOpschortingen({
      ontvangenOp,
      opschortingen: ops,
      today: this.today,
    });
    // The advices take at least four weeks after the assignment, and follow a lid 2 suspension.
    const lid2 = suspensions.find((x) => x.soort === 'overig')?.resumedOn ?? null;
    const vroegst =
      lid2 !== null && compareIsoDates(addDays(lid2, 10), addDays(d, 28)) > 0
        ? addDays(lid2, 10)
        : addDays(d, 28);
    const tijd = rng.next();
    let verdaging: { notifiedOn: string; newEnd: string } | null = null;
    let besluitdatum: string;
    if (tijd < 0.05) {
      verdaging = {
        notifiedOn: nextWerkdag(addDays(term.end, -rng.int(8, 14))),
        newEnd: addDays(term.end, 28),
      };
      besluitdatum = nextWerkdag(addDays(term.end, rng.int(3, 24)));
    } else if (tijd < 0.11) {
      besluitdatum = nextWerkdag(addDays(term.end, rng.int(1, 21)));
    } else {
      const span = Math.max(0, daysBetween(vroegst, addDays(term.end, -1)));
      besluitdatum = addDays(vroegst, Math.round(span * (0.35 + 0.65 * rng.next())));
      while (isWeekend(besluitdatum)) besluitdatum = addDays(besluitdatum, -1);
    }
    const vergelijking = addDays(besluitdatum, -rng.int(16, 22));
    const tlv = afloop === 'tlv';
    const advies = (pos: 1 | 2): 'toelaatbaar' | 'niet_toelaatbaar' =>
      verschillend
        ? (pos === 1) === tlv
          ? 'toelaatbaar'
          : 'niet_toelaatbaar'
        : tlv
          ? 'toelaatbaar'
          : 'niet_toelaatbaar';
    const ingang = this.ingang(besluitdatum, rng);
    const jaren = schoolsoort === 'SO' ? rng.pick([1, 2, 2]) : rng.pick([1, 2]);
    const einde = tlvEinddatum(ingang, jaren);
    for (const pos of [1, 2] as const)
      this.insertAdvies(
        aanvraagId,
        pos,
        this.deskundige((pos === 1 ? eerste : tweede).username),
        advies(pos),
        { schoolsoort, categorie, ingang, einde, naam },
        addDays(vergelijking, -rng.int(0, 3)),
      );
    let vergadering = vergelijking;
    if (verschillend) {
      vergadering = nextWerkdag(addDays(vergelijking, rng.int(3, 5)));
      step({ event: 'adviezen_verschillend', to: 'geagendeerd', actor: null, on: vergelijking });
      step({
        event: 'vergadering_advies',
        to: 'eindadvies_in_opmaak',
        actor: 'voorzitter',
        on: vergadering,
      });
    } else {
      step({ event: 'adviezen_unaniem', to: 'unaniem', actor: null, on: vergelijking });
      step({
        event: 'start_eindadvies',
        to: 'eindadvies_in_opmaak',
        actor: null,
        on: vergelijking,
      });
    }
    const voorstel = addDays(besluitdatum, -rng.int(5, 9));
    const ingediend =
      compareIsoDates(voorstel, vergadering) > 0 ? voorstel : addDays(vergadering, 1);
    const eindadviesId = Number(
      ctx.db
        .insert(eindadviezen)
        .values({
          aanvraagId,
          version: 1,
          status: 'ingediend',
          uitkomst: tlv ? 'tlv_afgegeven' : 'tlv_niet_afgegeven',
          schoolsoort: tlv ? schoolsoort : null,
          categorie: tlv ? categorie : null,
          ingangsdatum: tlv ? ingang : null,
          einddatum: tlv ? einde : null,
          motivering: tlv ? motivering(naam) : GEEN_TLV,
          doelen: DOELEN,
          authorDeskundigeId: this.deskundige(eerste.username),
          submittedAt: `${ingediend}T15:00:00.000Z`,
        })
        .run().lastInsertRowid,
    );
    step({
      event: 'eindadvies_ingediend',
      to: 'eindadvies_gereed',
      actor: 'eerste',
      on: ingediend,
    });
    step({
      event: 'presenteer',
      to: 'ter_besluitvorming',
      actor: 'voorzitter',
      on: minDate(nextWerkdag(addDays(ingediend, 1)), besluitdatum),
    });
    step({ event: 'stel_vast', to: 'besloten', actor: 'directeur', on: besluitdatum });
    const verzonden = nextWerkdag(addDays(besluitdatum, 1));
    step({ event: 'verzend', to: 'verzonden', actor: 'sll', on: verzonden });
    const volgnummer = tlv ? this.volgnummer(besluitdatum) : null;
    const besluitId = this.insertBesluit(
      aanvraagId,
      eindadviesId,
      tlv ? 'tlv_afgegeven' : 'tlv_niet_afgegeven',
      besluitdatum,
      verzonden,
      tlv ? { volgnummer: volgnummer as string, schoolsoort, categorie, ingang, einde } : null,
    );
    if (verdaging !== null)
      ctx.db
        .insert(verdagingen)
        .values({
          aanvraagId,
          notifiedOn: verdaging.notifiedOn,
          newEnd: verdaging.newEnd,
          reden:
            'Het advies van de tweede deskundige vraagt een aanvullend gesprek met de ouders; een zorgvuldig besluit is binnen de termijn niet mogelijk.',
          createdBy: sll,
          createdAt: `${verdaging.notifiedOn}T11:00:00.000Z`,
        })
        .run();
    let staande: { id: number; einddatum: string } | null = null;
    if (tlv)
      staande = {
        id: schrijfTlv(this.at(besluitdatum), {
          aanvraagId,
          besluitId,
          volgnummer: volgnummer as string,
          schoolsoort,
          categorie,
          begindatum: ingang,
          einddatum: einde,
          afgegevenOp: besluitdatum,
        }),
        einddatum: einde,
      };
    let laatste = verzonden;
    // §9: a bezwaar now and then, mostly from ouders against no TLV.
    if (rng.next() < (tlv ? 0.02 : 0.3)) {
      const b = this.bezwaar(rng, aanvraagId, besluitId, verzonden, steps, {
        tlv,
        schoolsoort,
        categorie,
        ingang,
      });
      laatste = b.laatste;
      if (b.tlv !== null) staande = b.tlv;
    }
    this.finish(aanvraagId, rng, steps, suspensions, laatste);
    return { aanvraagId, tlv: staande };
  }

  /** A context whose clock reads the day of a step (the register row's created_at). */
  private at(day: string): PublicContext {
    return { ...this.ctx, nowIso: `${day}T12:00:00.000Z`, today: day };
  }

  /** The TLV starts at the next school year, or soon after the decision during the year. */
  private ingang(besluitdatum: string, rng: Rng): string {
    const md = besluitdatum.slice(5);
    if (md >= '05-15' && md <= '07-31')
      return isoDate(Number(besluitdatum.slice(0, 4)), 8, 1 + rng.int(0, 25));
    return nextWerkdag(addDays(besluitdatum, rng.int(7, 28)));
  }

  private kies<T extends { username: string }>(rng: Rng, pool: readonly T[], bestuur: number): T {
    // A deskundige who works for the school's board is never assigned (§4, independence).
    const vrij = pool.filter((w) => {
      const u = D.DEMO_USERS.find((x) => x.username === w.username);
      return !(u?.deskundige?.bestuurIndexes ?? []).includes(bestuur);
    });
    return rng.pick(vrij);
  }

  private insertBesluit(
    aanvraagId: number,
    eindadviesId: number | null,
    uitkomst: BesluitUitkomst,
    besluitdatum: string,
    verzondenOp: string,
    tlv: {
      volgnummer: string;
      schoolsoort: Schoolsoort;
      categorie: Categorie | null;
      ingang: string;
      einde: string;
    } | null,
  ): number {
    return Number(
      this.ctx.db
        .insert(besluiten)
        .values({
          aanvraagId,
          eindadviesId,
          uitkomst,
          volgnummer: tlv?.volgnummer ?? null,
          besluitdatum,
          schoolsoort: tlv?.schoolsoort ?? null,
          categorie: tlv?.categorie ?? null,
          begindatum: tlv?.ingang ?? null,
          einddatum: tlv?.einde ?? null,
          directeurUserId: this.user('directeur'),
          signedAt: `${besluitdatum}T14:00:00.000Z`,
          verzondenOp,
        })
        .run().lastInsertRowid,
    );
  }

  private insertAdvies(
    aanvraagId: number,
    position: 1 | 2,
    deskundigeId: number,
    conclusie: 'toelaatbaar' | 'niet_toelaatbaar',
    t: {
      schoolsoort: Schoolsoort;
      categorie: Categorie | null;
      ingang: string;
      einde: string;
      naam: string;
    },
    op: string,
  ): void {
    const sig = this.q.toewijzing.get(aanvraagId, position) as
      | { toewijzingId: number; discipline: Discipline; naam: string; registratie: string }
      | undefined;
    if (!sig) throw new Error('demo: an advice without its assignment');
    insertDemoAdviesRij(this.ctx, {
      aanvraagId,
      deskundigeId,
      position,
      conclusie,
      sig,
      tlv: t,
      onderbouwing: conclusie === 'toelaatbaar' ? motivering(t.naam) : GEEN_TLV,
      doelen: DOELEN,
      submittedAt: `${op}T15:00:00.000Z`,
    });
  }

  /** §9: the bezwaar, the advice of the commissie, the decision on it (a revision when gegrond). */
  private bezwaar(
    rng: Rng,
    aanvraagId: number,
    besluitId: number,
    verzonden: string,
    steps: Step[],
    eerder: { tlv: boolean; schoolsoort: Schoolsoort; categorie: Categorie | null; ingang: string },
  ): { laatste: string; tlv: { id: number; einddatum: string } | null } {
    const ontvangen = nextWerkdag(addDays(verzonden, rng.int(7, 38)));
    const gegrond = rng.next() < 0.33;
    const beslist = nextWerkdag(addDays(ontvangen, rng.int(35, 80)));
    steps.push({
      event: 'registreer_bezwaar',
      from: (steps.at(-1) as Step).to,
      to: 'in_bezwaar',
      actor: 'sll',
      on: ontvangen,
    });
    // A gegrond bezwaar against no TLV gives one (SO, laag); against a TLV it raises the categorie.
    const schoolsoort: Schoolsoort = eerder.tlv ? eerder.schoolsoort : 'SO';
    const categorie: Categorie | null =
      schoolsoort === 'SBO' ? null : !eerder.tlv || eerder.categorie === null ? 'laag' : 'hoog';
    const begindatum = this.ingang(beslist, rng);
    const herzien = gegrond
      ? {
          uitkomst: 'tlv_afgegeven' as const,
          schoolsoort,
          categorie,
          begindatum,
          einddatum: tlvEinddatum(begindatum, 1),
          volgnummer: this.volgnummer(beslist),
        }
      : null;
    const bezwaarId = Number(
      this.ctx.db
        .insert(bezwaren)
        .values({
          aanvraagId,
          ontvangenOp: ontvangen,
          postmarkedOn: null,
          doorOuders: true,
          doorSchool: rng.next() < 0.3,
          ontvangstbevestigingOp: nextWerkdag(addDays(ontvangen, 2)),
          adviesGevraagdOp: nextWerkdag(addDays(ontvangen, 5)),
          adviesOntvangenOp: addDays(beslist, -rng.int(5, 12)),
          adviesSamenvatting: gegrond
            ? 'De commissie adviseert het bezwaar gegrond te verklaren: het dossier laat een zwaardere ondersteuningsbehoefte zien dan het besluit aanneemt.'
            : 'De commissie adviseert het bezwaar ongegrond te verklaren: het besluit is zorgvuldig voorbereid en voldoende gemotiveerd.',
          verdaagd: false,
          uitkomst: gegrond ? 'gegrond' : 'ongegrond',
          herzienBesluit: herzien === null ? null : JSON.stringify(herzien),
          beslistOp: beslist,
          geslotenOp: nextWerkdag(addDays(beslist, 3)),
          createdBy: this.user('sll'),
          createdAt: `${ontvangen}T10:00:00.000Z`,
        })
        .run().lastInsertRowid,
    );
    steps.push({
      event: 'beslis_op_bezwaar',
      from: 'in_bezwaar',
      to: 'besloten_op_bezwaar',
      actor: 'directeur',
      on: beslist,
      reason: gegrond ? 'gegrond' : 'ongegrond',
    });
    if (herzien === null) return { laatste: beslist, tlv: null };
    const id = schrijfTlv(this.at(beslist), {
      aanvraagId,
      besluitId,
      bezwaarId,
      volgnummer: herzien.volgnummer,
      schoolsoort: herzien.schoolsoort,
      categorie: herzien.categorie,
      begindatum: herzien.begindatum,
      einddatum: herzien.einddatum,
      afgegevenOp: beslist,
    });
    return { laatste: beslist, tlv: { id, einddatum: herzien.einddatum } };
  }

  /** The steps and suspensions written; the dossier archived once no bezwaar can come any more. */
  private finish(
    aanvraagId: number,
    rng: Rng,
    steps: Step[],
    suspensions: readonly Suspension[],
    laatste: string,
  ): void {
    const archief = nextWerkdag(addDays(laatste, rng.int(60, 120)));
    if (compareIsoDates(archief, addDays(this.today, -7)) < 0)
      steps.push({
        event: 'archiveer',
        from: (steps.at(-1) as Step).to,
        to: 'gearchiveerd',
        actor: 'sll',
        on: archief,
      });
    const eerste = this.q.toewijzing.get(aanvraagId, 1) as { userId: number } | undefined;
    const actor = (a: Step['actor']): number | null =>
      a === null ? null : a === 'eerste' ? (eerste?.userId ?? null) : this.user(a);
    steps.forEach((s, i) =>
      this.ctx.db
        .insert(workflowEvents)
        .values({
          aanvraagId,
          event: s.event,
          fromState: s.from,
          toState: s.to,
          actorUserId: actor(s.actor),
          reason: s.reason ?? null,
          // Steps of one day keep their order.
          at: `${s.on}T${String(8 + Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')}:00.000Z`,
        })
        .run(),
    );
    for (const s of suspensions)
      this.ctx.db
        .insert(opschortingen)
        .values({
          aanvraagId,
          grond: s.grond,
          soort: s.soort,
          start: s.start,
          termWerkdagen: s.termWerkdagen,
          termEnd: s.termEnd,
          resumedOn: s.resumedOn,
          toelichting: s.toelichting,
          briefId: null,
          createdBy: this.user('sll'),
          createdAt: `${s.start}T10:00:00.000Z`,
        })
        .run();
    const last = steps.at(-1) as Step;
    this.q.state.run(last.to, `${last.on}T12:00:00.000Z`, aanvraagId);
  }
}

const motivering = (naam: string) =>
  `${naam.split(' ')[0]} heeft behoefte aan onderwijs in een kleine groep met veel structuur en voorspelbaarheid. ` +
  'De school heeft met extra begeleiding en externe expertise een passend aanbod geprobeerd; de ontwikkeling stagneert desondanks.';
const GEEN_TLV =
  'De school heeft de mogelijkheden van een arrangement in het regulier onderwijs nog niet benut; een tweede OT met de SC wordt aanbevolen.';
const DOELEN =
  'Werken aan zelfstandigheid en taakgerichtheid; lezen en rekenen op het niveau van het ontwikkelingsperspectief.';

/**
 * Writes the history inside the demo's transaction, after its open aanvragen. Returns how many
 * aanvragen it wrote.
 */
export function insertDemoGeschiedenis(
  ctx: PublicContext,
  ids: HistoryIds,
  schools: readonly HistorySchool[],
): number {
  const rng = seededRng(20240820);
  const writer = new HistoryWriter(ctx, ids, ctx.today);
  const days = historyDays(ctx.today, rng);
  // TLVs of the first school year that end on 31 July: some pupils come back for a herindicatie.
  const ending: { tlvId: number; einddatum: string; aanvraagId: number }[] = [];
  let n = 0;
  for (const day of days) {
    // In spring, a herindicatie for a TLV that ends this summer (§8), before a new aanvraag.
    const md = day.slice(5);
    const due = ending.filter(
      (e) =>
        e.einddatum === isoDate(Number(day.slice(0, 4)), 7, 31) && md >= '03-01' && md <= '05-31',
    );
    const e = due.length > 0 && rng.next() < 0.25 ? due[rng.int(0, due.length - 1)] : undefined;
    if (e !== undefined) {
      ending.splice(ending.indexOf(e), 1);
      const a = ctx.sqlite
        .prepare(
          'SELECT leerling_naam AS naam, leerling_geboortedatum AS geboortedatum, school_id AS schoolId FROM aanvragen WHERE id = ?',
        )
        .get(e.aanvraagId) as { naam: string; geboortedatum: string; schoolId: number };
      const school = schools.find((s) => s.id === a.schoolId) as HistorySchool;
      const r = writer.write(rng, day, school, {
        naam: a.naam,
        geboortedatum: a.geboortedatum,
        soort: 'herindicatie',
      });
      ctx.sqlite
        .prepare('UPDATE tlv_register SET herindicatie_aanvraag_id = ? WHERE id = ?')
        .run(r.aanvraagId, e.tlvId);
      n += 1;
      continue;
    }
    const school = schools[rng.int(0, schools.length - 1)] as HistorySchool;
    const r = writer.write(rng, day, school);
    if (r.tlv !== null && r.tlv.einddatum.endsWith('-07-31'))
      ending.push({ tlvId: r.tlv.id, einddatum: r.tlv.einddatum, aanvraagId: r.aanvraagId });
    n += 1;
  }
  writer.writeTellers();
  return n;
}
