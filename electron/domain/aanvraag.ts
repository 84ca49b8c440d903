// §3.1: the rules every aanvraag meets, at registration and after every edit.
import { compareIsoDates } from './calendar';
import { validateOntvangenOp } from './doorlooptijd';
import type { Categorie, IsoDate, Schoolsoort } from './types';

export interface AanvraagKern {
  readonly ontvangenOp: IsoDate;
  readonly leerlingGeboortedatum: IsoDate;
  readonly schoolsoort: Schoolsoort;
  readonly categorie: Categorie | null;
}

export interface FieldProblem {
  readonly field: 'ontvangenOp' | 'leerlingGeboortedatum' | 'categorie';
  readonly message: string;
}

/** The first problem of the aanvraag, with the field it concerns, or null when there is none. */
export function aanvraagProblem(a: AanvraagKern, today: IsoDate): FieldProblem | null {
  const received = validateOntvangenOp(a.ontvangenOp, today);
  if (!received.ok) return { field: 'ontvangenOp', message: received.message };
  if (compareIsoDates(a.leerlingGeboortedatum, a.ontvangenOp) >= 0) {
    return {
      field: 'leerlingGeboortedatum',
      message: 'De geboortedatum ligt na de ontvangstdatum.',
    };
  }
  // §5 / glossary: SBO has no bekostigingscategorie; SO may name one at intake.
  if (a.schoolsoort === 'SBO' && a.categorie !== null) {
    return { field: 'categorie', message: 'Een bekostigingscategorie hoort alleen bij SO.' };
  }
  return null;
}
