import { isPng, LOGO_MAX_BYTES, rasterMaat } from '../../../electron/domain/swv';
import { readFileAsBase64 } from '../../lib/files';

// The logo the beheerder chooses: a PNG is sent as it is; an SVG is drawn on a canvas at print
// resolution (its longest side 1200 pixels, the shape kept) and sent as a PNG, so the backend and
// the letters only ever handle PNG (pdf-lib embeds PNG, not SVG). The backend checks the result.

export class LogoFout extends Error {}

function isSvg(file: File, text: string): boolean {
  return (
    file.type === 'image/svg+xml' ||
    file.name.toLowerCase().endsWith('.svg') ||
    /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text)
  );
}

/** The SVG's own proportions: its width and height, else its viewBox. */
function svgMaat(svg: SVGSVGElement): { breedte: number; hoogte: number } {
  const w = parseFloat(svg.getAttribute('width') ?? '');
  const h = parseFloat(svg.getAttribute('height') ?? '');
  if (w > 0 && h > 0 && !/%$/.test(svg.getAttribute('width') ?? ''))
    return { breedte: w, hoogte: h };
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (box.length === 4 && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0)
    return { breedte: box[2] as number, hoogte: box[3] as number };
  return { breedte: 0, hoogte: 0 };
}

function laadAfbeelding(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new LogoFout('Dit SVG-bestand kan niet worden getekend.'));
    img.src = url;
  });
}

async function svgNaarPng(text: string): Promise<string> {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (doc.querySelector('parsererror') !== null || !(svg instanceof SVGSVGElement))
    throw new LogoFout('Dit SVG-bestand kan niet worden gelezen.');
  const maat = rasterMaat(svgMaat(svg).breedte, svgMaat(svg).hoogte);
  // Drawn at exactly this size: the image has the pixels the canvas gets.
  svg.setAttribute('width', String(maat.breedte));
  svg.setAttribute('height', String(maat.hoogte));
  if (!svg.hasAttribute('preserveAspectRatio'))
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  const blob = new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  try {
    const img = await laadAfbeelding(url);
    const canvas = document.createElement('canvas');
    canvas.width = maat.breedte;
    canvas.height = maat.hoogte;
    const g = canvas.getContext('2d');
    if (g === null) throw new LogoFout('Dit SVG-bestand kan niet worden getekend.');
    g.drawImage(img, 0, 0, maat.breedte, maat.hoogte);
    const dataUrl = canvas.toDataURL('image/png');
    return dataUrl.slice(dataUrl.indexOf(',') + 1);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The chosen file as a PNG (base64): a PNG as it is, an SVG drawn to one; anything else refused. */
export async function logoAlsPng(file: File): Promise<string> {
  // A PNG over the limit is refused by the backend with its size; far larger files are not read.
  if (file.size > 10 * LOGO_MAX_BYTES)
    throw new LogoFout('Dit bestand is te groot voor een logo; een logo mag hoogstens 1 MB zijn.');
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (isPng(head)) return readFileAsBase64(file);
  const text = await file.text();
  if (isSvg(file, text)) return svgNaarPng(text);
  throw new LogoFout('Dit bestand is geen PNG- of SVG-afbeelding. Kies een PNG- of SVG-bestand.');
}
