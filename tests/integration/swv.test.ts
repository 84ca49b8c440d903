import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../electron/contract';
import { client, startEmptyWithBeheerder, type Client, type TestBackend } from '../support/backend';
import { auditCount, b64, GEGEVENS, LOGO, pdfText, png, SVG } from '../support/swv';

// Issue 10, setting up the SWV: its details, logo, signer and bezwaar body as the beheerder saves
// them reach every letter; bad input is refused in Dutch and changes nothing; until the details are
// saved (or when the stored value is damaged) no letter is made and no aanvraag is registered.

describe('an empty install: the beheerder sets up the SWV', () => {
  let t: TestBackend;
  let beheer: Client;

  beforeAll(async () => {
    ({ t, beheer } = await startEmptyWithBeheerder(() => new Date('2026-09-15T10:00:00Z')));
  }, 60000);
  afterAll(() => t.close());

  it('starts without details: no placeholder, the checklist says what to do', async () => {
    const swv = await beheer.call('swv.get', {});
    expect(swv).toMatchObject({ ingesteld: false, beschadigd: false, gegevens: null, logo: null });
    const status = await beheer.call('inrichting.status', {});
    expect(status.klaar).toBe(false);
    expect(status.stappen.map((s) => [s.stap, s.status])).toEqual([
      ['swv', 'open'],
      ['scholen', 'open'],
      ['gebruikers', 'open'],
      ['pool', 'open'],
      ['brieven', 'optioneel'],
    ]);
    const refused = await beheer.fail('swv.voorbeeldbrief', {});
    expect(refused.message).toBe(
      'De gegevens van het samenwerkingsverband zijn nog niet ingevuld. De functioneel beheerder ' +
        'moet die eerst invullen (Beheer, Samenwerkingsverband); daarna kunt u brieven maken.',
    );
  });

  it('refuses bad input with a Dutch message at its field, and saves nothing', async () => {
    const cases: [Partial<InputOf<'swv.zetten'>>, string, string][] = [
      [{ naam: ' ' }, 'naam', 'Vul de naam van het samenwerkingsverband in.'],
      [
        { registratienummer: '25-05' },
        'registratienummer',
        'Vul het registratienummer in zoals DUO het kent, bijvoorbeeld PO 25-05.',
      ],
      [{ code: 'PO 25-05' }, 'code', 'De code bestaat uit 2 tot 20 letters en cijfers'],
      [
        { postcode: '671 PL' },
        'postcode',
        'Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB.',
      ],
      [{ email: 'tlv@' }, 'email', 'Vul een e-mailadres in'],
      [{ telefoon: 'bel ons' }, 'telefoon', 'Vul een telefoonnummer in'],
      [
        { bezwaaradvies: { ...GEGEVENS.bezwaaradvies, postcode: '' } },
        'bezwaaradvies.postcode',
        'Vul de postcode van de commissie in.',
      ],
    ];
    for (const [change, field, message] of cases) {
      const e = await beheer.fail('swv.zetten', { ...GEGEVENS, ...change });
      expect(e.code, field).toBe('invalid_input');
      const issue = e.issues?.find((i) => i.path === field);
      expect(issue?.message, field).toContain(message);
    }
    // The signer must be an active directeur; the beheerder is none.
    const me = await beheer.call('auth.me', {});
    const notDirecteur = await beheer.fail('swv.zetten', { ...GEGEVENS, directeurUserId: me.id });
    expect(notDirecteur.message).toBe(
      'Kies een actieve gebruiker met de rol directeur-bestuurder.',
    );
    expect((await beheer.call('swv.get', {})).ingesteld).toBe(false);
    expect(auditCount(t, 'swv.zetten')).toBe(0);
  });

  it('saves the details in their usual form, audited', async () => {
    await beheer.call('swv.zetten', GEGEVENS);
    const swv = await beheer.call('swv.get', {});
    expect(swv.ingesteld).toBe(true);
    expect(swv.gegevens).toEqual({
      ...GEGEVENS,
      registratienummer: 'PO 25-05',
      postcode: '6711 PL',
      website: null,
    });
    expect(auditCount(t, 'swv.zetten')).toBe(1);
    const stap = (await beheer.call('inrichting.status', {})).stappen[0]!;
    expect(stap.status).toBe('aandacht'); // no directeur-bestuurder chosen yet
    expect(stap.toelichting).toContain('Kies nog de directeur-bestuurder');
  });

  it('refuses a logo that is not a usable PNG, and keeps none', async () => {
    const refusals: [Buffer, string][] = [
      [SVG, 'Dit bestand is geen PNG-afbeelding. Kies een PNG- of SVG-bestand.'],
      [Buffer.from('%PDF-1.7\n'), 'Dit bestand is geen PNG-afbeelding.'],
      // Just over 1 MB: the domain's limit; far over it: the contract's.
      [Buffer.concat([LOGO, Buffer.alloc(1024 * 1024 + 1 - LOGO.length)]), 'Het logo is te groot'],
      [Buffer.alloc(3 * 1024 * 1024, 0x89), 'Het logo is te groot; het mag hoogstens 1 MB zijn.'],
      [png(8, 8), 'Het logo is te klein (8 × 8 pixels)'],
      [
        png(5000, 40, zlib.deflateSync(Buffer.alloc(10))),
        'Het logo is te groot (5000 × 40 pixels)',
      ],
      [png(900, 40), 'Het logo is te langgerekt'],
      // A right header with pixel data that does not inflate (pdf-lib's decoder would loop on it),
      // or inflates to less than the header promises.
      [png(64, 64, Buffer.from('geen pixels')), 'Dit PNG-bestand kan niet worden gelezen.'],
      [png(64, 64, zlib.deflateSync(Buffer.alloc(10))), 'Dit PNG-bestand kan niet worden gelezen.'],
    ];
    for (const [bytes, message] of refusals) {
      const e = await beheer.fail('swv.logoZetten', { pngBase64: b64(bytes) });
      expect(e.code).toBe('invalid_input');
      expect(e.message).toContain(message);
    }
    expect((await beheer.call('swv.get', {})).logo).toBeNull();
    expect(auditCount(t, 'swv.logo')).toBe(0);
  });

  it('keeps a PNG logo, shows it back and can remove it', async () => {
    expect(await beheer.call('swv.logoZetten', { pngBase64: b64(LOGO) })).toEqual({
      breedte: 600,
      hoogte: 200,
    });
    const swv = await beheer.call('swv.get', {});
    expect(swv.logo).toEqual({ pngBase64: b64(LOGO), breedte: 600, hoogte: 200 });
    await beheer.call('swv.logoVerwijderen', {});
    expect((await beheer.call('swv.get', {})).logo).toBeNull();
    await beheer.call('swv.logoZetten', { pngBase64: b64(LOGO) });
    expect(auditCount(t, 'swv.logo')).toBe(2);
    expect(auditCount(t, 'swv.logoVerwijderen')).toBe(1);
  });

  it('shows the letterhead, the logo and the bezwaar body in a sample letter', async () => {
    const brief = await beheer.call('swv.voorbeeldbrief', {});
    const text = await pdfText(brief.dataBase64);
    expect(text).toContain('Samenwerkingsverband Passend Onderwijs De Vallei');
    expect(text).toContain('Stationsweg 12 | 6711 PL Ede');
    expect(text).toContain('telefoon 0318 123 456 | tlv@swv-devallei.nl');
    expect(text).toContain('registratienummer PO 25-05');
    expect(text).toContain(
      'advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring (LBT)',
    );
    expect(text).toContain('p/a Onderwijsgeschillen, Postbus 85191 3508 AD Utrecht');
    // No directeur yet: signed as before a choice ('de directeur-bestuurder').
    expect(text).toContain('de directeur-bestuurder Directeur-bestuurder Samenwerkingsverband');
    expect(Buffer.from(brief.dataBase64, 'base64').toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('is for the beheerder to change; everyone signed in may read it', async () => {
    const anonymous = client(t.backend);
    expect((await anonymous.fail('swv.get', {})).code).toBe('unauthenticated');
  });
});
