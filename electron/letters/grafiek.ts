// Issue 12 · charts in a PDF (the jaarverslag), drawn with pdf-lib's own lines, rectangles and text
// through LetterLayout. Why not a chart library: the app's charts (@mantine/charts on recharts) are
// SVG drawn by React in the browser; the backend makes the PDF in Node without a DOM. A chart is a
// block of fixed height: it never splits over a page (the block moves to the next page whole).
//
// Every chart has: a heading, a legend line, a y axis from 0 with round labelled steps and light
// gridlines, its categories labelled under the x axis, the value written at each bar or point, and a
// caption under it that says what is shown. Numbers are written by the caller (Dutch notation).
import type { LetterLayout, Tint } from './layout';

/** The y axis: 0 up to `max` in `ticks`. */
export interface Schaal {
  readonly max: number;
  readonly ticks: readonly number[];
}

/**
 * An axis from 0 to at least `max` in about `stappen` round steps (1, 2, 2.5 or 5 times a power of
 * ten; counts only whole steps). An axis of nothing (max 0) runs to 1 step.
 */
export function schaalTot(max: number, o: { geheel: boolean; stappen?: number }): Schaal {
  const stappen = o.stappen ?? 5;
  const top = max > 0 ? max : o.geheel ? 1 : stappen;
  const ruw = top / stappen;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  const factoren = o.geheel ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  let stap = (factoren.map((f) => f * macht).find((s) => s >= ruw - 1e-9) ?? 10 * macht) || 1;
  if (o.geheel) stap = Math.max(1, Math.round(stap));
  const n = Math.max(1, Math.ceil(top / stap - 1e-9));
  const ticks = Array.from({ length: n + 1 }, (_, i) => Math.round(i * stap * 1e6) / 1e6);
  return { max: n * stap, ticks };
}

const TICK = 7;
const WAARDE = 7;
const ONDERSCHRIFT = 8;
const PLOT_HOOGTE = 150;
/** Room left of the plot for the tick labels. */
const AS_BREEDTE = 30;
/** Room right of the plot for the label of a reference line. */
const RECHTS = 34;

/** The caption under a chart, in grey, wrapped. */
function onderschriftRegels(layout: LetterLayout, tekst: string): string[] {
  return layout.wrap(tekst, layout.contentWidth, { size: ONDERSCHRIFT });
}

function onderschrift(layout: LetterLayout, tekst: string): void {
  for (const regel of onderschriftRegels(layout, tekst)) {
    layout.draw(regel, layout.left, layout.cursor, { size: ONDERSCHRIFT, color: 'grey' });
    layout.cursor -= ONDERSCHRIFT * 1.4;
  }
  layout.space(14);
}

/** Text centred on x ('midden') or ending at x ('rechts'). */
function uitgelijnd(
  layout: LetterLayout,
  uitlijning: 'midden' | 'rechts',
  tekst: string,
  at: { x: number; y: number; size: number; color: Tint },
): void {
  const w = layout.tekstBreedte(tekst, at.size);
  layout.draw(tekst, at.x - (uitlijning === 'midden' ? w / 2 : w), at.y, at);
}

const midden = (l: LetterLayout, t: string, x: number, y: number, size: number, color: Tint) =>
  uitgelijnd(l, 'midden', t, { x, y, size, color });
const rechts = (l: LetterLayout, t: string, x: number, y: number, size: number, color: Tint) =>
  uitgelijnd(l, 'rechts', t, { x, y, size, color });

/** One item of the legend: a swatch (a bar's block or a line's stroke) and its name. */
export interface LegendaItem {
  readonly naam: string;
  readonly tint: Tint;
  readonly vorm: 'blok' | 'lijn' | 'stippel';
}

function legenda(layout: LetterLayout, items: readonly LegendaItem[]): void {
  let x = layout.left;
  const y = layout.cursor;
  for (const item of items) {
    if (item.vorm === 'blok') layout.rect(x, y - 1, 9, 7, item.tint);
    else
      layout.line(x, y + 2.5, x + 14, y + 2.5, {
        thickness: 1.4,
        color: item.tint,
        ...(item.vorm === 'stippel' ? { dash: [3, 2] } : {}),
      });
    const tx = x + (item.vorm === 'blok' ? 13 : 18);
    layout.draw(item.naam, tx, y, { size: ONDERSCHRIFT });
    x = tx + layout.tekstBreedte(item.naam, ONDERSCHRIFT) + 16;
  }
  layout.cursor = y - 16;
}

