import { and, desc, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  aanvraagBetrokkenen,
  aanvraagWijzigingen,
  aanvragen,
  adviezen,
  avgVerzoekAanvragen,
  avgVerzoekCorrecties,
  avgVerzoeken,
  besluiten,
  bewaarBlokkades,
  bezwaren,
  brieven,
  checklistTicks,
  documentCorrecties,
  documentPosities,
  documenten,
  eindadviezen,
  ingebrekestellingen,
  notities,
  opschortingen,
  settings,
  toewijzingen,
  users,
  verdagingen,
  vergaderingen,
  vergaderingUitkomsten,
  avgBrieven,
  vernietigingAvgItems,
  vernietigingItems,
  vernietigingsvoorstellen,
  workflowEvents,
} from '../../db/schema';
import { bewaarInstellingen } from '../contract/bewaren';
import type { AuthedContext, ServiceContext } from '../core/context';
import { conflict, domainError, notFound, UserFacingError } from '../core/errors';
import { avgBewaarStatus, avgKenmerk, type AvgBewaarStatus } from '../domain/avg-verzoeken';
import { toIsoDateFromInstant } from '../domain/calendar';
import {
  bewaarStatus,
  DEFAULT_BEWAARTERMIJN_JAREN,
  magVernietigingGoedkeuren,
  verklaringNummer,
  VERNIETIGD_NAAM,
  type BewaarBlokkade,
  type BewaarFeiten,
  type BewaarStatus,
} from '../domain/retention';
import type { IsoDate } from '../domain/types';
import { renderVerklaringVernietiging } from '../letters/index';
import { letterhead } from './brieven';
import { herschrijfNotulen, vergaderingenMetVernietigd } from './vernietiging-notulen';
import { wisInRegister } from './tlv-register';

// Issue 11 · retention and deletion (tlv-procedure.md §12, quality goal S7). The domain decides
// (domain/retention.ts: the term, its start, the holds, the two-person rule); this module gathers
// the facts, keeps the proposals and destroys a dossier in one transaction. What a destroyed
// dossier leaves: its aanvraag row with the kenmerk and the register's facts (the pupil's and
// ouders' data blanked), the TLV register row in `besluiten` (setting), its workflow events
// without their free text, its audit rows (which never held free text) and the verklaring.

// ---------------------------------------------------------------------------------------------
// The setting: the term in years (at most the legal 3) and whether the TLV register row stays.

const bewaarInstellingenSchema = bewaarInstellingen;
export type BewaarInstellingen = z.output<typeof bewaarInstellingenSchema>;

const DEFAULT_INSTELLINGEN: BewaarInstellingen = {
  jaren: DEFAULT_BEWAARTERMIJN_JAREN,
  registerBewaren: true,
};

/** The stored setting, or the default when absent or damaged. */
export function readBewaarInstellingen(ctx: ServiceContext): BewaarInstellingen {
  const row = ctx.db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, 'bewaren'))
    .get();
  if (!row) return DEFAULT_INSTELLINGEN;
  try {
    const parsed = bewaarInstellingenSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_INSTELLINGEN;
  } catch {
    return DEFAULT_INSTELLINGEN;
  }
}

export function writeBewaarInstellingen(ctx: AuthedContext, input: BewaarInstellingen) {
  const value = JSON.stringify(input);
  ctx.tx(() => {
    ctx.db
      .insert(settings)
      .values({ key: 'bewaren', value })
      .onConflictDoUpdate({ target: settings.key, set: { value } })
      .run();
    ctx.audit({ action: 'instellingen.bewaren', objectType: 'settings', objectId: null });
  });
  return readBewaarInstellingen(ctx);
}

// ---------------------------------------------------------------------------------------------
// The facts of each dossier that has ended (a decision, or withdrawn) and is not destroyed yet.

interface Dossier {
  readonly aanvraagId: number;
  readonly referentie: string;
  readonly volgnummer: string | null;
  readonly uitkomst: string | null;
  readonly feiten: BewaarFeiten;
}

/**
 * The holds kept elsewhere: a beroep recorded by hand (bewaar_blokkades, soort 'beroep'), and every
 * request of the ouders in the AVG register (§12, AVG art. 12) that is linked to the dossier and not
 * yet answered: the data it asks about may not be destroyed while the SWV must still answer it. The
 * list, the proposal and the approval all ask this function.
 */
