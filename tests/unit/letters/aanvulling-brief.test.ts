import { describe, expect, it } from 'vitest';
import { renderAanvullingBrief } from '../../../electron/letters';
import { extractPdfText } from '../../../electron/documents/pdf-text';
import { flat } from './fixtures';
import { aanvullingData, vragenData } from './procedure-fixtures';

describe('renderAanvullingBrief', () => {
  it('asks the school board for the missing items within a term, with the legal grounds', async () => {
    const { pageCount, pages } = await extractPdfText(await renderAanvullingBrief(aanvullingData));
    const text = flat(pages);
    expect(pageCount).toBe(1);
    expect(text).toContain('Samenwerkingsverband Passend Onderwijs Fictief');
    expect(text).toContain(
      'Stichting Fictief Onderwijs t.a.v. de directie van OBS De Proefschool (BRIN 99ZZ) Postbus 1 1234 ZZ Demodorp',
    );
    expect(text).toContain('Datum: 10 september 2025');
    expect(text).toContain(
      'Betreft: verzoek om aanvulling van de aanvraag toelaatbaarheidsverklaring Daan Verzonnen (kenmerk AV-2025-0123)',
    );
    expect(text).toContain('Op 1 september 2025 hebben wij uw aanvraag');
    expect(text).toContain('geboren op 12 maart 2016');
    for (const item of aanvullingData.items) expect(text).toContain(item);
    expect(text).toContain('binnen 10 werkdagen, uiterlijk 24 september 2025');
    expect(text).toContain('artikel 4:5 van de Algemene wet bestuursrecht (Awb)');
    // Suspended from the day after the letter until the aanvulling is received (Awb 4:15 lid 1a);
    // without aanvulling the clock runs again on the day after the last day of the term (§3.4).
    expect(text).toContain('opgeschort vanaf de dag na de datum van deze brief, 11 september 2025');
    expect(text).toContain('tot de dag waarop wij de aanvulling ontvangen');
    expect(text).toContain('artikel 4:15, eerste lid, onder a, Awb');
    expect(text).toContain('weer vanaf 25 september 2025');
    expect(text).toContain('buiten behandeling stellen, artikel 4:5, eerste lid, onder c, Awb');
    expect(text).toContain('Namens de directeur-bestuurder, M. de Bestuurder');
    expect(text).toContain('A. Jansen');
    expect(text).toContain('Secretaresse leerlingenzaken');
    expect(text).toContain('0318 000 000');
    expect(text).toContain('Pagina 1 van 1');
  });

  it("variant 'vragen' lists the questions of the TLA-vergadering on the same legal basis", async () => {
    const text = flat((await extractPdfText(await renderAanvullingBrief(vragenData))).pages);
    expect(text).toContain(
      'Betreft: vragen over de aanvraag toelaatbaarheidsverklaring Daan Verzonnen (kenmerk AV-2025-0123)',
    );
    expect(text).toContain(
      'In de vergadering van de toelaatbaarheidsadviescommissie (TLA) van 7 oktober 2025',
    );
    expect(text).toContain('Onze vragen');
    for (const vraag of vragenData.items) expect(text).toContain(vraag);
    expect(text).toContain(
      'Wij vragen u de antwoorden binnen 2 werkdagen, uiterlijk 10 oktober 2025',
    );
    expect(text).toContain('9 oktober 2025, tot de dag waarop wij de antwoorden ontvangen');
    expect(text).toContain('weer vanaf 11 oktober 2025');
    expect(text).toContain('artikel 4:5');
    expect(text).not.toContain('Wat wij nog van u nodig hebben');
  });

  it('names the advice as the source of the questions and writes 1 werkdag in the singular', async () => {
    const text = flat(
      (
        await extractPdfText(
          await renderAanvullingBrief({
            ...vragenData,
            termijnWerkdagen: 1,
            uiterlijk: '2025-10-09',
            aanleiding: { bron: 'advies', datum: '2025-10-06' },
          }),
        )
      ).pages,
    );
    expect(text).toContain('Naar aanleiding van het advies van de deskundigen van 6 oktober 2025');
    expect(text).toContain('binnen 1 werkdag, uiterlijk 9 oktober 2025');
  });

  it('is byte-identical for identical input and differs when generatedAt differs', async () => {
    const a = await renderAanvullingBrief(aanvullingData);
    const b = await renderAanvullingBrief(structuredClone(aanvullingData));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await renderAanvullingBrief({
      ...aanvullingData,
      generatedAt: '2025-09-11T08:30:00.000Z',
    });
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
    expect(Buffer.from(a).toString('latin1')).toContain('D:20250910083000Z');
  });

  it('keeps the signature with the greeting when many items push it to a second page', async () => {
    const items = Array.from({ length: 30 }, (_, i) => `ontbrekend document nummer ${i + 1}`);
    const { pageCount, pages } = await extractPdfText(
      await renderAanvullingBrief({ ...aanvullingData, items }),
    );
    expect(pageCount).toBe(2);
    const last = flat([pages[pageCount - 1] ?? '']);
    expect(last).toContain('Met vriendelijke groet');
    expect(last).toContain('A. Jansen');
    expect(flat(pages)).toContain('ontbrekend document nummer 30');
  });

  it('renders diacritics and characters WinAnsi lacks without crashing', async () => {
    const bytes = await renderAanvullingBrief({
      ...aanvullingData,
      leerling: { naam: 'Noëlle Çelik', geboortedatum: '2016-03-12' },
      items: ['het “groeidocument” – ondertekend door ouders ✓', 'verslag van Ayşe Yılmaz'],
      secretaresse: { naam: 'Zoë Ğül' },
    });
    const text = flat((await extractPdfText(bytes)).pages);
    expect(text).toContain('Noëlle Çelik (kenmerk AV-2025-0123)');
    expect(text).toContain('verslag van Ayse Yilmaz');
    expect(text).toContain('Zoë Gül');
  });

  it('refuses a request without a term, without items or with an inconsistent date', async () => {
    await expect(renderAanvullingBrief({ ...aanvullingData, termijnWerkdagen: 0 })).rejects.toThrow(
      'ten minste 1 werkdag',
    );
    await expect(renderAanvullingBrief({ ...aanvullingData, items: [' '] })).rejects.toThrow(
      'ontbrekend stuk',
    );
    await expect(renderAanvullingBrief({ ...vragenData, items: [] })).rejects.toThrow('vraag');
    await expect(
      renderAanvullingBrief({ ...aanvullingData, uiterlijk: '2025-09-10' }),
    ).rejects.toThrow('na de datum van de brief');
    await expect(
      renderAanvullingBrief({ ...aanvullingData, ontvangstdatum: '2025-09-11' }),
    ).rejects.toThrow('ontvangst van de aanvraag');
    await expect(
      renderAanvullingBrief({ ...aanvullingData, uiterlijk: '2025-02-30' }),
    ).rejects.toThrow('Geen geldige datum');
  });
});
