// A minimal flow layout on top of pdf-lib for A4 letters: letterhead, address block, wrapped
// paragraphs, automatic page breaks and 'Pagina x van n' footers. Everything that could vary between
// runs (dates, ids, producer) is fixed or taken from the input so identical input gives identical bytes.
import {
  PDFDocument,
  StandardFonts,
  rgb,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from 'pdf-lib';
import { logoInBox } from '../domain/swv';
import { sanitizeForFont } from './text';

const A4: [number, number] = [595.28, 841.89];
const MARGIN_X = 72;
const BOTTOM = 78;
const CONTENT_W = A4[0] - 2 * MARGIN_X;
const ACCENT = rgb(0.11, 0.27, 0.45);
const GREY = rgb(0.4, 0.4, 0.4);
const BLACK = rgb(0, 0, 0);
/** Tints of the charts (./grafiek.ts): gridlines, the reference line, the series. */
const TINTEN = {
  black: BLACK,
  grey: GREY,
  accent: ACCENT,
  licht: rgb(0.86, 0.86, 0.86),
  rood: rgb(0.75, 0.12, 0.12),
  groen: rgb(0.05, 0.45, 0.4),
  oranje: rgb(0.8, 0.42, 0.05),
} as const;
export type Tint = keyof typeof TINTEN;
/** The box the logo is scaled into, top right of the first page (points; about 53 × 21 mm). */
const LOGO_BOX = { breedte: 150, hoogte: 60 };
const LOGO_GAP = 18;

export interface LayoutOptions {
  title: string;
  subject: string;
  author: string;
  /** ISO instant; becomes the creation and modification date of the PDF. */
  generatedAt: string;
  /** The SWV's name, the grey lines under it and its logo (a PNG) top right on page 1. */
  letterhead: { naam: string; regels: string[]; logo?: Uint8Array };
  /** Small grey text at the bottom left of every page. */
  footerNote?: string;
  /** The 'van n' of the page footer when the pages belong to a longer document (the inzage PDF). */
  footerTotal?: number;
}

export interface TextOptions {
  bold?: boolean;
  size?: number;
  indent?: number;
  spaceAfter?: number;
  color?: Tint;
}

export interface LijnOptions {
  thickness?: number;
  color?: Tint;
  /** A dash pattern in points, e.g. [4, 3]; solid when absent. */
  dash?: number[];
}

export class LetterLayout {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly opts: LayoutOptions,
    private readonly logo: PDFImage | null,
  ) {}

  static async create(opts: LayoutOptions): Promise<LetterLayout> {
    // updateMetadata: false stops pdf-lib from stamping the current time and its own producer.
    const doc = await PDFDocument.create({ updateMetadata: false });
    const when = new Date(opts.generatedAt);
    if (Number.isNaN(when.getTime())) throw new Error('generatedAt is geen geldig tijdstip');
    doc.setTitle(opts.title);
    doc.setAuthor(opts.author);
    doc.setSubject(opts.subject);
    doc.setCreator('TLA');
    doc.setProducer('TLA');
    doc.setLanguage('nl-NL');
    doc.setCreationDate(when);
    doc.setModificationDate(when);
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const logo = opts.letterhead.logo ? await embedLogo(doc, opts.letterhead.logo) : null;
    const layout = new LetterLayout(doc, regular, bold, opts, logo);
    layout.newPage();
    return layout;
  }

  get contentWidth(): number {
    return CONTENT_W;
  }

  private font(bold: boolean | undefined): PDFFont {
    return bold ? this.bold : this.regular;
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    const first = this.doc.getPageCount() === 1;
    const { naam, regels } = this.opts.letterhead;
    const top = A4[1] - 56;
    if (!first) {
      this.draw(naam, MARGIN_X, top, { bold: true, size: 10, color: 'accent' });
      this.headerRule(top - 9, false);
      this.y = top - 12 - 22;
      return;
    }
    // Page 1: the logo top right in its box, the name and the grey lines beside it.
    let bottom = top;
    let width = CONTENT_W;
    if (this.logo) {
      const size = logoInBox(this.logo.width, this.logo.height, LOGO_BOX);
      const logoTop = top + 14;
      this.page.drawImage(this.logo, {
        x: A4[0] - MARGIN_X - size.breedte,
        y: logoTop - size.hoogte,
        width: size.breedte,
        height: size.hoogte,
      });
      bottom = logoTop - size.hoogte - 6;
      width = CONTENT_W - LOGO_BOX.breedte - LOGO_GAP;
    }
    // A long name gets a smaller size (down to 11 pt) and then a second line, never overlapping.
    let size = 15;
    while (size > 11 && this.bold.widthOfTextAtSize(sanitizeForFont(naam, this.bold), size) > width)
      size -= 0.5;
    let y = top;
    for (const line of this.wrap(naam, width, { bold: true, size })) {
      this.draw(line, MARGIN_X, y, { bold: true, size, color: 'accent' });
      y -= size + 2;
    }
    y -= 15 - (size + 2);
    for (const regel of regels) {
      for (const line of this.wrap(regel, width, { size: 8.5 })) {
        this.draw(line, MARGIN_X, y, { size: 8.5, color: 'grey' });
        y -= 11;
      }
    }
    const ruleY = Math.min(y + 3, bottom);
    this.headerRule(ruleY, true);
    this.y = ruleY - 3 - 30;
  }

  private headerRule(y: number, first: boolean): void {
    this.page.drawLine({
      start: { x: MARGIN_X, y },
      end: { x: A4[0] - MARGIN_X, y },
      thickness: first ? 1.2 : 0.6,
      color: ACCENT,
    });
  }

  /** Current baseline; blocks built on top of this class move it down as they draw. */
  get cursor(): number {
    return this.y;
  }

  set cursor(y: number) {
    this.y = y;
  }

  get left(): number {
    return MARGIN_X;
  }

  /** The number of the page being written (1-based): a block sees when ensureSpace began a page. */
  get pagina(): number {
    return this.doc.getPageCount();
  }

  /** The width of a line of text in points, as `draw` would write it. */
  tekstBreedte(text: string, size: number, bold = false): number {
    const font = this.font(bold);
    return font.widthOfTextAtSize(sanitizeForFont(text, font), size);
  }

  /** Draws one line of text at an absolute position (sanitised for the font). */
  draw(text: string, x: number, y: number, o: TextOptions): void {
    const font = this.font(o.bold);
    const color = TINTEN[o.color ?? 'black'];
    this.page.drawText(sanitizeForFont(text, font), { x, y, size: o.size ?? 10.5, font, color });
  }

  /** A horizontal rule on the current page. */
  rule(x1: number, x2: number, y: number, thickness: number, tone: 'grey' | 'accent'): void {
    const color = tone === 'grey' ? GREY : ACCENT;
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color });
  }

  /** A straight line between two points of the current page (charts: axes, ticks, a series). */
  line(x1: number, y1: number, x2: number, y2: number, o: LijnOptions = {}): void {
    this.page.drawLine({
      start: { x: x1, y: y1 },
      end: { x: x2, y: y2 },
      thickness: o.thickness ?? 0.5,
      color: TINTEN[o.color ?? 'black'],
      ...(o.dash ? { dashArray: o.dash } : {}),
    });
  }

  /** A filled rectangle, lower left corner at (x, y) (charts: bars, legend swatches). */
  rect(x: number, y: number, width: number, height: number, fill: Tint): void {
    this.page.drawRectangle({ x, y, width, height, color: TINTEN[fill] });
  }

  /** A small filled circle (a point of a line chart). */
  dot(x: number, y: number, radius: number, fill: Tint): void {
    this.page.drawCircle({ x, y, size: radius, color: TINTEN[fill] });
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensureSpace(height: number): void {
    if (this.y - height < BOTTOM) this.newPage();
  }

  space(height: number): void {
    this.y -= height;
  }

  pageBreak(): void {
    this.newPage();
  }

  /** Splits one line of text into lines of at most `width` points, breaking overlong words too. */
  wrap(text: string, width: number, o: TextOptions = {}): string[] {
    const font = this.font(o.bold);
    const size = o.size ?? 10.5;
    const fits = (s: string): boolean => font.widthOfTextAtSize(s, size) <= width;
    const lines: string[] = [];
    let line = '';
    for (const raw of sanitizeForFont(text, font).split(/ +/)) {
      let word = raw;
      while (!fits(word)) {
        let cut = word.length - 1;
        while (cut > 1 && !fits(word.slice(0, cut))) cut--;
        if (line) lines.push(line);
        lines.push(word.slice(0, cut));
        line = '';
        word = word.slice(cut);
      }
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
    return lines;
  }

  /** A paragraph; '\n' starts a new line, an empty line separates blocks with a small gap. */
  paragraph(text: string, o: TextOptions = {}): void {
    const size = o.size ?? 10.5;
    const lead = size * 1.4;
    const indent = o.indent ?? 0;
    const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
    blocks.forEach((block, b) => {
      if (b > 0) this.y -= lead * 0.5; // a blank line in the source becomes a small gap
      const lines = block
        .split('\n')
        .filter((source) => source.trim() !== '')
        .flatMap((source) => this.wrap(source.trim(), CONTENT_W - indent, o));
      // Short blocks move as a whole; long ones never leave a single line behind or ahead.
      this.ensureSpace(lead * (lines.length <= 4 ? lines.length : 2));
      lines.forEach((line, i) => {
        if (i === lines.length - 2) this.ensureSpace(lead * 2);
        this.ensureSpace(lead);
        this.draw(line, MARGIN_X + indent, this.y, o);
        this.y -= lead;
      });
    });
    this.y -= o.spaceAfter ?? 6;
  }

  heading(text: string, size = 11.5): void {
    this.ensureSpace(size * 6); // keep a heading together with its first lines
    this.y -= 4;
    this.paragraph(text, { bold: true, size, color: 'accent', spaceAfter: 2 });
  }

  bullets(items: string[], o: TextOptions = {}): void {
    for (const item of items) {
      const size = o.size ?? 10.5;
      this.ensureSpace(size * 1.4);
      this.draw('-', MARGIN_X + 8, this.y, o);
      this.paragraph(item, { ...o, indent: 22, spaceAfter: 1 });
    }
    this.y -= 5;
  }

  /** The recipient's address, where a window envelope shows it. Only meaningful on page 1. */
  addressBlock(lines: string[]): void {
    for (const line of lines) {
      this.draw(line, MARGIN_X, this.y, {});
      this.y -= 14;
    }
    this.y -= 26;
  }

  async finish(): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      this.page = page;
      const label = `Pagina ${i + 1} van ${this.opts.footerTotal ?? pages.length}`;
      const w = this.regular.widthOfTextAtSize(label, 8.5);
      this.draw(label, A4[0] - MARGIN_X - w, 40, { size: 8.5, color: 'grey' });
      if (this.opts.footerNote)
        this.draw(this.opts.footerNote, MARGIN_X, 40, { size: 8.5, color: 'grey' });
    });
    // Object streams off: a plain xref table keeps the output simple for other PDF readers.
    return this.doc.save({ useObjectStreams: false });
  }
}

/** The logo as an image of the PDF; a file pdf-lib cannot decode leaves the letterhead without it. */
async function embedLogo(doc: PDFDocument, png: Uint8Array): Promise<PDFImage | null> {
  try {
    return await doc.embedPng(png);
  } catch {
    return null;
  }
}

/** Whether a logo (PNG) decodes and can be drawn in a letter; checked before it is saved. */
export async function logoIsBruikbaar(png: Uint8Array): Promise<boolean> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  return (await embedLogo(doc, png)) !== null;
}