export function openBlokkades(
  ctx: ServiceContext,
  aanvraagIds: readonly number[] | null,
): Map<number, BewaarBlokkade[]> {
  const b = bewaarBlokkades;
  const rows = ctx.db
    .select({ aanvraagId: b.aanvraagId, soort: b.soort })
    .from(b)
    .where(
      aanvraagIds === null
        ? isNull(b.opgehevenOp)
        : and(isNull(b.opgehevenOp), inArray(b.aanvraagId, [...aanvraagIds])),
    )
    .all();
  const openAvg = ne(avgVerzoeken.status, 'afgehandeld');
  const avg = ctx.db
    .selectDistinct({ aanvraagId: avgVerzoekAanvragen.aanvraagId })
    .from(avgVerzoekAanvragen)
    .innerJoin(avgVerzoeken, eq(avgVerzoeken.id, avgVerzoekAanvragen.verzoekId))
    .where(
      aanvraagIds === null
        ? openAvg
        : and(openAvg, inArray(avgVerzoekAanvragen.aanvraagId, [...aanvraagIds])),
    )
    .all()
    .map((r) => ({ aanvraagId: r.aanvraagId, soort: 'avg_verzoek' as const }));
  const map = new Map<number, BewaarBlokkade[]>();
  for (const r of [...rows, ...avg]) {
    const soorten = map.get(r.aanvraagId) ?? [];
    if (!soorten.includes(r.soort)) map.set(r.aanvraagId, [...soorten, r.soort]);
  }
  return map;
}

/** Every dossier that has ended and still exists (or the ones named), with the facts of its term. */
function loadDossiers(ctx: ServiceContext, aanvraagIds: readonly number[] | null): Dossier[] {
  const a = aanvragen;
  // Withdrawn: a trek_in in its history (an archived withdrawal is no longer in state ingetrokken).
  const ended = or(
    isNotNull(besluiten.id),
    sql`EXISTS (SELECT 1 FROM workflow_events w WHERE w.aanvraag_id = ${a.id} AND w.event = 'trek_in')`,
  );
  const rows = ctx.db
    .select({
      aanvraagId: a.id,
      referentie: a.referentie,
      state: a.state,
      besluitdatum: besluiten.besluitdatum,
      volgnummer: besluiten.volgnummer,
      uitkomst: besluiten.uitkomst,
    })
    .from(a)
    .leftJoin(besluiten, eq(besluiten.aanvraagId, a.id))
    .where(
      aanvraagIds === null
        ? and(isNull(a.vernietigdOp), ended)
        : and(isNull(a.vernietigdOp), ended, inArray(a.id, [...aanvraagIds])),
    )
    .orderBy(a.referentie)
    .all();
  const ids = rows.map((r) => r.aanvraagId);
  const only = <T>(col: T) => (aanvraagIds === null ? undefined : inArray(col as never, ids));
  const bez = ctx.db
    .select({
      aanvraagId: bezwaren.aanvraagId,
      beslistOp: bezwaren.beslistOp,
      gesloten: bezwaren.geslotenOp,
    })
    .from(bezwaren)
    .where(only(bezwaren.aanvraagId))
    .all();
  const withdrawn = ctx.db
    .select({ aanvraagId: workflowEvents.aanvraagId, at: workflowEvents.at })
    .from(workflowEvents)
    .where(and(eq(workflowEvents.event, 'trek_in'), only(workflowEvents.aanvraagId)))
    .all();
  const holds = openBlokkades(ctx, aanvraagIds === null ? null : ids);
  const bezwaarOpen = new Set<number>();
  const opBezwaar = new Map<number, IsoDate>();
  for (const r of bez) {
    if (r.beslistOp === null && r.gesloten === null) bezwaarOpen.add(r.aanvraagId);
    const prev = opBezwaar.get(r.aanvraagId);
    if (r.beslistOp !== null && (prev === undefined || r.beslistOp > prev))
      opBezwaar.set(r.aanvraagId, r.beslistOp);
  }
  const ingetrokken = new Map(withdrawn.map((w) => [w.aanvraagId, toIsoDateFromInstant(w.at)]));
  return rows.map((r) => ({
    aanvraagId: r.aanvraagId,
    referentie: r.referentie,
    volgnummer: r.volgnummer,
    uitkomst: r.uitkomst,
    feiten: {
      besluitdatum: r.besluitdatum,
      besluitOpBezwaar: opBezwaar.get(r.aanvraagId) ?? null,
      ingetrokkenOp: ingetrokken.get(r.aanvraagId) ?? null,
      blokkades: [
        ...(bezwaarOpen.has(r.aanvraagId) ? (['bezwaar'] as const) : []),
        ...(holds.get(r.aanvraagId) ?? []),
      ],
    },
  }));
}

/**
 * The retention facts of one aanvraag (§12), as the vernietigingslijst has them; a dossier that has
 * not ended yet has no decision and no withdrawal (its term has not started).
 */
export function bewaarFeitenVan(ctx: ServiceContext, aanvraagId: number): BewaarFeiten {
  const ended = loadDossiers(ctx, [aanvraagId])[0];
  if (ended) return ended.feiten;
  return {
    besluitdatum: null,
    besluitOpBezwaar: null,
    ingetrokkenOp: null,
    blokkades: openBlokkades(ctx, [aanvraagId]).get(aanvraagId) ?? [],
  };
}

/** Open proposals by aanvraag: a dossier is in at most one at a time. */
function inOpenVoorstel(ctx: ServiceContext): Map<number, number> {
  const rows = ctx.db
    .select({ aanvraagId: vernietigingItems.aanvraagId, voorstelId: vernietigingItems.voorstelId })
    .from(vernietigingItems)
    .innerJoin(
      vernietigingsvoorstellen,
      eq(vernietigingsvoorstellen.id, vernietigingItems.voorstelId),
    )
    .where(eq(vernietigingsvoorstellen.status, 'voorgesteld'))
    .all();
  return new Map(rows.map((r) => [r.aanvraagId, r.voorstelId]));
}

