// The inzage of AVG art. 15 (§12): all that TLA holds on one pupil as one PDF. First the overview
// the SWV writes (what art. 15 lid 1 asks: purposes, categories, recipients, retention, rights,
// source), then per aanvraag its data, history, documents, advices, decisions, letters and who
// looked at it; then every stored document and letter itself, its pages copied in (appended pages
// rather than PDF attachments: the app's viewer and every printer show pages, not attachments).
// Every appended page carries a line at its foot naming the bijlage. Pure: bytes in, bytes out.
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { formatDutchDate } from '../domain/calendar';
import type { IsoDate } from '../domain/types';
import { keyValues, table } from './blocks';
import { swvLetterhead } from './common';
import { LetterLayout } from './layout';
import { controleerDatums } from './procedure-brief';
import { sanitizeForFont } from './text';
import type { SwvGegevens } from './types';

/** One part of an aanvraag's chapter: label/value rows, lines, or a table of short cells. */
export type InzageSectie =
  | {
      readonly titel: string;
      readonly soort: 'velden';
      readonly rijen: readonly (readonly [string, string])[];
    }
  | { readonly titel: string; readonly soort: 'regels'; readonly regels: readonly string[] }
  | {
      readonly titel: string;
      readonly soort: 'tabel';
      readonly kop: readonly string[];
      readonly breedtes: readonly number[];
      readonly rijen: readonly (readonly string[])[];
    };

export interface InzageAanvraag {
  readonly titel: string;
  readonly secties: readonly InzageSectie[];
}

export interface InzageBijlage {
  readonly titel: string;
  readonly bytes: Uint8Array;
}

export interface InzageData {
  readonly swv: SwvGegevens;
  readonly kenmerk: string;
  readonly datum: IsoDate;
  readonly generatedAt: string;
  readonly verzoeker: { readonly naam: string; readonly rol: string };
  readonly leerling: { readonly naam: string; readonly geboortedatum: IsoDate };
  /** Art. 15 lid 1: the facts the SWV gives with the data (purposes, recipients, …). */
  readonly uitleg: readonly (readonly [string, string])[];
  /** How many aanvragen of the pupil the chapters show (the chapters may add the AVG requests). */
  readonly aantalAanvragen: number;
  readonly aanvragen: readonly InzageAanvraag[];
  readonly bijlagen: readonly InzageBijlage[];
}

export interface InzageResultaat {
  readonly bytes: Uint8Array;
  readonly paginas: number;
  /** Bijlagen whose pages could not be copied (named in the overview instead). */
  readonly nietIngevoegd: number;
}

interface Geplaatst {
  readonly titel: string;
  readonly doc: PDFDocument | null;
  readonly paginas: number;
}

async function renderOverzicht(
  d: InzageData,
  geplaatst: readonly Geplaatst[],
  startpagina: (i: number) => number,
  totaal: number,
): Promise<PDFDocument> {
  const l = await LetterLayout.create({
    footerTotal: totaal,
    title: `Inzage persoonsgegevens ${d.kenmerk}`,
    subject: 'Inzage in persoonsgegevens (artikel 15 AVG)',
    author: d.swv.naam,
    generatedAt: d.generatedAt,
    letterhead: swvLetterhead(d.swv),
    footerNote: `Inzage persoonsgegevens - kenmerk ${d.kenmerk}`,
  });
  l.paragraph('Inzage in persoonsgegevens (artikel 15 AVG)', {
    bold: true,
    size: 14,
    color: 'accent',
    spaceAfter: 10,
  });
  keyValues(l, [
    ['Leerling:', d.leerling.naam],
    ['Geboortedatum:', formatDutchDate(d.leerling.geboortedatum)],
    ['Gevraagd door:', `${d.verzoeker.naam} (${d.verzoeker.rol})`],
    ['Kenmerk:', d.kenmerk],
    ['Gemaakt op:', formatDutchDate(d.datum)],
    ['Aanvragen:', String(d.aantalAanvragen)],
  ]);
  l.paragraph(
    `Dit overzicht bevat alle persoonsgegevens die ${d.swv.naam} in TLA over de leerling ` +
      'bewaart. Persoonlijke werkaantekeningen van deskundigen horen niet bij het dossier en staan ' +
      'er niet in.',
  );
  l.heading('Wat wij met de gegevens doen');
  for (const [kop, tekst] of d.uitleg) {
    l.paragraph(kop, { bold: true, spaceAfter: 1 });
    l.paragraph(tekst, { spaceAfter: 6 });
  }
  if (d.aantalAanvragen === 0) {
    l.heading('Aanvragen');
    l.paragraph('Wij hebben geen aanvraag voor een toelaatbaarheidsverklaring van deze leerling.');
  }
  for (const a of d.aanvragen) {
    l.pageBreak();
    l.paragraph(a.titel, { bold: true, size: 13, color: 'accent', spaceAfter: 8 });
    for (const s of a.secties) {
      l.heading(s.titel);
      if (s.soort === 'velden') {
        if (s.rijen.length === 0) l.paragraph('Geen.');
        else keyValues(l, s.rijen, 150, { size: 9.5, bold: false });
      } else if (s.soort === 'regels') {
        if (s.regels.length === 0) l.paragraph('Geen.');
        else l.bullets([...s.regels], { size: 9.5 });
      } else if (s.rijen.length === 0) l.paragraph('Geen.');
      else
        table(
          l,
          [...s.kop],
          s.rijen.map((r) => [...r]),
          [...s.breedtes],
          8.5,
        );
    }
  }
  if (geplaatst.length > 0) {
    l.heading('Bijlagen: de documenten en brieven zelf');
    l.bullets(
      geplaatst.map((b, i) =>
        b.doc === null
          ? `Bijlage ${i + 1}: ${b.titel} (kon niet worden ingevoegd; wij sturen het apart mee).`
          : `Bijlage ${i + 1}: ${b.titel}, pagina ${startpagina(i)} tot en met ${startpagina(i) + b.paginas - 1}.`,
      ),
      { size: 9.5 },
    );
  }
  return PDFDocument.load(await l.finish(), { updateMetadata: false });
}

