import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Db } from '../../db/open';
import { herstelcodes, users } from '../../db/schema';
import type { AuthedContext, SessionUser } from '../core/context';
import { domainError, UserFacingError } from '../core/errors';
import {
  HERSTELCODES_AANTAL,
  herstelcodeUit,
  leesCode,
  TOTP_CIJFERS,
  TOTP_PERIODE_S,
  TOTP_SECRET_BYTES,
  TOTP_VENSTER,
  totpStapNieuw,
  WACHT_OP_CODE_MS,
} from '../domain/toegang-op-afstand';
import type { LoginGuard } from './accounts';
import { readSwvSettings } from './settings';

// Issue 13 · the second factor: TOTP (RFC 6238, the otpauth library) with ten recovery codes. The
// secret lives in the users row of the encrypted database; the recovery codes only as hashes. The
// rules (window, no code twice, the code's form, the numbers) are in domain/toegang-op-afstand.ts.

const ISSUER = 'TLA';

function totpFor(secretBase32: string, label = 'TLA'): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_CIJFERS,
    period: TOTP_PERIODE_S,
    secret: Secret.fromBase32(secretBase32),
  });
}

/**
 * The time step of `code` for `secretBase32` at `nowMs` (±TOTP_VENSTER steps), or null when the code
 * is not valid then. Whether the step is new (no replay) is the caller's check (`totpStapNieuw`).
 */
export function totpStap(secretBase32: string, code: string, nowMs: number): number | null {
  const totp = totpFor(secretBase32);
  const delta = totp.validate({ token: code, timestamp: nowMs, window: TOTP_VENSTER });
  return delta === null ? null : totp.counter({ timestamp: nowMs }) + delta;
}

/** SHA-256 over the user id and the compact code: enough for 50 random bits (domain rules). */
export function herstelcodeHash(userId: number, compact: string): string {
  return createHash('sha256').update(`${userId}:${compact}`).digest('hex');
}

/** Whether the user has a second factor. */
export function heeftTweedeFactor(db: Db, userId: number): boolean {
  const row = db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, userId)).get();
  return (row?.secret ?? null) !== null;
}

/**
 * Enrolments begun and not yet confirmed, in memory by user: the secret exists only here until the
 * user proves with a code that their app holds it. A new start replaces the one before.
 */
export class Inschrijvingen {
  private readonly open = new Map<number, { secret: string; sindsMs: number }>();
  constructor(private readonly clock: () => number) {}

  begin(userId: number, secret: string): void {
    this.open.set(userId, { secret, sindsMs: this.clock() });
  }

  /** The secret being enrolled, or null when none was begun or it is older than 10 minutes. */
  secret(userId: number): string | null {
    const e = this.open.get(userId);
    if (!e) return null;
    if (this.clock() - e.sindsMs >= WACHT_OP_CODE_MS) {
      this.open.delete(userId);
      return null;
    }
    return e.secret;
  }

  end(userId: number): void {
    this.open.delete(userId);
  }
}

/** The secret in groups of four, as a user types it into an app that cannot scan. */
const leesbaar = (base32: string) => base32.match(/.{1,4}/g)?.join(' ') ?? base32;

/**
 * Begins an enrolment: a new secret, its otpauth:// URI (issuer TLA; the label names the user and,
 * when set, the SWV) and the QR code of that URI as SVG. Refused when the user has one already.
 */
export async function beginInschrijving(ctx: AuthedContext, open: Inschrijvingen) {
  if (heeftTweedeFactor(ctx.db, ctx.user.id))
    throw domainError(
      'U hebt tweestapsverificatie al ingesteld. Nieuwe telefoon? Vraag de functioneel beheerder die te wissen; daarna stelt u haar opnieuw in.',
    );
  const secret = new Secret({ size: TOTP_SECRET_BYTES }).base32;
  const swv = readSwvSettings(ctx.db)?.naam ?? null;
  const label = swv === null ? ctx.user.username : `${ctx.user.username} (${swv})`;
  const uri = totpFor(secret, label).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  open.begin(ctx.user.id, secret);
  return { uri, secret: leesbaar(secret), qrSvg };
}