// ---------------------------------------------------------------------------------------------
// The AVG register's answered requests (domain/avg-verzoeken.ts avgBewaarStatus): kept while a
// dossier they concern exists, then the bewaartermijn after their answer; then destroyed in a
// proposal like a dossier, by two people.

interface AvgRegisterRij {
  readonly verzoekId: number;
  readonly kenmerk: string;
  readonly soort: string;
  readonly afgehandeldOp: IsoDate;
  readonly status: AvgBewaarStatus;
}

function loadAvgRegister(
  ctx: ServiceContext,
  verzoekIds: readonly number[] | null,
  jaren: number,
): AvgRegisterRij[] {
  const v = avgVerzoeken;
  const bestaand = sql<number>`(SELECT count(*) FROM ${avgVerzoekAanvragen}
    JOIN ${aanvragen} ON ${aanvragen.id} = ${avgVerzoekAanvragen.aanvraagId}
    WHERE ${avgVerzoekAanvragen.verzoekId} = ${v.id} AND ${aanvragen.vernietigdOp} IS NULL)`;
  const answered = and(
    isNull(v.vernietigdOp),
    eq(v.status, 'afgehandeld'),
    isNotNull(v.afgehandeldOp),
  );
  return ctx.db
    .select({
      id: v.id,
      soort: v.soort,
      ontvangenOp: v.ontvangenOp,
      afgehandeldOp: v.afgehandeldOp,
      bestaand,
    })
    .from(v)
    .where(verzoekIds === null ? answered : and(answered, inArray(v.id, [...verzoekIds])))
    .orderBy(v.id)
    .all()
    .map((r) => ({
      verzoekId: r.id,
      kenmerk: avgKenmerk(r.id, r.ontvangenOp),
      soort: r.soort,
      afgehandeldOp: r.afgehandeldOp ?? '',
      status: avgBewaarStatus(
        { afgehandeldOp: r.afgehandeldOp, bestaandeDossiers: r.bestaand },
        ctx.today,
        jaren,
      ),
    }));
}

/** Open proposals by request of the AVG register. */
function avgInOpenVoorstel(ctx: ServiceContext): Map<number, number> {
  const rows = ctx.db
    .select({
      verzoekId: vernietigingAvgItems.verzoekId,
      voorstelId: vernietigingAvgItems.voorstelId,
    })
    .from(vernietigingAvgItems)
    .innerJoin(
      vernietigingsvoorstellen,
      eq(vernietigingsvoorstellen.id, vernietigingAvgItems.voorstelId),
    )
    .where(eq(vernietigingsvoorstellen.status, 'voorgesteld'))
    .all();
  return new Map(rows.map((r) => [r.verzoekId, r.voorstelId]));
}

/** Each named request, due now; a Dutch refusal for any that is not. */
function checkAvgDue(ctx: ServiceContext, verzoekIds: readonly number[], jaren: number) {
  const rows = loadAvgRegister(ctx, verzoekIds, jaren);
  const byId = new Map(rows.map((r) => [r.verzoekId, r]));
  return verzoekIds.map((id) => {
    const r = byId.get(id);
    if (!r) throw notFound('Een van de gekozen AVG-verzoeken');
    if (r.status.status !== 'te_vernietigen')
      throw domainError(`De bewaartermijn van ${r.kenmerk} is nog niet verstreken.`);
    return { ...r, vanaf: r.status.vanaf };
  });
}

// ---------------------------------------------------------------------------------------------
// The vernietigingslijst.

/**
 * The dossiers whose term has passed: due, or held (with why). Each by kenmerk, TLV volgnummer and
 * dates only: the beheerder sees no dossier content, and needs none to propose.
 */
export function vernietigingslijst(ctx: AuthedContext) {
  const inst = readBewaarInstellingen(ctx);
  const open = inOpenVoorstel(ctx);
  let bewaard = 0;
  const dossiers = loadDossiers(ctx, null);
  const bestaand =
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(aanvragen)
      .where(isNull(aanvragen.vernietigdOp))
      .get()?.n ?? 0;
  // Without a decision and not withdrawn: the procedure still runs.
  const lopend = bestaand - dossiers.length;
  const rows = [];
  for (const d of dossiers) {
    const s = bewaarStatus(d.feiten, ctx.today, inst.jaren);
    if (s.status === 'bewaren') bewaard += 1;
    else if (s.status !== 'lopend')
      rows.push({
        aanvraagId: d.aanvraagId,
        referentie: d.referentie,
        volgnummer: d.volgnummer,
        uitkomst: d.uitkomst,
        termijnStart: s.start,
        vernietigbaarVanaf: s.vanaf,
        status: s.status,
        redenen: s.status === 'vastgehouden' ? [...s.redenen] : [],
        beroep: d.feiten.blokkades.includes('beroep'),
        voorstelId: open.get(d.aanvraagId) ?? null,
      });
  }
  const avgOpen = avgInOpenVoorstel(ctx);
  const register = loadAvgRegister(ctx, null, inst.jaren);
  const avgVerzoekenDue = register.flatMap((r) =>
    r.status.status === 'te_vernietigen'
      ? [
          {
            verzoekId: r.verzoekId,
            kenmerk: r.kenmerk,
            soort: r.soort,
            afgehandeldOp: r.afgehandeldOp,
            vernietigbaarVanaf: r.status.vanaf,
            voorstelId: avgOpen.get(r.verzoekId) ?? null,
          },
        ]
      : [],
  );
  return {
    instellingen: inst,
    rows,
    bewaard,
    lopend,
    avgVerzoeken: avgVerzoekenDue,
    avgBewaard: register.length - avgVerzoekenDue.length,
  };
}

