import { describe, expect, it } from 'vitest';
import {
  deactivationRefusal,
  isLocked,
  poolEndRefusal,
  roleChangeRefusal,
  type AccountFacts,
} from '../../../electron/domain/accounts';

// The beheerder's rules on accounts and the pool (§2, §4, S3).

const facts = (
  over: Partial<AccountFacts> = {},
  target: Partial<AccountFacts['target']> = {},
): AccountFacts => ({
  actorUserId: 1,
  target: { id: 2, naam: 'Anna de Wit', active: true, roles: ['secretaris'], ...target },
  activeBeheerders: 2,
  openToewijzingen: 0,
  inPool: false,
  ...over,
});

describe('deactivating a user', () => {
  it('is allowed for an active user without open work', () => {
    expect(deactivationRefusal(facts())).toBeNull();
  });

  it('is refused for oneself, an inactive user and the last active beheerder', () => {
    expect(deactivationRefusal(facts({}, { id: 1 }))).toBe(
      'U kunt uzelf niet deactiveren. Laat een andere functioneel beheerder dat doen.',
    );
    expect(deactivationRefusal(facts({}, { active: false }))).toBe(
      'Anna de Wit is al gedeactiveerd.',
    );
    expect(deactivationRefusal(facts({ activeBeheerders: 1 }, { roles: ['beheerder'] }))).toBe(
      'Anna de Wit is de laatste actieve functioneel beheerder. Geef eerst iemand anders de rol functioneel beheerder.',
    );
    expect(
      deactivationRefusal(facts({ activeBeheerders: 2 }, { roles: ['beheerder'] })),
    ).toBeNull();
  });

  it('is refused for a deskundige with open assignments, saying how many and what to do', () => {
    expect(deactivationRefusal(facts({ openToewijzingen: 1, inPool: true }))).toBe(
      'Anna de Wit heeft nog 1 open toewijzing. Wijs eerst opnieuw toe: de TLA-voorzitter kiest bij die aanvraag een andere deskundige (Toewijzing wijzigen, zolang het advies niet is ingediend), of wacht tot het advieswerk is afgerond. Daarna kunt u Anna de Wit deactiveren.',
    );
    expect(deactivationRefusal(facts({ openToewijzingen: 3, inPool: true }))).toContain(
      'heeft nog 3 open toewijzingen. Wijs eerst opnieuw toe: de TLA-voorzitter kiest bij die aanvragen',
    );
  });
});

describe('changing roles', () => {
  it('needs at least one role', () => {
    expect(roleChangeRefusal(facts(), [])).toBe('Kies minstens één rol.');
  });

  it('keeps a beheerder: not one’s own role, not the last one', () => {
    const beheerder = { roles: ['beheerder', 'secretaris'] as const };
    expect(roleChangeRefusal(facts({}, { ...beheerder, id: 1 }), ['secretaris'])).toContain(
      'eigen rol functioneel beheerder',
    );
    expect(roleChangeRefusal(facts({ activeBeheerders: 1 }, beheerder), ['secretaris'])).toContain(
      'laatste actieve functioneel beheerder',
    );
    expect(roleChangeRefusal(facts({ activeBeheerders: 2 }, beheerder), ['secretaris'])).toBeNull();
    // An inactive beheerder does not count, so taking their role leaves the active ones alone.
    expect(
      roleChangeRefusal(facts({ activeBeheerders: 1 }, { ...beheerder, active: false }), [
        'secretaris',
      ]),
    ).toBeNull();
    // Keeping the role is always fine, also for oneself.
    expect(
      roleChangeRefusal(facts({ activeBeheerders: 1 }, { ...beheerder, id: 1 }), ['beheerder']),
    ).toBeNull();
  });

  it('keeps the role deskundige of a pool member until the membership ends', () => {
    const deskundige = { roles: ['deskundige'] as const };
    expect(roleChangeRefusal(facts({ inPool: true }, deskundige), ['secretaris'])).toContain(
      'staat in de deskundigenpool. Beëindig eerst het lidmaatschap',
    );
    expect(roleChangeRefusal(facts({ inPool: false }, deskundige), ['secretaris'])).toBeNull();
    expect(
      roleChangeRefusal(facts({ inPool: true }, deskundige), ['deskundige', 'secretaris']),
    ).toBeNull();
  });
});

describe('ending a pool membership and the throttle', () => {
  it('waits for open assignments', () => {
    expect(poolEndRefusal('Anna de Wit', 0)).toBeNull();
    expect(poolEndRefusal('Anna de Wit', 2)).toContain(
      'Daarna kunt u het lidmaatschap beëindigen.',
    );
  });

  it('a lock holds until its instant', () => {
    expect(isLocked(null, 1000)).toBe(false);
    expect(isLocked(1000, 999)).toBe(true);
    expect(isLocked(1000, 1000)).toBe(false);
  });
});
