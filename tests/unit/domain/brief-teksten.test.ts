import { describe, expect, it } from 'vitest';
import {
  BRIEF_TEKST_DELEN,
  BRIEF_TEKST_SOORTEN,
  BRIEF_TEKST_SOORT_INFO,
  INVULVELDEN,
  MAX_ALINEA,
  MAX_REGEL,
  besluitTekstSoort,
  deelTekst,
  gebruikteVelden,
  isInvulveld,
  standaardTekst,
  valideerBriefTekst,
  volledigeTekst,
  vulIn,
  type BriefTekstSoort,
} from '../../../electron/domain/brief-teksten';

const meldingen = (soort: BriefTekstSoort, tekst: Record<string, string>): string[] =>
  valideerBriefTekst(soort, tekst).map((f) => `${f.deel}: ${f.melding}`);

describe('the default letter texts', () => {
  it('name every kind of the issue, each with a Dutch label and use', () => {
    expect([...BRIEF_TEKST_SOORTEN].sort()).toEqual(
      [
        'aanvulling',
        'bericht_school',
        'brief_ouders',
        'buiten_behandeling',
        'einde_tlv',
        'herindicatie',
        'niet_afgegeven',
        'ontvangstbevestiging_bezwaar',
        'opschorting',
        'verdaging',
        'verklaring',
      ].sort(),
    );
    for (const soort of BRIEF_TEKST_SOORTEN) {
      expect(BRIEF_TEKST_SOORT_INFO[soort].label).not.toBe('');
      expect(BRIEF_TEKST_SOORT_INFO[soort].gebruik.length).toBeGreaterThan(20);
    }
  });

  it.each(BRIEF_TEKST_SOORTEN)('of %s validate and use only known invulvelden', (soort) => {
    expect(valideerBriefTekst(soort, standaardTekst(soort))).toEqual([]);
    for (const deel of BRIEF_TEKST_DELEN[soort]) {
      for (const naam of gebruikteVelden(deel.standaard)) {
        expect(isInvulveld(naam), `${soort}.${deel.key}: {${naam}}`).toBe(true);
        expect(deel.invulvelden, `${soort}.${deel.key}: {${naam}}`).toContain(naam);
      }
      for (const naam of deel.invulvelden) expect(isInvulveld(naam)).toBe(true);
      for (const naam of deel.moetBevatten ?? []) expect(deel.invulvelden).toContain(naam);
    }
  });

  it('have part keys a form can name (no dots) and unique within their kind', () => {
    for (const soort of BRIEF_TEKST_SOORTEN) {
      const keys = BRIEF_TEKST_DELEN[soort].map((d) => d.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^[a-z][A-Za-z]*$/);
    }
  });

  it('describe every invulveld in Dutch with an example', () => {
    for (const [naam, v] of Object.entries(INVULVELDEN)) {
      expect(naam).toMatch(/^[a-z][a-z.]*$/i);
      expect(v.omschrijving.length).toBeGreaterThan(5);
      expect(v.voorbeeld.length).toBeGreaterThan(0);
    }
  });

  it('give the decision letters the text of their outcome and kind of aanvraag', () => {
    expect(besluitTekstSoort('ouders', 'tlv_afgegeven', 'zij_instroom')).toBe('brief_ouders');
    expect(besluitTekstSoort('school', 'tlv_afgegeven', undefined)).toBe('bericht_school');
    expect(besluitTekstSoort('ouders', 'tlv_afgegeven', 'herindicatie')).toBe('herindicatie');
    expect(besluitTekstSoort('school', 'tlv_afgegeven', 'herindicatie')).toBe('herindicatie');
    expect(besluitTekstSoort('ouders', 'tlv_niet_afgegeven', 'herindicatie')).toBe(
      'niet_afgegeven',
    );
    expect(besluitTekstSoort('school', 'tlv_niet_afgegeven', 'onderinstroom')).toBe(
      'niet_afgegeven',
    );
  });

  it('complete a stored text with the defaults of parts it lacks and drop unknown parts', () => {
    const t = volledigeTekst('verdaging', { aanhef: 'Beste directie,', oud: 'weg' });
    expect(t['aanhef']).toBe('Beste directie,');
    expect(t['slot']).toBe(standaardTekst('verdaging')['slot']);
    expect(Object.keys(t)).not.toContain('oud');
  });
});