/** Where each named dossier stands now; a Dutch refusal for any that may not be destroyed. */
function checkDue(ctx: ServiceContext, aanvraagIds: readonly number[], jaren: number) {
  const dossiers = loadDossiers(ctx, aanvraagIds);
  const byId = new Map(dossiers.map((d) => [d.aanvraagId, d]));
  const checked: {
    dossier: Dossier;
    status: Extract<BewaarStatus, { status: 'te_vernietigen' }>;
  }[] = [];
  for (const id of aanvraagIds) {
    const d = byId.get(id);
    if (!d) throw notFound('Een van de gekozen dossiers');
    const s = bewaarStatus(d.feiten, ctx.today, jaren);
    if (s.status === 'vastgehouden')
      throw domainError(`${d.referentie} wordt vastgehouden: ${s.redenen.join(' ')}`);
    if (s.status !== 'te_vernietigen')
      throw domainError(`De bewaartermijn van ${d.referentie} is nog niet verstreken.`);
    checked.push({ dossier: d, status: s });
  }
  return checked;
}

/** The beheerder proposes the chosen dossiers for destruction; the directeur decides. */
export function stelVernietigingVoor(
  ctx: AuthedContext,
  aanvraagIds: readonly number[],
  verzoekIds: readonly number[] = [],
) {
  const ids = [...new Set(aanvraagIds)];
  const avgIds = [...new Set(verzoekIds)];
  if (ids.length + avgIds.length === 0)
    throw domainError('Kies minstens één dossier of AVG-verzoek.');
  const inst = readBewaarInstellingen(ctx);
  return ctx.tx(() => {
    const checked = checkDue(ctx, ids, inst.jaren);
    const open = inOpenVoorstel(ctx);
    for (const c of checked)
      if (open.has(c.dossier.aanvraagId))
        throw conflict(`${c.dossier.referentie} staat al in een voorstel tot vernietiging.`);
    const avg = checkAvgDue(ctx, avgIds, inst.jaren);
    const avgOpen = avgInOpenVoorstel(ctx);
    for (const r of avg)
      if (avgOpen.has(r.verzoekId))
        throw conflict(`${r.kenmerk} staat al in een voorstel tot vernietiging.`);
    const id = Number(
      ctx.db
        .insert(vernietigingsvoorstellen)
        .values({ status: 'voorgesteld', voorgesteldDoor: ctx.user.id, voorgesteldOp: ctx.nowIso })
        .run().lastInsertRowid,
    );
    for (const c of checked)
      ctx.db
        .insert(vernietigingItems)
        .values({
          voorstelId: id,
          aanvraagId: c.dossier.aanvraagId,
          referentie: c.dossier.referentie,
          volgnummer: c.dossier.volgnummer,
          termijnStart: c.status.start,
          vernietigbaarVanaf: c.status.vanaf,
        })
        .run();
    for (const r of avg)
      ctx.db
        .insert(vernietigingAvgItems)
        .values({
          voorstelId: id,
          verzoekId: r.verzoekId,
          kenmerk: r.kenmerk,
          afgehandeldOp: r.afgehandeldOp,
          vernietigbaarVanaf: r.vanaf,
        })
        .run();
    ctx.audit({
      action: 'vernietiging.voorstel',
      objectType: 'vernietigingsvoorstel',
      objectId: id,
      details: String(checked.length),
    });
    return { id };
  });
}

