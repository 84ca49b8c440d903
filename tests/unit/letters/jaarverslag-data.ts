// A fictional school year for the jaarverslag tests: a fixed set of aanvragen over six boards (one
// with a diacritic, one with a name too long for the chart's axis), decided in every month of
// 2025-2026, some late, some suspended, a verdaging and a bezwaar, and TLVs ending in the year after
// the day of the report. Built as rows of facts and turned into a Rapportage by the domain.
import { addDays } from '../../../electron/domain/calendar';
import { periodOf } from '../../../electron/domain/doorlooptijd';
import {
  rapportage,
  type AanvraagFeiten,
  type Rapportage,
} from '../../../electron/domain/rapportage';
import type { JaarverslagData } from '../../../electron/letters/types';
import { verklaringData } from './fixtures';

export const BESTUREN = [
  { id: 1, naam: 'Stichting Zoë Çelik-Ångström Onderwijs' },
  { id: 2, naam: 'Stichting Primair Onderwijs De Vallei en Omstreken te Gelderland-Zuid' },
  { id: 3, naam: 'Stichting Alpha' },
  { id: 4, naam: 'Stichting Beta' },
  { id: 5, naam: 'Vereniging Gamma' },
  { id: 6, naam: 'Stichting Delta' },
] as const;

export const VANDAAG = '2026-09-15';

function rij(i: number): AanvraagFeiten {
  const bestuur = BESTUREN[i % BESTUREN.length === 0 ? 0 : (i * 7) % BESTUREN.length]!;
  // Received from 1 July 2025 on, about two a week; decided 30–70 days later.
  const ontvangenOp = addDays('2025-07-01', Math.floor(i * 3.3));
  const duur = 30 + ((i * 13) % 41);
  const besluitOp = addDays(ontvangenOp, duur);
  const withdrawn = i % 17 === 5;
  const opgeschort = i % 6 === 0;
  return {
    id: i + 1,
    ontvangenOp,
    afloop: withdrawn
      ? { soort: 'ingetrokken', op: addDays(ontvangenOp, 10) }
      : besluitOp <= VANDAAG
        ? { soort: i % 9 === 4 ? 'tlv_niet_afgegeven' : 'tlv_afgegeven', op: besluitOp }
        : null,
    unaniem: withdrawn ? null : i % 8 !== 3,
    opschortingen: opgeschort
      ? [
          {
            grond: 'awb_4_15_1a',
            start: addDays(ontvangenOp, 5),
            termEnd: addDays(ontvangenOp, 19),
            resumedOn: addDays(ontvangenOp, 12),
          },
        ]
      : [],
    verdaging:
      i === 20 ? { notifiedOn: addDays(ontvangenOp, 50), newEnd: addDays(ontvangenOp, 98) } : null,
    bezwaren:
      i === 11
        ? [
            {
              ontvangenOp: addDays(besluitOp, 20),
              uitkomst: 'ongegrond',
              beslistOp: addDays(besluitOp, 60),
              geslotenOp: null,
            },
          ]
        : [],
    tlvEinde: withdrawn || i % 9 === 4 ? null : addDays('2026-09-30', (i * 29) % 360),
    bestuur,
    school: { id: 100 + (i % 9), naam: `School ${i % 9}` },
    gemeente: i % 2 === 0 ? 'Ede' : 'Wageningen',
    soort: i % 5 === 0 ? 'herindicatie' : 'zij_instroom',
    schoolsoort: i % 4 === 0 ? 'SBO' : 'SO',
    categorie: i % 4 === 0 ? null : 'midden',
  };
}

export const RIJEN: readonly AanvraagFeiten[] = Array.from({ length: 130 }, (_, i) => rij(i));

export function jaarRapportage(datum: string, rows: readonly AanvraagFeiten[] = RIJEN): Rapportage {
  return rapportage({
    rows,
    periode: periodOf(datum, 'schooljaar'),
    indeling: 'bestuur',
    today: VANDAAG,
  });
}

export function jaarverslagData(
  rapportage: Rapportage,
  vorigJaar: Rapportage | null = null,
): JaarverslagData {
  return {
    swv: { ...verklaringData.swv, naam: 'Samenwerkingsverband De Vallei' },
    rapportage,
    vorigJaar,
    vandaag: VANDAAG,
    generatedAt: '2026-09-15T10:00:00.000Z',
  };
}
