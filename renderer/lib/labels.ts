import { STATE_LABELS } from '../../electron/domain/workflow';
import type { AanvraagState, Categorie } from '../../electron/domain/types';

export function stateLabel(state: AanvraagState): string {
  return STATE_LABELS[state];
}

/** The bekostigingscategorie of SO as a choice (glossary). */
export const CATEGORIE_LABELS: Readonly<Record<Categorie, string>> = {
  laag: 'Laag',
  midden: 'Midden',
  hoog: 'Hoog',
};

/** A decision on a TLV as it is recorded (§7; the revised decision on a bezwaar). */
export const BESLUIT_LABELS = {
  tlv_afgegeven: 'TLV afgegeven',
  tlv_niet_afgegeven: 'TLV niet afgegeven',
} as const;

/** The one name of the begeleider's note (begeleiderNotitie), wherever it is asked or shown. */
export const BEGELEIDER_NOTITIE_LABEL = 'Notitie van de begeleider';

/** The data of an aanvraag as the history of changes names them (aanvraag.update); else the key. */
const AANVRAAG_VELD_LABELS: Readonly<Record<string, string>> = {
  soort: 'Soort aanvraag',
  leerlingNaam: 'Naam leerling',
  leerlingGeboortedatum: 'Geboortedatum',
  groep: 'Groep',
  woonplaats: 'Woonplaats',
  gemeente: 'Gemeente',
  schoolId: 'School',
  schoolsoort: 'Gevraagde schoolsoort',
  categorie: 'Categorie',
  gewensteStartdatum: 'Gewenste startdatum',
  ontvangenOp: 'Ontvangstdatum',
  oudersNaam: 'Naam ouder(s)',
  oudersAdres: 'Adres ouders',
  oudersPostcode: 'Postcode ouders',
  oudersPlaats: 'Plaats ouders',
  oudersAkkoord: 'Ouders akkoord',
  begeleiderNaam: 'Naam begeleider',
  begeleiderNotitie: BEGELEIDER_NOTITIE_LABEL,
};

export function aanvraagVeldLabel(veld: string): string {
  return AANVRAAG_VELD_LABELS[veld] ?? veld;
}