/** Every proposal, newest first, with its dossiers and who proposed and decided. */
export function vernietigingsvoorstellenLijst(ctx: AuthedContext) {
  const v = vernietigingsvoorstellen;
  const voorsteller = sql<string>`(SELECT ${users.naam} FROM ${users} WHERE ${users.id} = ${v.voorgesteldDoor})`;
  const beoordelaar = sql<
    string | null
  >`(SELECT ${users.naam} FROM ${users} WHERE ${users.id} = ${v.beoordeeldDoor})`;
  const rows = ctx.db
    .select({
      id: v.id,
      status: v.status,
      voorgesteldDoor: v.voorgesteldDoor,
      voorgesteldDoorNaam: voorsteller,
      voorgesteldOp: v.voorgesteldOp,
      beoordeeldDoorNaam: beoordelaar,
      beoordeeldOp: v.beoordeeldOp,
      verklaringNummer: v.verklaringNummer,
    })
    .from(v)
    .orderBy(desc(v.id))
    .all();
  const items = ctx.db.select().from(vernietigingItems).orderBy(vernietigingItems.referentie).all();
  const avgItems = ctx.db
    .select()
    .from(vernietigingAvgItems)
    .orderBy(vernietigingAvgItems.kenmerk)
    .all();
  return rows.map((r) => ({
    ...r,
    voorgesteldOp: toIsoDateFromInstant(r.voorgesteldOp),
    beoordeeldOp: r.beoordeeldOp === null ? null : toIsoDateFromInstant(r.beoordeeldOp),
    /** The caller may approve it: an open proposal of someone else, and the caller is directeur. */
    magGoedkeuren:
      r.status === 'voorgesteld' &&
      magVernietigingGoedkeuren({
        voorgesteldDoor: r.voorgesteldDoor,
        goedkeurder: ctx.user.id,
        goedkeurderRollen: ctx.user.roles,
      }).ok,
    dossiers: items
      .filter((i) => i.voorstelId === r.id)
      .map((i) => ({
        aanvraagId: i.aanvraagId,
        referentie: i.referentie,
        volgnummer: i.volgnummer,
        termijnStart: i.termijnStart,
        vernietigbaarVanaf: i.vernietigbaarVanaf,
        documenten: i.documenten,
      })),
    avgVerzoeken: avgItems
      .filter((i) => i.voorstelId === r.id)
      .map((i) => ({
        verzoekId: i.verzoekId,
        kenmerk: i.kenmerk,
        afgehandeldOp: i.afgehandeldOp,
        vernietigbaarVanaf: i.vernietigbaarVanaf,
      })),
  }));
}

function loadVoorstel(ctx: ServiceContext, voorstelId: number) {
  const row = ctx.db
    .select()
    .from(vernietigingsvoorstellen)
    .where(eq(vernietigingsvoorstellen.id, voorstelId))
    .get();
  if (!row) throw notFound('Dit voorstel tot vernietiging');
  return row;
}

function requireTwoPeople(ctx: AuthedContext, voorgesteldDoor: number): void {
  const rule = magVernietigingGoedkeuren({
    voorgesteldDoor,
    goedkeurder: ctx.user.id,
    goedkeurderRollen: ctx.user.roles,
  });
  if (!rule.ok) throw new UserFacingError('forbidden', rule.reason);
}

/** The directeur declines a proposal: nothing is destroyed; the dossiers may be proposed again. */
export function wijsVernietigingAf(ctx: AuthedContext, voorstelId: number) {
  return ctx.tx(() => {
    const v = loadVoorstel(ctx, voorstelId);
    if (v.status !== 'voorgesteld') throw conflict('Over dit voorstel is al beslist.');
    requireTwoPeople(ctx, v.voorgesteldDoor);
    ctx.db
      .update(vernietigingsvoorstellen)
      .set({ status: 'afgewezen', beoordeeldDoor: ctx.user.id, beoordeeldOp: ctx.nowIso })
      .where(eq(vernietigingsvoorstellen.id, voorstelId))
      .run();
    ctx.audit({
      action: 'vernietiging.afwijzing',
      objectType: 'vernietigingsvoorstel',
      objectId: voorstelId,
    });
    return { ok: true as const };
  });
}

/**
 * The directeur approves: every dossier of the proposal is checked again (still due, nothing holds
 * it), the verklaring is rendered, and in one transaction each dossier is destroyed and the
 * proposal closed with its verklaring. Then the blobs no row names any more are removed and the WAL
 * is emptied, so no copy of the destroyed data stays in a file of the data folder.
 */
