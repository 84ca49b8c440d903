import { describe, expect, it } from 'vitest';
import {
  checkLogo,
  isGeldigeSwvCode,
  LBT,
  logoInBox,
  normaliseRegistratienummer,
  rasterMaat,
  stelSwvCodeVoor,
} from '../../../electron/domain/swv';
import { formatVolgnummer } from '../../../electron/domain/volgnummer';

/** The first 33 bytes of a PNG: signature and IHDR with this width and height. */
function pngHeader(w: number, h: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, w);
  new DataView(b.buffer).setUint32(20, h);
  b.set([8, 6, 0, 0, 0], 24);
  return b;
}

describe('the registration number and the code of the volgnummers', () => {
  it('reads the number as DUO writes it, however it is typed', () => {
    for (const typed of ['PO 25-05', 'po2505', 'PO 25.05', ' PO25-05 ', 'po 25 05'])
      expect(normaliseRegistratienummer(typed), typed).toBe('PO 25-05');
    expect(normaliseRegistratienummer('VO 20-01')).toBe('VO 20-01');
  });

  it('refuses what is no registration number', () => {
    for (const typed of ['25-05', 'PO 2-505', 'SO 25-05', 'PO 25-05-1', ''])
      expect(normaliseRegistratienummer(typed), typed).toBeNull();
  });

  it('proposes the code from the number, and it starts a valid volgnummer', () => {
    expect(stelSwvCodeVoor('PO 25-05')).toBe('PO2505');
    expect(stelSwvCodeVoor('vo 20.01')).toBe('VO2001');
    expect(stelSwvCodeVoor('onbekend')).toBeNull();
    expect(formatVolgnummer(stelSwvCodeVoor('PO 25-05')!, 2026, 1)).toBe('PO2505-2026-0001');
  });

  it('accepts a code a volgnummer can start with, 2 to 20 characters', () => {
    expect(isGeldigeSwvCode('PO2505')).toBe(true);
    expect(isGeldigeSwvCode('SWV_Z')).toBe(true);
    for (const code of ['P', 'PO 2505', 'PO-2505', 'A'.repeat(21), ''])
      expect(isGeldigeSwvCode(code), code).toBe(false);
  });
});

describe('the default bezwaar body', () => {
  it('is the LBT at the postal address of Onderwijsgeschillen', () => {
    expect(LBT).toEqual({
      soort: 'lbt',
      naam: 'Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring (LBT)',
      adres: 'p/a Onderwijsgeschillen, Postbus 85191',
      postcode: '3508 AD',
      plaats: 'Utrecht',
    });
  });
});

describe('the logo', () => {
  it('accepts a PNG of sane size and reads its pixels from the header', () => {
    expect(checkLogo(pngHeader(600, 200))).toEqual({ ok: true, breedte: 600, hoogte: 200 });
  });

  it('refuses what is no PNG, or is too large, small or elongated', () => {
    const melding = (bytes: Uint8Array) => {
      const r = checkLogo(bytes);
      return r.ok ? null : r.melding;
    };
    expect(melding(new Uint8Array())).toBe('Het bestand is leeg.');
    expect(melding(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(
      'Dit bestand is geen PNG-afbeelding. Kies een PNG- of SVG-bestand.',
    );
    const groot = new Uint8Array(1024 * 1024 + 1);
    groot.set(pngHeader(600, 200));
    expect(melding(groot)).toBe('Het logo is te groot (1,0 MB); het mag hoogstens 1 MB zijn.');
    expect(melding(pngHeader(15, 200))).toContain('te klein (15 × 200 pixels)');
    expect(melding(pngHeader(4001, 400))).toContain('te groot (4001 × 400 pixels)');
    expect(melding(pngHeader(1100, 100))).toContain('te langgerekt');
    expect(melding(pngHeader(1000, 100))).toBeNull(); // 10 : 1 is the limit
    const geenIhdr = pngHeader(600, 200);
    geenIhdr.set([0x49, 0x44, 0x41, 0x54], 12); // 'IDAT' where IHDR must be
    expect(melding(geenIhdr)).toBe('Dit PNG-bestand is beschadigd en kan niet worden gelezen.');
  });

  it('draws an SVG at 1200 pixels on its longest side, the shape kept', () => {
    expect(rasterMaat(480, 160)).toEqual({ breedte: 1200, hoogte: 400 });
    expect(rasterMaat(100, 300)).toEqual({ breedte: 400, hoogte: 1200 });
    expect(rasterMaat(0, 0)).toEqual({ breedte: 1200, hoogte: 1200 });
  });

  it('fits the letterhead box with the shape kept', () => {
    const box = { breedte: 150, hoogte: 60 };
    expect(logoInBox(600, 200, box)).toEqual({ breedte: 150, hoogte: 50 });
    expect(logoInBox(100, 100, box)).toEqual({ breedte: 60, hoogte: 60 });
    expect(logoInBox(30, 12, box)).toEqual({ breedte: 150, hoogte: 60 });
  });
});