function nieuweHerstelcodes(): string[] {
  return Array.from({ length: HERSTELCODES_AANTAL }, () => herstelcodeUit(randomBytes(16)));
}

const codeFout = (message: string) => new UserFacingError('invalid_input', message, 'code');

/**
 * Confirms an enrolment with a current code from the app: the secret is stored, ten recovery codes
 * made (shown this once, kept as hashes). A session that could only enrol becomes a full one under a
 * new token. Wrong codes count toward the code throttle.
 */
export function bevestigInschrijving(
  ctx: AuthedContext,
  open: Inschrijvingen,
  guard: LoginGuard,
  code: string,
): { herstelcodes: string[]; session: string } {
  guard.refuseCode(ctx.user.id, ctx.herkomst);
  const secret = open.secret(ctx.user.id);
  if (secret === null)
    throw domainError('Het instellen duurde te lang of is niet begonnen. Begin opnieuw.');
  const gelezen = leesCode(code);
  const nowMs = Date.parse(ctx.nowIso);
  const stap = gelezen?.soort === 'totp' ? totpStap(secret, gelezen.code, nowMs) : null;
  if (stap === null) {
    guard.failCode(ctx.user.id, ctx.herkomst);
    throw codeFout(
      'Deze code klopt niet. Kijk of de klok van uw telefoon goed staat en vul de code in die de app nu toont.',
    );
  }
  guard.codeOk(ctx.user.id);
  const codes = nieuweHerstelcodes();
  ctx.tx(() => {
    if (heeftTweedeFactor(ctx.db, ctx.user.id))
      throw domainError('U hebt tweestapsverificatie al ingesteld.');
    ctx.db
      .update(users)
      .set({ totpSecret: secret, totpSinds: ctx.nowIso, totpLaatsteStap: stap })
      .where(eq(users.id, ctx.user.id))
      .run();
    ctx.db.delete(herstelcodes).where(eq(herstelcodes.userId, ctx.user.id)).run();
    for (const c of codes)
      ctx.db
        .insert(herstelcodes)
        .values({
          userId: ctx.user.id,
          hash: herstelcodeHash(ctx.user.id, c.replace('-', '')),
          createdAt: ctx.nowIso,
        })
        .run();
    ctx.audit({ action: 'auth.tweedeFactorIngesteld', objectType: 'user', objectId: ctx.user.id });
  });
  open.end(ctx.user.id);
  const session =
    ctx.sessionStap === 'volledig' ? ctx.sessionToken : ctx.sessions.promote(ctx.sessionToken);
  return { herstelcodes: codes, session };
}

/**
 * The second step of a login: a current TOTP code (never one accepted before) or an unused
 * recovery code. The session becomes a full one under a new token. After too many wrong codes the
 * waiting session ends: the password has to be given again, after the lock.
 */
