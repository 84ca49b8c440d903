import { describe, expect, it } from 'vitest';
import { inrichtingStappen, type InrichtingFeiten } from '../../../electron/domain/inrichting';

const LEEG: InrichtingFeiten = {
  swv: { ingesteld: false, directeurGekozen: false, logo: false },
  besturen: 0,
  scholen: 0,
  gebruikers: { secretaris: 0, voorzitter: 0, deskundige: 0, directeur: 0, beheerder: 1 },
  pool: { totaal: 0, eerste: 0, tweede: 0 },
  eigenBriefteksten: 0,
};

const INGERICHT: InrichtingFeiten = {
  swv: { ingesteld: true, directeurGekozen: true, logo: true },
  besturen: 3,
  scholen: 8,
  gebruikers: { secretaris: 1, voorzitter: 1, deskundige: 2, directeur: 1, beheerder: 1 },
  pool: { totaal: 2, eerste: 1, tweede: 1 },
  eigenBriefteksten: 0,
};

const stap = (f: InrichtingFeiten, naam: string) =>
  inrichtingStappen(f).stappen.find((s) => s.stap === naam)!;

describe('the checklist of setting up', () => {
  it('lists the five steps in order; on an empty install every required one is open', () => {
    const { stappen, klaar } = inrichtingStappen(LEEG);
    expect(stappen.map((s) => [s.stap, s.status, s.verplicht])).toEqual([
      ['swv', 'open', true],
      ['scholen', 'open', true],
      ['gebruikers', 'open', true],
      ['pool', 'open', true],
      ['brieven', 'optioneel', false],
    ]);
    expect(klaar).toBe(false);
    expect(stap(LEEG, 'gebruikers').toelichting).toBe(
      'Er zijn nog geen gebruikers voor het bureau. Nog nodig: een secretaresse leerlingenzaken, ' +
        'een TLA-voorzitter, een directeur-bestuurder en 2 deskundigen.',
    );
  });

  it('is done when every required step is, whatever the letter texts', () => {
    expect(inrichtingStappen(INGERICHT).klaar).toBe(true);
    expect(stap(INGERICHT, 'gebruikers').toelichting).toBe(
      '1 secretaresse leerlingenzaken, 1 TLA-voorzitter, 1 directeur-bestuurder en 2 deskundigen.',
    );
    expect(stap(INGERICHT, 'brieven').status).toBe('optioneel');
    const eigen = { ...INGERICHT, eigenBriefteksten: 2 };
    expect(stap(eigen, 'brieven')).toMatchObject({
      status: 'klaar',
      toelichting: '2 brieven hebben een eigen tekst.',
    });
  });

  it('asks for the signer once the details are in', () => {
    const f = { ...INGERICHT, swv: { ingesteld: true, directeurGekozen: false, logo: false } };
    expect(stap(f, 'swv')).toMatchObject({ status: 'aandacht' });
    expect(stap(f, 'swv').toelichting).toContain('nog zonder logo');
    expect(inrichtingStappen(f).klaar).toBe(false);
  });

  it('needs schools and their boards', () => {
    expect(stap({ ...INGERICHT, scholen: 0 }, 'scholen').status).toBe('open');
    expect(stap({ ...INGERICHT, besturen: 1, scholen: 1 }, 'scholen')).toMatchObject({
      status: 'klaar',
      toelichting: '1 schoolbestuur, 1 school.',
    });
  });

  it('names the users still missing, one deskundige short', () => {
    const f = { ...INGERICHT, gebruikers: { ...INGERICHT.gebruikers, deskundige: 1 } };
    expect(stap(f, 'gebruikers').toelichting).toContain('Nog nodig: een deskundige.');
  });

  it('needs a gedragsdeskundige and a second deskundige of another discipline', () => {
    expect(stap({ ...INGERICHT, pool: { totaal: 2, eerste: 2, tweede: 0 } }, 'pool')).toMatchObject(
      { status: 'open' },
    );
    expect(
      stap({ ...INGERICHT, pool: { totaal: 1, eerste: 1, tweede: 1 } }, 'pool').toelichting,
    ).toContain('nog nodig: een tweede persoon');
    expect(stap({ ...INGERICHT, pool: { totaal: 3, eerste: 1, tweede: 2 } }, 'pool').status).toBe(
      'klaar',
    );
  });
});
