// Who is involved in an aanvraag on the school's side (rulebook §4 and §6): the steunpuntcoördinator
// or the contactpersoon jonge kind on the case, staff of the requesting school board, the author of a
// report in the dossier. They may not advise on it (§4, LBT 108184) and do not take part in the
// TLA-vergadering's item on it (§6). The two deskundigen who advised are not "betrokken" in this
// sense: they take part in the item on their own aanvraag.
import type { Role } from './types';

/** How a person is involved on the school's side. */
export const BETROKKENHEID_ROLLEN = [
  'steunpuntcoordinator',
  'contactpersoon_jonge_kind',
  'medewerker_schoolbestuur',
  'auteur_verslag',
  'anders',
] as const;
export type BetrokkenheidRol = (typeof BETROKKENHEID_ROLLEN)[number];

export const BETROKKENHEID_LABELS: Readonly<Record<BetrokkenheidRol, string>> = {
  steunpuntcoordinator: 'Steunpuntcoördinator (SC) op deze aanvraag',
  contactpersoon_jonge_kind: 'Contactpersoon jonge kind (CJK) op deze aanvraag',
  medewerker_schoolbestuur: 'Medewerker van het aanvragende schoolbestuur',
  auteur_verslag: 'Auteur van een verslag in het dossier',
  anders: 'Op een andere manier betrokken aan de kant van de school',
};

/**
 * §6: the roles of those who may attend a TLA-vergadering (and may be assigned as deskundige): a
 * betrokkene is recorded from the users with one of these roles, as only they can be kept out.
 */
export const VERGADERING_ROLLEN = [
  'voorzitter',
  'deskundige',
  'secretaris',
] as const satisfies readonly Role[];

/** The label of a stored rol; a value naming none stays as it is. */
export function betrokkenheidLabel(value: string): string {
  const rol = BETROKKENHEID_ROLLEN.find((r) => r === value);
  return rol === undefined ? value : BETROKKENHEID_LABELS[rol];
}

/** §4: a betrokkene who is (still) assigned as deskundige: the voorzitter has to assign another. */
export const TOEGEWEZEN_BETROKKENE =
  'Is als deskundige toegewezen aan deze aanvraag, maar is betrokken: wijs een andere deskundige toe.';

/**
 * §6: of those present at a TLA-vergadering, who takes part in the item on an aanvraag: everyone
 * except its betrokkenen, who may attend the meeting but leave that item. The deskundigen who
 * advised on it take part (they are not betrokken unless recorded as such).
 */
export function deelnameAanPunt<P extends { readonly userId: number }>(
  aanwezigen: readonly P[],
  betrokkenUserIds: readonly number[],
): { readonly deelnemers: P[]; readonly nietDeelnemers: P[] } {
  const betrokken = new Set(betrokkenUserIds);
  return {
    deelnemers: aanwezigen.filter((a) => !betrokken.has(a.userId)),
    nietDeelnemers: aanwezigen.filter((a) => betrokken.has(a.userId)),
  };
}

/** §6: the outcome of an item is recorded by someone who takes part in it, not by a betrokkene. */
export function mayRecordUitkomst(
  userId: number,
  betrokkenUserIds: readonly number[],
): { ok: true } | { ok: false; message: string } {
  return betrokkenUserIds.includes(userId)
    ? {
        ok: false,
        message:
          'U bent betrokken bij deze aanvraag en neemt niet deel aan dit punt. Laat de uitkomst vastleggen door een andere voorzitter.',
      }
    : { ok: true };
}