/** A chart over categories (months): bars or a line, with an optional reference line. */
export interface KolomGrafiek {
  readonly titel: string;
  /** Under the x axis: one or two short lines per category ('aug', '2025'). */
  readonly categorieen: readonly (readonly string[])[];
  readonly soort: 'staaf' | 'lijn';
  readonly reeks: LegendaItem;
  /** Per category its value; null where there is none (written as `geenWaarde`). */
  readonly waarden: readonly (number | null)[];
  /** Above the y axis: its unit ('dagen', '%', 'aantal'). */
  readonly yTitel: string;
  readonly geheel: boolean;
  /** A fixed top of the axis (a percentage: 100); by the highest value when absent. */
  readonly yVast?: number;
  /** How a value is written, at a tick and at a bar or point. */
  readonly opmaak: (n: number) => string;
  readonly waardeOpmaak?: (n: number) => string;
  readonly geenWaarde: string;
  /** A horizontal line to read the values against (the beslistermijn). */
  readonly referentie?: {
    readonly waarde: number;
    readonly label: string;
    readonly legenda: string;
  };
  readonly onderschrift: string;
}

/** The height of a chart block (heading to the end of its caption), to keep it on one page. */
function blokHoogte(layout: LetterLayout, plot: number, onder: string): number {
  return (
    26 + 16 + 12 + plot + 26 + onderschriftRegels(layout, onder).length * ONDERSCHRIFT * 1.4 + 14
  );
}

export function kolomGrafiek(layout: LetterLayout, g: KolomGrafiek): void {
  layout.ensureSpace(blokHoogte(layout, PLOT_HOOGTE, g.onderschrift));
  layout.heading(g.titel);
  legenda(layout, [
    g.reeks,
    ...(g.referentie
      ? [{ naam: g.referentie.legenda, tint: 'rood' as const, vorm: 'stippel' as const }]
      : []),
  ]);
  const hoogste = Math.max(0, ...g.waarden.map((v) => v ?? 0), g.referentie?.waarde ?? 0);
  // Headroom above the highest value for its label (a percentage axis ends at 100).
  const schaal = schaalTot(g.yVast ?? hoogste * 1.1, { geheel: g.geheel });
  const x0 = layout.left + AS_BREEDTE;
  const breedte = layout.contentWidth - AS_BREEDTE - RECHTS;
  const top = layout.cursor - 12;
  const y0 = top - PLOT_HOOGTE;
  const yVan = (v: number): number => y0 + (v / schaal.max) * PLOT_HOOGTE;
  layout.draw(g.yTitel, layout.left, top + 10, { size: TICK, color: 'grey' });
  for (const t of schaal.ticks) {
    const y = yVan(t);
    if (t > 0) layout.line(x0, y, x0 + breedte, y, { thickness: 0.4, color: 'licht' });
    layout.line(x0 - 3, y, x0, y, { thickness: 0.5, color: 'grey' });
    rechts(layout, g.opmaak(t), x0 - 5, y - 2.4, TICK, 'grey');
  }
  layout.line(x0, y0, x0, top, { thickness: 0.6, color: 'grey' });
  const n = Math.max(1, g.categorieen.length);
  const kolom = breedte / n;
  const xMidden = (i: number): number => x0 + kolom * i + kolom / 2;
  const schrijf = g.waardeOpmaak ?? g.opmaak;
  if (g.soort === 'staaf') {
    const staaf = Math.min(28, kolom * 0.62);
    g.waarden.forEach((v, i) => {
      const x = xMidden(i);
      if (v === null) {
        midden(layout, g.geenWaarde, x, y0 + 3, WAARDE, 'grey');
        return;
      }
      const h = yVan(v) - y0;
      if (h > 0) layout.rect(x - staaf / 2, y0, staaf, h, g.reeks.tint);
      midden(layout, schrijf(v), x, y0 + h + 3, WAARDE, 'black');
    });
  } else {
    let vorige: { x: number; y: number } | null = null;
    g.waarden.forEach((v, i) => {
      const x = xMidden(i);
      if (v === null) {
        vorige = null;
        midden(layout, g.geenWaarde, x, y0 + 3, WAARDE, 'grey');
        return;
      }
      const y = yVan(v);
      if (vorige !== null)
        layout.line(vorige.x, vorige.y, x, y, { thickness: 1.4, color: g.reeks.tint });
      vorige = { x, y };
    });
    // A value's label above its point, or below it where it would cross the reference line.
    const ref = g.referentie ? yVan(g.referentie.waarde) : null;
    g.waarden.forEach((v, i) => {
      if (v === null) return;
      const x = xMidden(i);
      const y = yVan(v);
      layout.dot(x, y, 2, g.reeks.tint);
      const boven = ref === null || y + 3 > ref + 1.5 || y + 5 + WAARDE < ref - 1.5;
      midden(layout, schrijf(v), x, boven ? y + 5 : y - 5 - WAARDE, WAARDE, 'black');
    });
  }
  if (g.referentie) {
    const y = yVan(g.referentie.waarde);
    layout.line(x0, y, x0 + breedte, y, { thickness: 1, color: 'rood', dash: [4, 3] });
    layout.draw(g.referentie.label, x0 + breedte + 3, y - 2.4, { size: TICK, color: 'rood' });
  }
  layout.line(x0, y0, x0 + breedte, y0, { thickness: 0.7, color: 'black' });
  g.categorieen.forEach((regels, i) => {
    regels.forEach((r, k) => midden(layout, r, xMidden(i), y0 - 9 - k * 8, TICK, 'black'));
  });
  layout.cursor = y0 - 9 - 8 - 14;
  onderschrift(layout, g.onderschrift);
}

