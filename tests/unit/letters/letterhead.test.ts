import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { renderBriefOuders, renderVerklaring } from '../../../electron/letters';
import { swvLetterhead } from '../../../electron/letters/common';
import { briefData, flat, verklaringData } from './fixtures';

// Issue 10: the letterhead of every letter carries the SWV's contact details and logo as the
// beheerder saved them, and the bezwaarclausule names the body that advises on a bezwaar.

const LOGO = new Uint8Array(fs.readFileSync(path.join(__dirname, '../../fixtures/logo/logo.png')));
const isImage = (pdf: Uint8Array) => /\/Subtype \/Image/.test(Buffer.from(pdf).toString('latin1'));

describe('the letterhead', () => {
  it('adds a line of contact details only when there are any', () => {
    expect(swvLetterhead(verklaringData.swv).regels).toHaveLength(2);
    const met = swvLetterhead({
      ...verklaringData.swv,
      telefoon: '0318 123 456',
      email: 'tlv@swv.nl',
      website: 'www.swv.nl',
    });
    expect(met.regels[1]).toBe('telefoon 0318 123 456  |  tlv@swv.nl  |  www.swv.nl');
  });

  it('draws the logo on the first page, and the same input gives the same bytes', async () => {
    const zonder = await renderVerklaring(verklaringData);
    expect(isImage(zonder)).toBe(false);
    const data = { ...verklaringData, swv: { ...verklaringData.swv, logo: LOGO } };
    const met = await renderVerklaring(data);
    expect(isImage(met)).toBe(true);
    expect(Buffer.from(await renderVerklaring(data)).equals(Buffer.from(met))).toBe(true);
    const text = flat((await extractPdfText(met)).pages);
    expect(text).toContain('Samenwerkingsverband Passend Onderwijs Fictief');
    expect(text).toContain('registratienummer PO 99-01');
  });

  it('keeps a long name beside the logo, whole', async () => {
    const naam =
      'Stichting Samenwerkingsverband Passend Primair Onderwijs Noordoost-Veluwe en Omstreken';
    const pdf = await renderVerklaring({
      ...verklaringData,
      swv: { ...verklaringData.swv, naam, logo: LOGO },
    });
    expect(flat((await extractPdfText(pdf)).pages)).toContain(naam);
  });
});

describe('the bezwaarclausule', () => {
  it('names the body that advises on a bezwaar, with its address', async () => {
    const text = flat((await extractPdfText(await renderBriefOuders(briefData))).pages);
    expect(text).toContain('advies aan de Bezwaaradviescommissie Fictief.');
    expect(text).toContain('Bezwaaradviescommissie Fictief Postbus 99 1234 ZZ Demodorp');
  });
});