export async function keurVernietigingGoed(ctx: AuthedContext, voorstelId: number) {
  const v = loadVoorstel(ctx, voorstelId);
  if (v.status !== 'voorgesteld') throw conflict('Over dit voorstel is al beslist.');
  requireTwoPeople(ctx, v.voorgesteldDoor);
  const inst = readBewaarInstellingen(ctx);
  const items = ctx.db
    .select()
    .from(vernietigingItems)
    .where(eq(vernietigingItems.voorstelId, voorstelId))
    .orderBy(vernietigingItems.referentie)
    .all();
  const ids = items.map((i) => i.aanvraagId);
  const checked = checkDue(ctx, ids, inst.jaren);
  const avgIds = ctx.db
    .select({ verzoekId: vernietigingAvgItems.verzoekId })
    .from(vernietigingAvgItems)
    .where(eq(vernietigingAvgItems.voorstelId, voorstelId))
    .all()
    .map((r) => r.verzoekId);
  const avg = checkAvgDue(ctx, avgIds, inst.jaren);
  const indexing = ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(documenten)
    .where(and(inArray(documenten.aanvraagId, ids), eq(documenten.tekstStatus, 'wacht')))
    .get();
  if ((indexing?.n ?? 0) > 0)
    throw domainError(
      'Een document van deze dossiers wordt nog in de tekstindex opgenomen. Probeer het over enkele minuten opnieuw.',
    );
  const docCount = new Map<number, number>();
  for (const r of ctx.db
    .select({ aanvraagId: documenten.aanvraagId, n: sql<number>`count(*)` })
    .from(documenten)
    .where(inArray(documenten.aanvraagId, ids))
    .groupBy(documenten.aanvraagId)
    .all())
    docCount.set(r.aanvraagId, r.n);
  const proposer = ctx.db
    .select({ naam: users.naam })
    .from(users)
    .where(eq(users.id, v.voorgesteldDoor))
    .get();
  const nummer = verklaringNummer(ctx.today, voorstelId);
  const pdf = await renderVerklaringVernietiging({
    swv: letterhead(ctx),
    nummer,
    datum: ctx.today,
    bewaartermijnJaren: inst.jaren,
    registerBewaard: inst.registerBewaren,
    dossiers: checked.map((c) => ({
      referentie: c.dossier.referentie,
      volgnummer: c.dossier.volgnummer,
      termijnStart: c.status.start,
      vernietigbaarVanaf: c.status.vanaf,
      documenten: docCount.get(c.dossier.aanvraagId) ?? 0,
    })),
    avgVerzoeken: avg.map((r) => ({
      kenmerk: r.kenmerk,
      afgehandeldOp: r.afgehandeldOp,
      vernietigbaarVanaf: r.vanaf,
    })),
    voorgesteld: { naam: proposer?.naam ?? '', op: toIsoDateFromInstant(v.voorgesteldOp) },
    goedgekeurd: { naam: ctx.user.naam, op: ctx.today },
    generatedAt: ctx.nowIso,
  });
  // The minutes of a held meeting name each pupil on its agenda: made again with the destroyed
  // dossiers' items reduced to their kenmerk (services/vernietiging-notulen.ts).
  const notulen = await herschrijfNotulen(
    ctx,
    vergaderingenMetVernietigd(ctx, ids),
    new Set(ids),
    nummer,
  );
  const stored = ctx.docs.put(pdf);
  const newNotulen = notulen.map((n) => ({ ...n, sha256: ctx.docs.put(n.pdf).sha256 }));

  let blobs: string[] = [];
  // secure_delete: SQLite overwrites deleted content with zeros instead of leaving it in free space.
  ctx.sqlite.pragma('secure_delete = ON');
  try {
    blobs = ctx.tx(() => {
      const again = loadVoorstel(ctx, voorstelId);
      if (again.status !== 'voorgesteld') throw conflict('Over dit voorstel is al beslist.');
      checkDue(ctx, ids, inst.jaren);
      checkAvgDue(ctx, avgIds, inst.jaren);
      const removed: string[] = [];
      for (const n of newNotulen) {
        removed.push(n.oudSha256);
        ctx.db
          .update(vergaderingen)
          .set({ notulenSha256: n.sha256 })
          .where(eq(vergaderingen.id, n.vergaderingId))
          .run();
      }
      for (const id of ids) {
        removed.push(...wisDossier(ctx, id, inst.registerBewaren));
        ctx.db
          .update(vernietigingItems)
          .set({ documenten: docCount.get(id) ?? 0 })
          .where(
            and(eq(vernietigingItems.voorstelId, voorstelId), eq(vernietigingItems.aanvraagId, id)),
          )
          .run();
        ctx.audit({ action: 'vernietiging.dossier', objectType: 'aanvraag', objectId: id });
      }
      for (const verzoekId of avgIds) {
        removed.push(...wisAvgVerzoek(ctx, verzoekId));
        ctx.audit({
          action: 'vernietiging.avg_verzoek',
          objectType: 'avg_verzoek',
          objectId: verzoekId,
        });
      }
      ctx.db
        .update(vernietigingsvoorstellen)
        .set({
          status: 'uitgevoerd',
          beoordeeldDoor: ctx.user.id,
          beoordeeldOp: ctx.nowIso,
          verklaringNummer: nummer,
          verklaringSha256: stored.sha256,
          verklaringSize: stored.size,
        })
        .where(eq(vernietigingsvoorstellen.id, voorstelId))
        .run();
      ctx.audit({
        action: 'vernietiging.goedkeuring',
        objectType: 'vernietigingsvoorstel',
        objectId: voorstelId,
        details: String(ids.length + avgIds.length),
      });
      return removed;
    });
  } finally {
    ctx.sqlite.pragma('secure_delete = OFF');
  }
  // After the commit: the blobs no row names any more. A crash before this point leaves them as
  // orphans, which the start-up sweep removes (documents/store.ts sweepOrphans).
  for (const sha of new Set(blobs)) if (!blobInGebruik(ctx, sha)) ctx.docs.remove(sha);
  // The WAL still holds the pages as they were before the deletion: write them back and empty it.
  ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return { ok: true as const, verklaringNummer: nummer };
}

