// The vocabulary of the procedure (../shared/domain/glossary.md). One concept, one name, everywhere:
// schema, domain, API and UI labels map to these unions.

/** Calendar date in the Dutch calendar, `YYYY-MM-DD`. Instants are ISO UTC strings. */
export type IsoDate = string;

export const ROLES = ['secretaris', 'voorzitter', 'deskundige', 'directeur', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

/** The SWV's office: they see every dossier and answer for the terms (§2, §9). */
export const OFFICE_ROLES = [
  'secretaris',
  'voorzitter',
  'directeur',
] as const satisfies readonly Role[];

export const isOfficeRole = (role: Role): boolean =>
  (OFFICE_ROLES as readonly Role[]).includes(role);

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  secretaris: 'Secretaresse leerlingenzaken',
  voorzitter: 'TLA-voorzitter',
  deskundige: 'Deskundige',
  directeur: 'Directeur-bestuurder',
  beheerder: 'Functioneel beheerder',
};

/** §4: disciplines of the pool. The first deskundige is a gedragsdeskundige (orthopedagoog, psycholoog). */
export const DISCIPLINES = [
  'orthopedagoog',
  'psycholoog',
  'kinder_jeugdpsycholoog',
  'pedagoog',
  'kinderpsychiater',
  'maatschappelijk_werker',
  'arts',
  'deskundige_vo',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const DISCIPLINE_LABELS: Readonly<Record<Discipline, string>> = {
  orthopedagoog: 'Orthopedagoog',
  psycholoog: 'Psycholoog',
  kinder_jeugdpsycholoog: 'Kinder- of jeugdpsycholoog',
  pedagoog: 'Pedagoog',
  kinderpsychiater: 'Kinderpsychiater',
  maatschappelijk_werker: 'Maatschappelijk werker',
  arts: 'Arts',
  deskundige_vo: 'Deskundige VO',
};

/** The label of a stored discipline (a signature keeps it); text naming none stays as it is. */
export function disciplineLabel(value: string): string {
  const discipline = DISCIPLINES.find((d) => d === value);
  return discipline === undefined ? value : DISCIPLINE_LABELS[discipline];
}

/** §1: kinds of aanvraag. */
export const AANVRAAG_SOORTEN = [
  'zij_instroom',
  'onderinstroom',
  'herindicatie',
  'aanpassing_categorie',
  'zonder_toestemming',
] as const;
export type AanvraagSoort = (typeof AANVRAAG_SOORTEN)[number];

export const AANVRAAG_SOORT_LABELS: Readonly<Record<AanvraagSoort, string>> = {
  zij_instroom: 'Eerste aanvraag, zij-instroom',
  onderinstroom: 'Eerste aanvraag, onderinstroom',
  herindicatie: 'Herindicatie / verlenging',
  aanpassing_categorie: 'Aanpassing bekostigingscategorie',
  zonder_toestemming: 'Aanvraag zonder toestemming van ouders',
};

export const SCHOOLSOORTEN = ['SBO', 'SO'] as const;
export type Schoolsoort = (typeof SCHOOLSOORTEN)[number];

export const CATEGORIEEN = ['laag', 'midden', 'hoog'] as const;
export type Categorie = (typeof CATEGORIEEN)[number];

/** §5: the conclusion of an advice. */
export const CONCLUSIES = ['toelaatbaar', 'niet_toelaatbaar', 'aanhouden'] as const;
export type Conclusie = (typeof CONCLUSIES)[number];

export const CONCLUSIE_LABELS: Readonly<Record<Conclusie, string>> = {
  toelaatbaar: 'Toelaatbaar',
  niet_toelaatbaar: 'Niet toelaatbaar',
  aanhouden: 'Aanhouden (vragen aan de school)',
};

/** §3.2: document kinds. */
export const DOCUMENT_KINDS = [
  'aanvraagformulier',
  'opp',
  'ot_verslag',
  'lvs',
  'overdracht',
  'onderzoeksverslag',
  'zienswijze_ouders',
  'overig',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  aanvraagformulier: 'Aanvraagformulier TLV',
  opp: 'Ontwikkelingsperspectiefplan (OPP)',
  ot_verslag: 'Verslag ondersteuningsteam (OT)',
  lvs: 'LVS-gegevens',
  overdracht: 'Overdrachtsdocument voorschool',
  onderzoeksverslag: 'Onderzoeks- of behandelverslag',
  zienswijze_ouders: 'Zienswijze ouders',
  overig: 'Overig',
};

/** §10: the states of an aanvraag. */
export const AANVRAAG_STATES = [
  'ontvangen',
  'in_controle',
  'wacht_op_aanvulling',
  'te_verdelen',
  'in_advies',
  'unaniem',
  'geagendeerd',
  'eindadvies_in_opmaak',
  'eindadvies_gereed',
  'ter_besluitvorming',
  'teruggestuurd',
  'besloten',
  'verzonden',
  'in_bezwaar',
  'besloten_op_bezwaar',
  'gearchiveerd',
  'ingetrokken',
  'buiten_behandeling_voorgesteld',
  'buiten_behandeling_besloten',
  'buiten_behandeling',
] as const;
export type AanvraagState = (typeof AANVRAAG_STATES)[number];

/** §7: the decision of the directeur-bestuurder. */
/** An advice or eindadvies is a draft until it is submitted; then it is immutable (§5). */
export const ADVIES_STATUSSEN = ['concept', 'ingediend'] as const;
export type AdviesStatus = (typeof ADVIES_STATUSSEN)[number];

export const BESLUIT_UITKOMSTEN = [
  'tlv_afgegeven',
  'tlv_niet_afgegeven',
  'buiten_behandeling',
] as const;
export type BesluitUitkomst = (typeof BESLUIT_UITKOMSTEN)[number];
