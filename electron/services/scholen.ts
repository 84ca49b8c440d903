import { and, eq, max, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { aanvragen, schoolbesturen, scholen } from '../../db/schema';
import type { bestuurFields, schoolFields } from '../contract/scholen';
import type { AuthedContext, ServiceContext } from '../core/context';
import { notFound, UserFacingError } from '../core/errors';
import {
  bestuurEindeProblem,
  bestuurVoorSchoolProblem,
  dubbelBestuurMelding,
  dubbeleSchoolMelding,
  isActief,
  isKiesbaar,
  schoolEindeProblem,
  schoolHeropenenProblem,
} from '../domain/scholen';
import type { IsoDate } from '../domain/types';

// School boards and schools (issue 10): the list every picker reads, and the beheerder's changes.
// Boards and schools are ended, never deleted: aanvragen, the pool and the audit log refer to them.

type BestuurInput = z.output<typeof bestuurFields>;
type SchoolInput = z.output<typeof schoolFields>;

/** Every board with its schools, ended ones included (aanvragen still name them). */
export function listScholen(ctx: ServiceContext) {
  const besturen = ctx.db.select().from(schoolbesturen).orderBy(schoolbesturen.naam).all();
  const alle = ctx.db.select().from(scholen).orderBy(scholen.naam).all();
  return besturen.map((b) => ({
    id: b.id,
    naam: b.naam,
    bestuursnummer: b.bestuursnummer,
    adres: b.adres,
    postcode: b.postcode,
    plaats: b.plaats,
    eindDatum: b.eindDatum,
    actief: isActief(b.eindDatum, ctx.today),
    scholen: alle
      .filter((s) => s.bestuurId === b.id)
      .map((s) => ({
        id: s.id,
        naam: s.naam,
        brin: s.brin,
        vestiging: s.vestiging,
        adres: s.adres,
        postcode: s.postcode,
        plaats: s.plaats,
        gemeente: s.gemeente,
        eindDatum: s.eindDatum,
        actief: isKiesbaar(s, b, ctx.today),
      })),
  }));
}

function bestuurRow(ctx: ServiceContext, id: number) {
  const b = ctx.db.select().from(schoolbesturen).where(eq(schoolbesturen.id, id)).get();
  if (!b) throw notFound('Dit bestuur');
  return b;
}

function schoolRow(ctx: ServiceContext, id: number) {
  const s = ctx.db.select().from(scholen).where(eq(scholen.id, id)).get();
  if (!s) throw notFound('Deze school');
  return s;
}

/** A bestuursnummer names one board (also an ended one). */
export function assertBestuursnummerVrij(ctx: ServiceContext, nummer: string, exceptId?: number) {
  const other = ctx.db
    .select({ naam: schoolbesturen.naam })
    .from(schoolbesturen)
    .where(
      exceptId === undefined
        ? eq(schoolbesturen.bestuursnummer, nummer)
        : and(eq(schoolbesturen.bestuursnummer, nummer), ne(schoolbesturen.id, exceptId)),
    )
    .get();
  if (other)
    throw new UserFacingError('conflict', dubbelBestuurMelding(other, nummer), 'bestuursnummer');
}

/** BRIN and vestiging name one school (also an ended one). */
export function assertSchoolcodeVrij(
  ctx: ServiceContext,
  brin: string,
  vestiging: string,
  exceptId?: number,
) {
  const same = and(eq(scholen.brin, brin), eq(scholen.vestiging, vestiging));
  const other = ctx.db
    .select({ naam: scholen.naam, plaats: scholen.plaats })
    .from(scholen)
    .where(exceptId === undefined ? same : and(same, ne(scholen.id, exceptId)))
    .get();
  if (other)
    throw new UserFacingError('conflict', dubbeleSchoolMelding(other, brin, vestiging), 'brin');
}

/** The board a school is added to or moved to must not be ending. */
function assertBestuurOpen(ctx: ServiceContext, bestuurId: number) {
  const b = ctx.db.select().from(schoolbesturen).where(eq(schoolbesturen.id, bestuurId)).get();
  if (!b) throw new UserFacingError('invalid_input', 'Kies een bestuur uit de lijst.', 'bestuurId');
  const problem = bestuurVoorSchoolProblem(b);
  if (problem) throw new UserFacingError('domain', problem, 'bestuurId');
}

export function addBestuur(ctx: AuthedContext, input: BestuurInput) {
  return ctx.tx(() => {
    assertBestuursnummerVrij(ctx, input.bestuursnummer);
    const id = Number(ctx.db.insert(schoolbesturen).values(input).run().lastInsertRowid);
    ctx.audit({ action: 'bestuur.create', objectType: 'bestuur', objectId: id });
    return { id };
  });
}

/** The names of the fields that differ (for the audit: names only, no values). */
function changedFields<T extends object>(before: T, after: Partial<T>): string[] {
  return Object.entries(after)
    .filter(([k, v]) => before[k as keyof T] !== v)
    .map(([k]) => k);
}

export function updateBestuur(ctx: AuthedContext, input: BestuurInput & { bestuurId: number }) {
  const { bestuurId, ...values } = input;
  return ctx.tx(() => {
    const before = bestuurRow(ctx, bestuurId);
    assertBestuursnummerVrij(ctx, values.bestuursnummer, bestuurId);
    const fields = changedFields(before, values);
    ctx.db.update(schoolbesturen).set(values).where(eq(schoolbesturen.id, bestuurId)).run();
    ctx.audit({
      action: 'bestuur.update',
      objectType: 'bestuur',
      objectId: bestuurId,
      details: fields.join(', '),
    });
    return { ok: true as const };
  });
}

export function endBestuur(
  ctx: AuthedContext,
  input: { bestuurId: number; eindDatum: IsoDate | null },
) {
  return ctx.tx(() => {
    bestuurRow(ctx, input.bestuurId);
    if (input.eindDatum !== null) {
      const problem = bestuurEindeProblem({
        eindDatum: input.eindDatum,
        scholen: ctx.db
          .select({ naam: scholen.naam, eindDatum: scholen.eindDatum })
          .from(scholen)
          .where(eq(scholen.bestuurId, input.bestuurId))
          .orderBy(scholen.naam)
          .all(),
      });
      if (problem) throw new UserFacingError('domain', problem, 'eindDatum');
    }
    ctx.db
      .update(schoolbesturen)
      .set({ eindDatum: input.eindDatum })
      .where(eq(schoolbesturen.id, input.bestuurId))
      .run();
    ctx.audit({
      action: input.eindDatum === null ? 'bestuur.heropen' : 'bestuur.beeindig',
      objectType: 'bestuur',
      objectId: input.bestuurId,
      ...(input.eindDatum === null ? {} : { details: input.eindDatum }),
    });
    return { ok: true as const };
  });
}

export function addSchool(ctx: AuthedContext, input: SchoolInput) {
  return ctx.tx(() => {
    assertBestuurOpen(ctx, input.bestuurId);
    assertSchoolcodeVrij(ctx, input.brin, input.vestiging);
    const id = Number(ctx.db.insert(scholen).values(input).run().lastInsertRowid);
    ctx.audit({ action: 'school.create', objectType: 'school', objectId: id });
    return { id };
  });
}

export function updateSchool(ctx: AuthedContext, input: SchoolInput & { schoolId: number }) {
  const { schoolId, ...values } = input;
  return ctx.tx(() => {
    const before = schoolRow(ctx, schoolId);
    if (values.bestuurId !== before.bestuurId) assertBestuurOpen(ctx, values.bestuurId);
    assertSchoolcodeVrij(ctx, values.brin, values.vestiging, schoolId);
    const fields = changedFields(before, values);
    ctx.db.update(scholen).set(values).where(eq(scholen.id, schoolId)).run();
    ctx.audit({
      action: 'school.update',
      objectType: 'school',
      objectId: schoolId,
      details: fields.join(', '),
    });
    return { ok: true as const };
  });
}

export function endSchool(
  ctx: AuthedContext,
  input: { schoolId: number; eindDatum: IsoDate | null },
) {
  return ctx.tx(() => {
    const school = schoolRow(ctx, input.schoolId);
    const bestuur = bestuurRow(ctx, school.bestuurId);
    const problem =
      input.eindDatum === null
        ? schoolHeropenenProblem(bestuur)
        : schoolEindeProblem({
            eindDatum: input.eindDatum,
            laatsteOntvangst:
              ctx.db
                .select({ op: max(aanvragen.ontvangenOp) })
                .from(aanvragen)
                .where(eq(aanvragen.schoolId, input.schoolId))
                .get()?.op ?? null,
            bestuurEindDatum: bestuur.eindDatum,
          });
    if (problem) throw new UserFacingError('domain', problem, 'eindDatum');
    ctx.db
      .update(scholen)
      .set({ eindDatum: input.eindDatum })
      .where(eq(scholen.id, input.schoolId))
      .run();
    ctx.audit({
      action: input.eindDatum === null ? 'school.heropen' : 'school.beeindig',
      objectType: 'school',
      objectId: input.schoolId,
      ...(input.eindDatum === null ? {} : { details: input.eindDatum }),
    });
    return { ok: true as const };
  });
}
