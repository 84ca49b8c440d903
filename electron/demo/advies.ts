import { adviezen } from '../../db/schema';
import type { PublicContext } from '../core/context';
import type { Categorie, Discipline, Schoolsoort } from '../domain/types';

// A submitted advice of the demo (its open work and its history), signed as the deskundige's
// assignment names them.

export interface DemoAdvies {
  readonly aanvraagId: number;
  readonly deskundigeId: number;
  readonly position: number;
  readonly conclusie: 'toelaatbaar' | 'niet_toelaatbaar';
  readonly sig: {
    readonly toewijzingId: number;
    readonly naam: string;
    readonly discipline: Discipline;
    readonly registratie: string;
  };
  /** The TLV a 'toelaatbaar' advises. */
  readonly tlv: {
    readonly schoolsoort: Schoolsoort;
    readonly categorie: Categorie | null;
    readonly ingang: string;
    readonly einde: string;
  };
  readonly onderbouwing: string;
  readonly doelen: string;
  readonly submittedAt: string;
}

export function insertDemoAdviesRij(ctx: PublicContext, a: DemoAdvies): void {
  const ja = a.conclusie === 'toelaatbaar';
  ctx.db
    .insert(adviezen)
    .values({
      aanvraagId: a.aanvraagId,
      deskundigeId: a.deskundigeId,
      toewijzingId: a.sig.toewijzingId,
      position: a.position,
      version: 1,
      status: 'ingediend',
      conclusie: a.conclusie,
      schoolsoort: ja ? a.tlv.schoolsoort : null,
      categorie: ja ? a.tlv.categorie : null,
      ingangsdatum: ja ? a.tlv.ingang : null,
      einddatum: ja ? a.tlv.einde : null,
      onderbouwing: a.onderbouwing,
      doelen: a.doelen,
      contextAdvies: 'Ouders en school blijven nauw betrokken; terugplaatsing jaarlijks evalueren.',
      vragen: null,
      signedNaam: a.sig.naam,
      signedDiscipline: a.sig.discipline,
      signedRegistratie: a.sig.registratie,
      submittedAt: a.submittedAt,
    })
    .run();
}