describe('the validator', () => {
  const basis = (): Record<string, string> => ({ ...standaardTekst('verklaring') });

  it('refuses an unknown invulveld, and a known one the part cannot use', () => {
    const tekst = { ...basis(), toelichting: 'Geldig tot {einddatum}, {leerling.adres}.' };
    expect(meldingen('verklaring', tekst)).toEqual([
      'toelichting: Het invulveld {leerling.adres} bestaat niet. Kies een invulveld uit de lijst.',
    ]);
    const aanvulling = { ...standaardTekst('aanvulling'), inleiding: 'Aanvraag {volgnummer}.' };
    expect(meldingen('aanvulling', aanvulling)).toEqual([
      'inleiding: Het invulveld {volgnummer} kan in dit deel niet worden gebruikt.',
    ]);
  });

  it('refuses unbalanced and empty braces', () => {
    expect(meldingen('verklaring', { ...basis(), toelichting: 'Tot {einddatum.' })).toEqual([
      "toelichting: Er staat een '{' zonder '}' erna. Gebruik accolades alleen om een invulveld, zoals {leerling.naam}.",
    ]);
    expect(meldingen('verklaring', { ...basis(), toelichting: 'Tot einddatum}.' })).toEqual([
      "toelichting: Er staat een '}' zonder '{' ervoor. Gebruik accolades alleen om een invulveld, zoals {leerling.naam}.",
    ]);
    expect(meldingen('verklaring', { ...basis(), toelichting: 'Tot {{einddatum}}.' })[0]).toContain(
      "zonder '}' erna",
    );
    expect(meldingen('verklaring', { ...basis(), toelichting: 'Tot {}.' })).toEqual([
      'toelichting: Er staat een leeg invulveld {}: vul de naam van een invulveld in.',
    ]);
  });

  it('refuses an empty required part and accepts an empty optional one', () => {
    expect(meldingen('verklaring', { ...basis(), verklaring: '  \n ' })).toEqual([
      'verklaring: Dit deel is verplicht: vul een tekst in.',
    ]);
    expect(meldingen('verklaring', { ...basis(), toelichting: '' })).toEqual([]);
  });

  it('refuses a text that is too long, and a line break in a one-line part', () => {
    const lang = 'a'.repeat(MAX_ALINEA + 1);
    expect(meldingen('verklaring', { ...basis(), toelichting: lang })).toEqual([
      'toelichting: De tekst is te lang: 2.001 tekens, ten hoogste 2.000.',
    ]);
    const aanhef = { ...standaardTekst('opschorting'), aanhef: 'x'.repeat(MAX_REGEL + 1) };
    expect(meldingen('opschorting', aanhef)).toEqual([
      'aanhef: De tekst is te lang: 201 tekens, ten hoogste 200.',
    ]);
    const tweeRegels = { ...standaardTekst('opschorting'), groet: 'Met groet,\nHet SWV' };
    expect(meldingen('opschorting', tweeRegels)).toEqual([
      'groet: Dit deel is één regel: haal de regelovergang weg.',
    ]);
  });

  it('refuses a part without the fact it exists to tell', () => {
    const tekst = { ...standaardTekst('aanvulling'), termijn: 'Stuur het zo snel mogelijk.' };
    expect(meldingen('aanvulling', tekst)).toEqual([
      'termijn: Dit deel moet het invulveld {uiterlijk} bevatten (laatste dag van de gegeven termijn).',
    ]);
  });

  it('refuses a missing part and a part the kind does not have', () => {
    const zonder = basis();
    delete zonder['toelichting'];
    expect(meldingen('verklaring', zonder)).toEqual(['toelichting: Dit deel ontbreekt.']);
    expect(meldingen('verklaring', { ...basis(), extra: 'x' })).toEqual([
      'extra: Dit deel bestaat niet in deze brief.',
    ]);
  });
});

describe('the filler', () => {
  it('replaces every invulveld by its value and trims the result', () => {
    expect(
      vulIn('  Beste {leerling.naam}, geboren {leerling.geboortedatum}. ', {
        'leerling.naam': 'Daan',
        'leerling.geboortedatum': '12 maart 2016',
      }),
    ).toBe('Beste Daan, geboren 12 maart 2016.');
    expect(vulIn('{ leerling.naam }!', { 'leerling.naam': 'Daan' })).toBe('Daan!');
  });

  it('does not read a value as a text to fill (a name with braces stays as it is)', () => {
    expect(vulIn('Voor {leerling.naam}.', { 'leerling.naam': 'Daan {kenmerk}' })).toBe(
      'Voor Daan {kenmerk}.',
    );
  });

  it('throws on an invulveld without a value and on a brace out of place', () => {
    expect(() => vulIn('Voor {leerling.naam}.', {})).toThrow('{leerling.naam}');
    expect(() => vulIn('Voor {leerling.naam.', { 'leerling.naam': 'x' })).toThrow("'{'");
  });

  it('fills the stored part, or the default when the text has none', () => {
    const waarden = { 'leerling.naam': 'Daan' };
    expect(deelTekst('verdaging', { slot: 'Sterkte, {leerling.naam}.' }, 'slot', waarden)).toBe(
      'Sterkte, Daan.',
    );
    expect(deelTekst('verdaging', undefined, 'aanhef', waarden)).toBe('Geachte directie,');
    expect(() => deelTekst('verdaging', undefined, 'bestaatNiet', waarden)).toThrow();
  });
});