/** Horizontal bars, the largest first (aanvragen per bestuur). */
export interface LiggendeGrafiek {
  readonly titel: string;
  readonly reeks: LegendaItem;
  /** In the order drawn (the caller sorts). */
  /** `rest`: the bar of what is left (grey). */
  readonly rijen: readonly {
    readonly naam: string;
    readonly waarde: number;
    readonly rest?: boolean;
  }[];
  readonly xTitel: string;
  readonly opmaak: (n: number) => string;
  readonly onderschrift: string;
}

/** A row of the bars: narrower when there are many, so that up to 40 fit on one page. */
const rijHoogte = (n: number): number => (n > 26 ? 12.5 : 15);
const NAAM_BREEDTE = 185;

/**
 * A name cut to `breedte` points with '…' in the middle: boards often share a long beginning
 * ('Stichting voor Christelijk Primair Onderwijs …') and differ at the end ('… te Lunteren').
 */
function ingekort(layout: LetterLayout, naam: string, breedte: number, size: number): string {
  const past = (t: string): boolean => layout.tekstBreedte(t, size) <= breedte;
  if (past(naam)) return naam;
  // Whole words from the beginning and the end, fewer and fewer, the middle left out.
  const woorden = naam.split(/\s+/);
  for (let k = woorden.length - 1; k >= 2; k -= 1) {
    const begin = Math.ceil(k * 0.6);
    const kort = `${woorden.slice(0, begin).join(' ')} … ${woorden.slice(woorden.length - (k - begin)).join(' ')}`;
    if (past(kort)) return kort;
  }
  let n = naam.length;
  while (n > 1 && !past(`${naam.slice(0, n).trimEnd()}…`)) n -= 1;
  return `${naam.slice(0, n).trimEnd()}…`;
}

export function liggendeGrafiek(layout: LetterLayout, g: LiggendeGrafiek): void {
  const RIJ = rijHoogte(g.rijen.length);
  const STAAF = RIJ - 5;
  const plot = Math.max(1, g.rijen.length) * RIJ + 4;
  layout.ensureSpace(blokHoogte(layout, plot, g.onderschrift));
  layout.heading(g.titel);
  legenda(layout, [g.reeks]);
  const schaal = schaalTot(Math.max(0, ...g.rijen.map((r) => r.waarde)), { geheel: true });
  const x0 = layout.left + NAAM_BREEDTE + 6;
  const breedte = layout.contentWidth - NAAM_BREEDTE - 6 - 24;
  const top = layout.cursor - 4;
  const y0 = top - plot;
  const xVan = (v: number): number => x0 + (v / schaal.max) * breedte;
  for (const t of schaal.ticks) {
    const x = xVan(t);
    if (t > 0) layout.line(x, y0, x, top, { thickness: 0.4, color: 'licht' });
    layout.line(x, y0 - 3, x, y0, { thickness: 0.5, color: 'grey' });
    midden(layout, g.opmaak(t), x, y0 - 11, TICK, 'grey');
  }
  g.rijen.forEach((r, i) => {
    const yMidden = top - RIJ * i - RIJ / 2;
    const naam = ingekort(layout, r.naam, NAAM_BREEDTE - 4, TICK + 0.5);
    rechts(layout, naam, x0 - 6, yMidden - 2.6, TICK + 0.5, 'black');
    const w = xVan(r.waarde) - x0;
    if (w > 0) layout.rect(x0, yMidden - STAAF / 2, w, STAAF, r.rest ? 'grey' : g.reeks.tint);
    layout.draw(g.opmaak(r.waarde), x0 + w + 3, yMidden - 2.4, { size: WAARDE });
  });
  layout.line(x0, y0, x0, top, { thickness: 0.7, color: 'black' });
  layout.line(x0, y0, x0 + breedte, y0, { thickness: 0.6, color: 'grey' });
  rechts(layout, g.xTitel, x0 + breedte + 24, y0 - 20, TICK, 'grey');
  layout.cursor = y0 - 20 - 14;
  onderschrift(layout, g.onderschrift);
}
