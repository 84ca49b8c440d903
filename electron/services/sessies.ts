import { inArray } from 'drizzle-orm';
import { users } from '../../db/schema';
import type { AuthedContext, PublicContext, SessionUser } from '../core/context';
import { domainError, UserFacingError } from '../core/errors';
import { LOKALE_BRON } from '../domain/logboek';
import { stapNaWachtwoord, type SessieStap } from '../domain/toegang-op-afstand';
import { loadSessionUser, type LoginGuard } from './accounts';
import { readBeveiligingSettings } from './settings';
import { heeftTweedeFactor } from './tweede-factor';

// Issue 13 · signing in from anywhere, and the sessions the beheerder sees.

/** The user as auth.me and auth.login give them: with the session's step and the second factor. */
export function meVan(ctx: { db: AuthedContext['db'] }, user: SessionUser, stap: SessieStap) {
  return {
    ...user,
    roles: [...user.roles],
    stap,
    tweedeFactor: heeftTweedeFactor(ctx.db, user.id),
  };
}

/**
 * The password step of a login. Issue 13: a user with a second factor, or one without signing in
 * from another machine while the SWV requires it there, gets a session that can only give the code
 * or only enrol (`stapNaWachtwoord`); the audit row says which.
 */
export async function login(
  ctx: PublicContext,
  guard: LoginGuard,
  input: { username: string; password: string },
) {
  const userId = await guard.verify(ctx.db, input.username, input.password, ctx.herkomst);
  const user = loadSessionUser(ctx.db, userId);
  if (!user)
    throw new UserFacingError('unauthenticated', 'Gebruikersnaam of wachtwoord klopt niet.');
  const stap = stapNaWachtwoord({
    heeftTweedeFactor: heeftTweedeFactor(ctx.db, userId),
    opAfstand: ctx.herkomst.opAfstand,
    verplichtOpAfstand: readBeveiligingSettings(ctx.db).tweedeFactorOpAfstand,
  });
  const details =
    stap === 'code'
      ? { details: 'wachtwoord juist, code gevraagd' }
      : stap === 'inschrijven'
        ? { details: 'wachtwoord juist, tweede factor moet worden ingesteld' }
        : {};
  ctx.tx(() =>
    ctx.audit({ action: 'auth.login', objectType: 'user', objectId: userId, ...details }),
  );
  return { session: ctx.sessions.login(user, ctx.herkomst, stap), user: meVan(ctx, user, stap) };
}

/** The active sessions with their users, oldest first. */
export function sessiesLijst(ctx: AuthedContext) {
  const live = ctx.sessions.list();
  const ids = [...new Set(live.map((s) => s.userId))];
  const namen = new Map(
    (ids.length === 0
      ? []
      : ctx.db
          .select({ id: users.id, naam: users.naam, username: users.username })
          .from(users)
          .where(inArray(users.id, ids))
          .all()
    ).map((u) => [u.id, u]),
  );
  const eigen = ctx.sessions.idOf(ctx.sessionToken);
  return live.map((s) => ({
    id: s.id,
    userId: s.userId,
    naam: namen.get(s.userId)?.naam ?? `Gebruiker ${s.userId}`,
    username: namen.get(s.userId)?.username ?? '',
    sinds: new Date(s.begonnenMs).toISOString(),
    laatstGezien: new Date(s.laatstGezienMs).toISOString(),
    vanaf: s.herkomst.opAfstand ? s.herkomst.adres : LOKALE_BRON,
    opAfstand: s.herkomst.opAfstand,
    stap: s.stap,
    eigen: s.id === eigen,
  }));
}

/** The beheerder ends someone's session at once (audited); not their own. */
export function beeindigSessie(ctx: AuthedContext, id: string) {
  if (id === ctx.sessions.idOf(ctx.sessionToken))
    throw domainError(
      'Dit is uw eigen sessie. Wilt u stoppen, log dan uit via uw naam rechtsboven.',
    );
  const userId = ctx.sessions.end(id);
  if (userId === null) throw new UserFacingError('not_found', 'Deze sessie bestaat niet (meer).');
  ctx.tx(() => ctx.audit({ action: 'sessie.beeindig', objectType: 'user', objectId: userId }));
  return { ok: true as const };
}