export function voltooiLogin(
  ctx: AuthedContext,
  guard: LoginGuard,
  code: string,
): { session: string; user: SessionUser } {
  if (ctx.sessionStap !== 'code') throw domainError('Er wordt geen code gevraagd.');
  guard.refuseCode(ctx.user.id, ctx.herkomst);
  const gelezen = leesCode(code);
  const nowMs = Date.parse(ctx.nowIso);
  const via = ctx.tx(() => {
    const row = ctx.db
      .select({ secret: users.totpSecret, laatste: users.totpLaatsteStap })
      .from(users)
      .where(eq(users.id, ctx.user.id))
      .get();
    if (!row || row.secret === null || gelezen === null) return null;
    if (gelezen.soort === 'totp') {
      const stap = totpStap(row.secret, gelezen.code, nowMs);
      if (stap === null || !totpStapNieuw(stap, row.laatste)) return null;
      ctx.db.update(users).set({ totpLaatsteStap: stap }).where(eq(users.id, ctx.user.id)).run();
      ctx.audit({ action: 'auth.tweedeFactor', objectType: 'user', objectId: ctx.user.id });
      return 'code';
    }
    const hash = herstelcodeHash(ctx.user.id, gelezen.code);
    const spent = ctx.db
      .update(herstelcodes)
      .set({ gebruiktOp: ctx.nowIso })
      .where(
        and(
          eq(herstelcodes.userId, ctx.user.id),
          eq(herstelcodes.hash, hash),
          isNull(herstelcodes.gebruiktOp),
        ),
      )
      .run();
    if (spent.changes !== 1) return null;
    ctx.audit({
      action: 'auth.tweedeFactor',
      objectType: 'user',
      objectId: ctx.user.id,
      details: `herstelcode, nog ${herstelcodesOver(ctx.db, ctx.user.id)} over`,
    });
    return 'herstelcode';
  });
  if (via === null) {
    if (guard.failCode(ctx.user.id, ctx.herkomst)) {
      ctx.sessions.logout(ctx.sessionToken);
      throw new UserFacingError(
        'forbidden',
        'Te veel onjuiste codes. Log over enkele minuten opnieuw in, met uw wachtwoord en een nieuwe code.',
      );
    }
    throw codeFout(
      'Deze code klopt niet of is al gebruikt. Vul de code in die de app nu toont, of een ongebruikte herstelcode.',
    );
  }
  guard.codeOk(ctx.user.id);
  return { session: ctx.sessions.promote(ctx.sessionToken), user: ctx.user };
}

/** How many of the user's recovery codes are still unused. */
export function herstelcodesOver(db: Db, userId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(herstelcodes)
      .where(and(eq(herstelcodes.userId, userId), isNull(herstelcodes.gebruiktOp)))
      .get()?.n ?? 0
  );
}

/** The user's own second factor: whether it is set, since when, and how many recovery codes are left. */
export function tweedeFactorStatus(ctx: AuthedContext) {
  const row = ctx.db
    .select({ sinds: users.totpSinds, secret: users.totpSecret })
    .from(users)
    .where(eq(users.id, ctx.user.id))
    .get();
  const actief = (row?.secret ?? null) !== null;
  return {
    actief,
    sinds: actief ? (row?.sinds ?? null) : null,
    herstelcodesOver: actief ? herstelcodesOver(ctx.db, ctx.user.id) : 0,
  };
}

/**
 * The beheerder clears someone's second factor (a lost phone and no recovery codes left): secret
 * and recovery codes go, that user's sessions end. Not one's own: another beheerder does that.
 */
export function wisTweedeFactor(ctx: AuthedContext, userId: number) {
  if (userId === ctx.user.id)
    throw domainError(
      'Uw eigen tweestapsverificatie wist u niet zelf. Laat een andere functioneel beheerder dat doen.',
    );
  ctx.tx(() => {
    const row = ctx.db
      .select({ naam: users.naam, secret: users.totpSecret })
      .from(users)
      .where(eq(users.id, userId))
      .get();
    if (!row) throw new UserFacingError('not_found', 'Deze gebruiker bestaat niet.');
    if (row.secret === null)
      throw domainError(`${row.naam} heeft geen tweestapsverificatie ingesteld.`);
    ctx.db
      .update(users)
      .set({ totpSecret: null, totpSinds: null, totpLaatsteStap: null })
      .where(eq(users.id, userId))
      .run();
    ctx.db.delete(herstelcodes).where(eq(herstelcodes.userId, userId)).run();
    ctx.audit({ action: 'user.tweedeFactorWissen', objectType: 'user', objectId: userId });
  });
  ctx.sessions.endUser(userId);
  return { ok: true as const };
}
