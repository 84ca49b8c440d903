// The functioneel beheerder's rules for accounts and the pool (§2, §4; quality goal S3): who may be
// deactivated, which roles may be taken away, and when a pool membership may end. Pure: the
// service gathers the facts, these functions say no (with the Dutch reason) or nothing.
import type { Role } from './types';

/** One user as the rules need them. */
export interface AccountTarget {
  readonly id: number;
  readonly naam: string;
  readonly active: boolean;
  readonly roles: readonly Role[];
}

export interface AccountFacts {
  /** The beheerder who acts. */
  readonly actorUserId: number;
  readonly target: AccountTarget;
  /** Active users holding the role beheerder, the target included when it is one. */
  readonly activeBeheerders: number;
  /**
   * The target's active assignments as deskundige on aanvragen whose advice work is still open
   * (ADVICE_OPEN_STATES: the same count as the maximum of open cases of §4).
   */
  readonly openToewijzingen: number;
  /** Whether the target is an active member of the deskundigenpool. */
  readonly inPool: boolean;
}

/**
 * An open assignment blocks ending a deskundige's work: a deactivated user cannot sign in and an
 * ended pool member is no longer offered, so the aanvraag would wait on someone who cannot act
 * while the decision term runs. We refuse, and say how to clear it, rather than allow with a
 * warning: the warning would be read once and the stalled aanvraag found only when its term is
 * over.
 */
export function openToewijzingenRefusal(naam: string, open: number, daarna: string): string | null {
  if (open <= 0) return null;
  const wat = open === 1 ? 'open toewijzing' : 'open toewijzingen';
  return (
    `${naam} heeft nog ${open} ${wat}. Wijs eerst opnieuw toe: de TLA-voorzitter kiest bij ` +
    `${open === 1 ? 'die aanvraag' : 'die aanvragen'} een andere deskundige (Toewijzing wijzigen, ` +
    `zolang het advies niet is ingediend), of wacht tot het advieswerk is afgerond. ` +
    `Daarna kunt u ${daarna}.`
  );
}

const lastBeheerder = (naam: string) =>
  `${naam} is de laatste actieve functioneel beheerder. Geef eerst iemand anders de rol ` +
  `functioneel beheerder.`;

/** Why `target` may not be deactivated, or null when they may. */
export function deactivationRefusal(f: AccountFacts): string | null {
  if (f.target.id === f.actorUserId)
    return 'U kunt uzelf niet deactiveren. Laat een andere functioneel beheerder dat doen.';
  if (!f.target.active) return `${f.target.naam} is al gedeactiveerd.`;
  if (f.target.roles.includes('beheerder') && f.activeBeheerders <= 1)
    return lastBeheerder(f.target.naam);
  return openToewijzingenRefusal(f.target.naam, f.openToewijzingen, `${f.target.naam} deactiveren`);
}

/** Why the roles of `target` may not become `roles`, or null when they may. */
export function roleChangeRefusal(f: AccountFacts, roles: readonly Role[]): string | null {
  if (roles.length === 0) return 'Kies minstens één rol.';
  const removes = (r: Role) => f.target.roles.includes(r) && !roles.includes(r);
  if (removes('beheerder')) {
    if (f.target.id === f.actorUserId)
      return 'U kunt uw eigen rol functioneel beheerder niet afnemen. Laat een andere functioneel beheerder dat doen.';
    if (f.target.active && f.activeBeheerders <= 1) return lastBeheerder(f.target.naam);
  }
  if (removes('deskundige') && f.inPool)
    return (
      `${f.target.naam} staat in de deskundigenpool. Beëindig eerst het lidmaatschap ` +
      `(Deskundigenpool); daarna kunt u de rol deskundige afnemen.`
    );
  return null;
}

/** Why the pool membership of `naam` may not end now, or null when it may. */
export function poolEndRefusal(naam: string, openToewijzingen: number): string | null {
  return openToewijzingenRefusal(naam, openToewijzingen, 'het lidmaatschap beëindigen');
}

/** The login throttle (S3): after 5 failures a username is locked for 5 minutes. */
export const MAX_FAILURES = 5;
export const LOCK_MS = 5 * 60 * 1000;

/** S3: whether a lock of the login throttle still holds at `nowMs`. */
export function isLocked(lockedUntilMs: number | null, nowMs: number): boolean {
  return lockedUntilMs !== null && lockedUntilMs > nowMs;
}