/** Whether any row still names the blob (content-addressed: two dossiers may share one). */
function blobInGebruik(ctx: ServiceContext, sha256: string): boolean {
  const one = (q: { get(): unknown }) => q.get() !== undefined;
  return (
    one(
      ctx.db
        .select({ x: documenten.id })
        .from(documenten)
        .where(eq(documenten.sha256, sha256))
        .limit(1),
    ) ||
    one(
      ctx.db.select({ x: brieven.id }).from(brieven).where(eq(brieven.sha256, sha256)).limit(1),
    ) ||
    one(
      ctx.db
        .select({ x: vergaderingen.id })
        .from(vergaderingen)
        .where(eq(vergaderingen.notulenSha256, sha256))
        .limit(1),
    ) ||
    one(
      ctx.db
        .select({ x: avgBrieven.id })
        .from(avgBrieven)
        .where(eq(avgBrieven.sha256, sha256))
        .limit(1),
    ) ||
    one(
      ctx.db
        .select({ x: vernietigingsvoorstellen.id })
        .from(vernietigingsvoorstellen)
        .where(eq(vernietigingsvoorstellen.verklaringSha256, sha256))
        .limit(1),
    )
  );
}

/**
 * Destroys one dossier's data inside the caller's transaction; answers the hashes of the blobs its
 * rows named. A table that holds dossier data is added here (and to the integration test that
 * searches every table for the pupil's name after a deletion).
 */
function wisDossier(ctx: ServiceContext, aanvraagId: number, registerBewaren: boolean): string[] {
  const docs = ctx.db
    .select({ id: documenten.id, sha256: documenten.sha256 })
    .from(documenten)
    .where(eq(documenten.aanvraagId, aanvraagId))
    .all();
  const docIds = docs.map((d) => d.id);
  const letters = ctx.db
    .select({ sha256: brieven.sha256 })
    .from(brieven)
    .where(eq(brieven.aanvraagId, aanvraagId))
    .all();
  if (docIds.length > 0) {
    // The FTS5 table is not in the schema (db/migrations/0006): its rows by document id.
    const del = ctx.sqlite.prepare('DELETE FROM document_text WHERE document_id = ?');
    for (const id of docIds) del.run(id);
    ctx.db.delete(notities).where(inArray(notities.documentId, docIds)).run();
    ctx.db.delete(documentPosities).where(inArray(documentPosities.documentId, docIds)).run();
    ctx.db.delete(documentCorrecties).where(inArray(documentCorrecties.documentId, docIds)).run();
  }
  const byAanvraag = <T extends { aanvraagId: unknown }>(t: T) =>
    eq(t.aanvraagId as never, aanvraagId);
  ctx.db.delete(opschortingen).where(byAanvraag(opschortingen)).run();
  ctx.db.delete(verdagingen).where(byAanvraag(verdagingen)).run();
  ctx.db.delete(ingebrekestellingen).where(byAanvraag(ingebrekestellingen)).run();
  ctx.db.delete(brieven).where(byAanvraag(brieven)).run();
  // One statement: a replaced version and its replacement go together (vervangt_id).
  ctx.db.delete(documenten).where(byAanvraag(documenten)).run();
  ctx.db.delete(adviezen).where(byAanvraag(adviezen)).run();
  ctx.db.delete(toewijzingen).where(byAanvraag(toewijzingen)).run();
  ctx.db.delete(vergaderingUitkomsten).where(byAanvraag(vergaderingUitkomsten)).run();
  ctx.db.delete(aanvraagBetrokkenen).where(byAanvraag(aanvraagBetrokkenen)).run();
  ctx.db.delete(checklistTicks).where(byAanvraag(checklistTicks)).run();
  // An AVG correction names the change it made: the register keeps the request, not the link.
  ctx.db
    .delete(avgVerzoekCorrecties)
    .where(
      inArray(
        avgVerzoekCorrecties.wijzigingId,
        ctx.db
          .select({ id: aanvraagWijzigingen.id })
          .from(aanvraagWijzigingen)
          .where(byAanvraag(aanvraagWijzigingen)),
      ),
    )
    .run();
  ctx.db.delete(aanvraagWijzigingen).where(byAanvraag(aanvraagWijzigingen)).run();
  // Issue 12: the TLV register row stays without pupil data (setting), or goes with the besluit.
  wisInRegister(ctx, aanvraagId, registerBewaren);
  if (registerBewaren) {
    ctx.db.update(besluiten).set({ eindadviesId: null }).where(byAanvraag(besluiten)).run();
    // The bezwaar keeps its dates and outcome (and a revised TLV's register facts); not the summary
    // of the advice on it, which is free text.
    ctx.db.update(bezwaren).set({ adviesSamenvatting: null }).where(byAanvraag(bezwaren)).run();
  } else {
    ctx.db.delete(besluiten).where(byAanvraag(besluiten)).run();
    ctx.db.delete(bezwaren).where(byAanvraag(bezwaren)).run();
  }
  ctx.db.delete(eindadviezen).where(byAanvraag(eindadviezen)).run();
  ctx.db
    .update(aanvragen)
    .set({
      leerlingNaam: VERNIETIGD_NAAM,
      leerlingGeboortedatum: '',
      groep: null,
      woonplaats: '',
      gemeente: null,
      gewensteStartdatum: null,
      oudersNaam: '',
      oudersAdres: '',
      oudersPostcode: '',
      oudersPlaats: '',
      begeleiderNaam: null,
      begeleiderNotitie: null,
      vernietigdOp: ctx.nowIso,
      updatedAt: ctx.nowIso,
    })
    .where(eq(aanvragen.id, aanvraagId))
    .run();
  // The one path through workflow_events' append-only trigger (migration 0009): now that the
  // aanvraag is marked destroyed, the free text of its steps may be blanked — nothing else.
  ctx.db
    .update(workflowEvents)
    .set({ reason: null })
    .where(and(eq(workflowEvents.aanvraagId, aanvraagId), isNotNull(workflowEvents.reason)))
    .run();
  return [...docs.map((d) => d.sha256), ...letters.map((l) => l.sha256)];
}

