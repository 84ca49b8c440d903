import { describe, expect, it } from 'vitest';
import { exportTabelProbleem } from '../../../electron/domain/export-tabel';
import {
  eindigtBinnen,
  herindicatieAanvragenUiterlijk,
  herindicatieKandidaten,
  koppelingProbleem,
  plusMaanden,
  radarStand,
  radarVanaf,
  registerAlsTabellen,
  tlvStatus,
  type HerindicatieAanvraag,
  type RegisterRij,
} from '../../../electron/domain/tlv-register';

// Issue 12 · the rules of the TLV register and the herindicatie radar (§8, §9, §12).

describe('tlvStatus', () => {
  const f = { einddatum: '2027-07-31', ingetrokkenOp: null, vervangen: false };
  it('runs up to and including the einddatum and has expired the day after', () => {
    expect(tlvStatus(f, '2025-11-15')).toBe('lopend');
    expect(tlvStatus(f, '2027-07-31')).toBe('lopend');
    expect(tlvStatus(f, '2027-08-01')).toBe('verlopen');
  });
  it('a replacement after a gegrond bezwaar or a withdrawal ends it whatever its dates', () => {
    expect(tlvStatus({ ...f, vervangen: true }, '2026-01-01')).toBe('herzien_na_bezwaar');
    expect(tlvStatus({ ...f, vervangen: true }, '2028-01-01')).toBe('herzien_na_bezwaar');
    expect(tlvStatus({ ...f, ingetrokkenOp: '2026-03-02' }, '2026-03-02')).toBe('ingetrokken');
    expect(tlvStatus({ ...f, ingetrokkenOp: '2026-03-02' }, '2026-03-01')).toBe('lopend');
  });
});

describe('the radar', () => {
  it('adds calendar months, a missing day becoming the last of the month', () => {
    expect(plusMaanden('2027-01-31', 6)).toBe('2027-07-31');
    expect(plusMaanden('2026-08-31', 6)).toBe('2027-02-28');
    expect(plusMaanden('2027-08-31', 6)).toBe('2028-02-29');
    expect(plusMaanden('2027-07-31', -6)).toBe('2027-01-31');
    expect(plusMaanden('2027-07-31', -17)).toBe('2026-02-28');
    expect(() => plusMaanden('2027-07-31', 1.5)).toThrow(RangeError);
  });
  it('shows a TLV ending 31-07-2027 from 31-01-2027 with 6 months, not on 30-01-2027', () => {
    expect(radarVanaf('2027-07-31', 6)).toBe('2027-01-31');
    expect(eindigtBinnen('2027-07-31', '2027-01-30', 6)).toBe(false);
    expect(eindigtBinnen('2027-07-31', '2027-01-31', 6)).toBe(true);
    expect(eindigtBinnen('2027-07-31', '2027-07-31', 6)).toBe(true);
    expect(eindigtBinnen('2027-07-31', '2027-08-01', 6)).toBe(false);
    expect(eindigtBinnen('2027-07-31', '2027-02-28', 5)).toBe(true);
    expect(eindigtBinnen('2027-07-31', '2027-02-27', 5)).toBe(false);
  });
  it('is handled once a herindicatie is linked; else the letter tells where it stands', () => {
    expect(radarStand({ herindicatieAanvraagId: null, eindbriefOp: null })).toBe('open');
    expect(radarStand({ herindicatieAanvraagId: null, eindbriefOp: '2027-02-01' })).toBe(
      'brief_verzonden',
    );
    expect(radarStand({ herindicatieAanvraagId: 9, eindbriefOp: null })).toBe(
      'herindicatie_gekoppeld',
    );
  });
  it('asks the school to apply 8 weeks (the beslistermijn) before the end, not moved by the Atw', () => {
    expect(herindicatieAanvragenUiterlijk('2027-07-31')).toBe('2027-06-05'); // a Saturday: stays
    expect(herindicatieAanvragenUiterlijk('2029-07-31')).toBe('2029-06-05');
  });
});

