import { describe, expect, it } from 'vitest';
import { renderBerichtSchool } from '../../../electron/letters';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { briefData, flat } from './fixtures';

describe('renderBerichtSchool', () => {
  it('tells the school board the decision', async () => {
    const text = flat((await extractPdfText(await renderBerichtSchool(briefData))).pages);
    expect(text).toContain('Stichting Fictief Onderwijs');
    expect(text).toContain('t.a.v. de directie van OBS De Proefschool (BRIN 99ZZ)');
    expect(text).toContain(
      'Betreft: besluit op uw aanvraag toelaatbaarheidsverklaring Daan Verzonnen',
    );
    expect(text).toContain('De toelaatbaarheidsverklaring is afgegeven.');
    expect(text).toContain('Einddatum: 31 juli 2027');
    expect(text).toContain('binnen 6 weken');
  });

  it('prints the board address when given and is deterministic', async () => {
    const data = {
      ...briefData,
      uitkomst: 'tlv_niet_afgegeven' as const,
      schoolbestuur: {
        naam: 'Stichting Fictief Onderwijs',
        adres: 'Postbus 1',
        postcode: '1234 ZZ',
        plaats: 'Demodorp',
      },
    };
    const a = await renderBerichtSchool(data);
    expect(Buffer.from(a).equals(Buffer.from(await renderBerichtSchool(data)))).toBe(true);
    const text = flat((await extractPdfText(a)).pages);
    expect(text).toContain('Postbus 1 1234 ZZ Demodorp');
    expect(text).toContain('De toelaatbaarheidsverklaring is niet afgegeven.');
  });
});