/** Loads a stored PDF for copying; null when pdf-lib cannot read it (it is then named only). */
async function laad(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return doc.getPageCount() > 0 ? doc : null;
  } catch {
    return null;
  }
}

export async function renderInzage(d: InzageData): Promise<InzageResultaat> {
  controleerDatums(d.datum, d.leerling.geboortedatum);
  const geplaatst: Geplaatst[] = [];
  for (const b of d.bijlagen) {
    const doc = await laad(b.bytes);
    geplaatst.push({ titel: b.titel, doc, paginas: doc?.getPageCount() ?? 0 });
  }
  // The overview names the pages of each bijlage, which follow the overview: render it, count its
  // pages, and render again until the count stays (a longer page number can wrap a line).
  let overzichtPaginas = 0;
  let overzicht: PDFDocument | null = null;
  for (let pass = 0; pass < 4; pass++) {
    const n = overzichtPaginas;
    const start = (i: number): number =>
      n + 1 + geplaatst.slice(0, i).reduce((sum, b) => sum + b.paginas, 0);
    const bijlagePaginas = geplaatst.reduce((sum, b) => sum + b.paginas, 0);
    overzicht = await renderOverzicht(d, geplaatst, start, n + bijlagePaginas);
    if (overzicht.getPageCount() === n) break;
    overzichtPaginas = overzicht.getPageCount();
  }
  if (overzicht === null) throw new Error('Het overzicht is niet gemaakt.');
  const font = await overzicht.embedFont(StandardFonts.Helvetica);
  const totaal = overzicht.getPageCount() + geplaatst.reduce((sum, b) => sum + b.paginas, 0);
  let nummer = overzicht.getPageCount();
  for (const [i, b] of geplaatst.entries()) {
    if (b.doc === null) continue;
    const pages = await overzicht.copyPages(b.doc, b.doc.getPageIndices());
    for (const page of pages) {
      overzicht.addPage(page);
      nummer += 1;
      const label = sanitizeForFont(
        `Inzage ${d.kenmerk} - bijlage ${i + 1}: ${b.titel} - pagina ${nummer} van ${totaal}`,
        font,
      );
      const { width } = page.getSize();
      const size = 7.5;
      const w = Math.min(font.widthOfTextAtSize(label, size), width - 20);
      page.drawRectangle({ x: 8, y: 4, width: w + 8, height: size + 6, color: rgb(1, 1, 1) });
      page.drawText(label, { x: 12, y: 7, size, font, color: rgb(0.25, 0.25, 0.25) });
    }
  }
  const bytes = await overzicht.save({ useObjectStreams: false });
  return {
    bytes,
    paginas: overzicht.getPageCount(),
    nietIngevoegd: geplaatst.filter((b) => b.doc === null).length,
  };
}
