import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../electron/domain/types';
import {
  mayVolgVergadering,
  neemtDeelAanPunt,
  NIET_OP_PRESENTIELIJST,
  VERGADERING_GESLOTEN_VOOR_LEDEN,
} from '../../../electron/domain/vergadering-volgen';

// Issue 13 · who may follow a TLA-vergadering on their own machine (§6, need-to-know §2), and which
// of its items they see in full.

describe('mayVolgVergadering', () => {
  it('lets a member recorded present follow an open meeting, whatever their role', () => {
    for (const role of ROLES)
      expect(mayVolgVergadering({ roles: [role], aanwezig: true, status: 'gepland' })).toEqual({
        ok: true,
      });
  });

  it('refuses everyone not on the presentielijst except a voorzitter', () => {
    const roles: Role[] = ['deskundige', 'secretaris', 'directeur', 'beheerder'];
    for (const role of roles)
      expect(mayVolgVergadering({ roles: [role], aanwezig: false, status: 'gepland' })).toEqual({
        ok: false,
        message: NIET_OP_PRESENTIELIJST,
      });
    expect(
      mayVolgVergadering({
        roles: ['deskundige', 'voorzitter'],
        aanwezig: false,
        status: 'gepland',
      }).ok,
    ).toBe(true);
  });

  it('refuses a closed meeting, also to those who were present and to the voorzitter', () => {
    for (const roles of [['deskundige'], ['voorzitter'], ['secretaris']] as Role[][])
      expect(mayVolgVergadering({ roles, aanwezig: true, status: 'gehouden' })).toEqual({
        ok: false,
        message: VERGADERING_GESLOTEN_VOOR_LEDEN,
      });
  });

  it('tells someone not present that, not whether the meeting was closed', () => {
    expect(
      mayVolgVergadering({ roles: ['deskundige'], aanwezig: false, status: 'gehouden' }),
    ).toEqual({ ok: false, message: NIET_OP_PRESENTIELIJST });
  });
});

describe('neemtDeelAanPunt', () => {
  it('a member takes part unless betrokken at that aanvraag', () => {
    expect(neemtDeelAanPunt(7, [])).toBe(true);
    expect(neemtDeelAanPunt(7, [3, 9])).toBe(true);
    expect(neemtDeelAanPunt(7, [3, 7])).toBe(false);
    expect(neemtDeelAanPunt(7, [7])).toBe(false);
  });
});