describe('matching a herindicatie to the ending TLV', () => {
  const tlv = {
    aanvraagId: 1,
    leerlingNaam: 'Émma de Vries',
    leerlingGeboortedatum: '2016-03-04',
    bestuurId: 7,
  };
  const a = (over: Partial<HerindicatieAanvraag>): HerindicatieAanvraag => ({
    id: 10,
    soort: 'herindicatie',
    leerlingNaam: 'Emma de Vries',
    leerlingGeboortedatum: '2016-03-04',
    bestuurId: 7,
    vernietigd: false,
    ...over,
  });
  it('proposes the same date of birth with the same name or board, strongest first', () => {
    const k = herindicatieKandidaten(tlv, [
      a({ id: 11, bestuurId: 8 }), // name only (the pupil moved to an SO school of another board)
      a({ id: 12, leerlingNaam: 'Emma Vries' }), // board only
      a({ id: 13 }), // name and board
      a({ id: 14, leerlingNaam: 'Anna Bakker', bestuurId: 8 }), // only the date of birth
      a({ id: 15, leerlingGeboortedatum: '2016-03-05' }),
      a({ id: 16, soort: 'zij_instroom' }),
      a({ id: 1 }), // the TLV's own aanvraag
      a({ id: 17, vernietigd: true }),
    ]);
    expect(k.map((x) => [x.aanvraagId, x.naamGelijk, x.bestuurGelijk])).toEqual([
      [13, true, true],
      [11, true, false],
      [12, false, true],
    ]);
  });
  it('refuses a link the SLL cannot confirm, with the reason in Dutch', () => {
    expect(koppelingProbleem(tlv, a({}))).toBeNull();
    expect(koppelingProbleem(tlv, a({ soort: 'onderinstroom' }))).toBe(
      'Deze aanvraag is geen herindicatie.',
    );
    expect(koppelingProbleem(tlv, a({ leerlingGeboortedatum: '2016-03-05' }))).toBe(
      'De geboortedatum van de leerling in deze aanvraag is een andere.',
    );
    expect(koppelingProbleem({ ...tlv, leerlingGeboortedatum: null }, a({}))).toBe(
      'De gegevens van deze leerling zijn vernietigd.',
    );
  });
});

describe('registerAlsTabellen (the form for DUO)', () => {
  const rij: RegisterRij = {
    volgnummer: 'PO2505-2026-0002',
    leerlingNaam: 'Zoë Çelik',
    leerlingGeboortedatum: '2016-03-04',
    schoolsoort: 'SO',
    categorie: 'midden',
    begindatum: '2026-12-01',
    einddatum: '2028-07-31',
    afgegevenOp: '2026-11-25',
    status: 'lopend',
    vervangtVolgnummer: 'PO2505-2026-0001',
    schoolNaam: 'De Proefschool',
    brin: '10XA',
    vestiging: '00',
  };
  it('gives one sheet with the TLV, the SWV code, the pupil, soort, categorie and period', () => {
    const [tabel, ...rest] = registerAlsTabellen(
      [
        rij,
        {
          ...rij,
          volgnummer: 'PO2505-2026-0001',
          schoolsoort: 'SBO',
          categorie: 'hoog',
          leerlingNaam: null,
          leerlingGeboortedatum: null,
          status: 'herzien_na_bezwaar',
          vervangtVolgnummer: null,
        },
      ],
      'PO2505',
    );
    expect(rest).toEqual([]);
    expect(exportTabelProbleem(tabel!)).toBeNull();
    expect(tabel!.kolommen.map((k) => k.kop).slice(0, 8)).toEqual([
      'TLV-volgnummer',
      'Code samenwerkingsverband',
      'Naam leerling',
      'Geboortedatum',
      'Soort onderwijs',
      'Bekostigingscategorie',
      'Ingangsdatum',
      'Einddatum',
    ]);
    expect(tabel!.rijen).toEqual([
      // In volgnummer order; SBO has no categorie; a destroyed dossier's row names no pupil.
      [
        'PO2505-2026-0001',
        'PO2505',
        null,
        null,
        'SBO',
        null,
        '2026-12-01',
        '2028-07-31',
        '2026-11-25',
        'Herzien na bezwaar',
        null,
        'De Proefschool',
        '10XA',
        '00',
      ],
      [
        'PO2505-2026-0002',
        'PO2505',
        'Zoë Çelik',
        '2016-03-04',
        'SO',
        'midden',
        '2026-12-01',
        '2028-07-31',
        '2026-11-25',
        'Lopend',
        'PO2505-2026-0001',
        'De Proefschool',
        '10XA',
        '00',
      ],
    ]);
  });
});
