// §5–§7: only the fields that belong to the chosen conclusie are sent. A period (schoolsoort,
// categorie, ingangs- and einddatum) belongs to a TLV that is granted; the bekostigingscategorie to
// SO only (SBO has none); the questions to the school to aanhouden only. The forms keep what the
// reader typed while they switch; this says what leaves the form.
import type { BesluitUitkomst, Categorie, Conclusie, IsoDate, Schoolsoort } from './types';

/** Schoolsoort, categorie and period: what an advice, an eindadvies and a meeting's advice share. */
export interface PeriodeVelden {
  readonly schoolsoort: Schoolsoort | null;
  readonly categorie: Categorie | null;
  readonly ingangsdatum: IsoDate | null;
  readonly einddatum: IsoDate | null;
}

/** The period as sent: kept when the TLV is granted (the categorie only for SO), else empty. */
export function periodeVelden(p: PeriodeVelden, tlv: boolean): PeriodeVelden {
  return {
    schoolsoort: tlv ? p.schoolsoort : null,
    categorie: tlv && p.schoolsoort === 'SO' ? p.categorie : null,
    ingangsdatum: tlv ? p.ingangsdatum : null,
    einddatum: tlv ? p.einddatum : null,
  };
}

/** §5: one deskundige's advice: the period only for toelaatbaar, the questions only for aanhouden. */
export function adviesVelden<
  T extends PeriodeVelden & { readonly conclusie: Conclusie; readonly vragen: string | null },
>(a: T): T {
  return {
    ...a,
    ...periodeVelden(a, a.conclusie === 'toelaatbaar'),
    vragen: a.conclusie === 'aanhouden' ? a.vragen : null,
  };
}

/** §7: the eindadvies: the period only when the TLV is given. */
export function eindadviesVelden<T extends PeriodeVelden & { readonly uitkomst: BesluitUitkomst }>(
  e: T,
): T {
  return { ...e, ...periodeVelden(e, e.uitkomst === 'tlv_afgegeven') };
}

/** §6: the meeting's conclusie when it advises (it holds the aanvraag with `soort: 'aanhouden'`). */
export type VergaderingConclusie = Exclude<Conclusie, 'aanhouden'>;

/** The meeting's outcome as one flat form: every field, whichever kind is chosen. */
export interface UitkomstFormulier extends PeriodeVelden {
  readonly soort: 'advies' | 'aanhouden';
  readonly conclusie: VergaderingConclusie | null;
  readonly motivering: string;
  readonly vragen: string;
}

/** What the meeting's outcome sends: an advice (no questions), or aanhouden with questions only. */
export type UitkomstVelden =
  | (PeriodeVelden & {
      readonly soort: 'advies';
      readonly conclusie: VergaderingConclusie | null;
      readonly motivering: string;
    })
  | { readonly soort: 'aanhouden'; readonly vragen: string };

/** §6: aanhouden sends only its questions; an advice its conclusie, motivering and (toelaatbaar) the period. */
export function uitkomstVelden(v: UitkomstFormulier): UitkomstVelden {
  if (v.soort === 'aanhouden') return { soort: 'aanhouden', vragen: v.vragen };
  return {
    soort: 'advies',
    conclusie: v.conclusie,
    ...periodeVelden(v, v.conclusie === 'toelaatbaar'),
    motivering: v.motivering,
  };
}