/**
 * Destroys the personal data of one answered request of the AVG register inside the caller's
 * transaction: the names, addresses and free text, its letters and its links to corrections. The
 * row stays with its kenmerk, kind, dates and outcome; its links to the (destroyed) dossiers by
 * kenmerk stay too. Answers the hashes of the letters' blobs.
 */
function wisAvgVerzoek(ctx: ServiceContext, verzoekId: number): string[] {
  const letters = ctx.db
    .select({ sha256: avgBrieven.sha256 })
    .from(avgBrieven)
    .where(eq(avgBrieven.verzoekId, verzoekId))
    .all();
  ctx.db.delete(avgBrieven).where(eq(avgBrieven.verzoekId, verzoekId)).run();
  ctx.db.delete(avgVerzoekCorrecties).where(eq(avgVerzoekCorrecties.verzoekId, verzoekId)).run();
  ctx.db
    .update(avgVerzoeken)
    .set({
      verzoekerNaam: VERNIETIGD_NAAM,
      verzoekerAdres: '',
      verzoekerPostcode: '',
      verzoekerPlaats: '',
      leerlingNaam: VERNIETIGD_NAAM,
      leerlingGeboortedatum: '',
      omschrijving: null,
      verlengingReden: null,
      toelichting: null,
      vernietigdOp: ctx.nowIso,
    })
    .where(eq(avgVerzoeken.id, verzoekId))
    .run();
  return letters.map((l) => l.sha256);
}

/** The verklaring of an executed proposal (audited). */
export function verklaringVanVernietiging(ctx: AuthedContext, voorstelId: number) {
  const v = loadVoorstel(ctx, voorstelId);
  if (v.verklaringSha256 === null || v.verklaringNummer === null)
    throw notFound('De verklaring van dit voorstel');
  const bytes = ctx.docs.get(v.verklaringSha256);
  ctx.tx(() =>
    ctx.audit({
      action: 'vernietiging.verklaring',
      objectType: 'vernietigingsvoorstel',
      objectId: voorstelId,
    }),
  );
  return {
    fileName: `Verklaring van vernietiging ${v.verklaringNummer}.pdf`,
    dataBase64: bytes.toString('base64'),
  };
}

// ---------------------------------------------------------------------------------------------
// A beroep at the rechter, recorded by hand: it holds the dossier until it is lifted.

export function blokkeerVoorBeroep(ctx: AuthedContext, aanvraagId: number) {
  return ctx.tx(() => {
    const a = ctx.db
      .select({ id: aanvragen.id, vernietigdOp: aanvragen.vernietigdOp })
      .from(aanvragen)
      .where(eq(aanvragen.id, aanvraagId))
      .get();
    if (!a || a.vernietigdOp !== null) throw notFound();
    if (openBlokkades(ctx, [aanvraagId]).get(aanvraagId)?.includes('beroep'))
      throw conflict('Voor deze aanvraag is al vastgelegd dat een beroep loopt.');
    if (inOpenVoorstel(ctx).has(aanvraagId))
      throw conflict(
        'Deze aanvraag staat in een voorstel tot vernietiging. Laat de directeur-bestuurder het voorstel eerst afwijzen.',
      );
    ctx.db
      .insert(bewaarBlokkades)
      .values({
        aanvraagId,
        soort: 'beroep',
        sinds: ctx.today,
        createdBy: ctx.user.id,
        createdAt: ctx.nowIso,
      })
      .run();
    ctx.audit({ action: 'bewaren.blokkeer', objectType: 'aanvraag', objectId: aanvraagId });
    return { ok: true as const };
  });
}

export function hefBeroepOp(ctx: AuthedContext, aanvraagId: number) {
  return ctx.tx(() => {
    const changed = ctx.db
      .update(bewaarBlokkades)
      .set({ opgehevenOp: ctx.today })
      .where(
        and(
          eq(bewaarBlokkades.aanvraagId, aanvraagId),
          eq(bewaarBlokkades.soort, 'beroep'),
          isNull(bewaarBlokkades.opgehevenOp),
        ),
      )
      .run().changes;
    if (changed === 0) throw notFound('Een lopend beroep bij deze aanvraag');
    ctx.audit({ action: 'bewaren.hefOp', objectType: 'aanvraag', objectId: aanvraagId });
    return { ok: true as const };
  });
}
