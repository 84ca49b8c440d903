// The samenwerkingsverband's own details (§7: the letters carry its name, registration number and
// logo; the bezwaarclausule names the body that advises on a bezwaar, §9). Pure rules: the formats
// of the registration number and the short code, the default bezwaar body, and the checks of the
// logo (a PNG) that every letter will carry. The Dutch postcode is domain/scholen.ts's.
import { isSwvCode } from './volgnummer';

/**
 * The registration number DUO knows an SWV by: 'PO' or 'VO', a space and two pairs of digits,
 * e.g. 'PO 25-05'. Written as 'po2505', 'PO 25.05' or 'PO25-05' it is the same number.
 */
const REGISTRATIENUMMER = /^(PO|VO)\s*(\d{2})\s*[-.]?\s*(\d{2})$/i;

/** The registration number in its usual form ('PO 25-05'), or null when the text is not one. */
export function normaliseRegistratienummer(text: string): string | null {
  const m = REGISTRATIENUMMER.exec(text.trim());
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return `${m[1].toUpperCase()} ${m[2]}-${m[3]}`;
}

/**
 * The short code in front of every TLV volgnummer ('PO2505-2026-0042', WPO 18a lid 14), proposed
 * from the registration number: 'PO 25-05' → 'PO2505'. Null when the number is not one.
 */
export function stelSwvCodeVoor(registratienummer: string): string | null {
  const nummer = normaliseRegistratienummer(registratienummer);
  return nummer === null ? null : nummer.replace(/[\s-]/g, '');
}

export const SWV_CODE_MAX = 20;

/** A code a volgnummer can start with (volgnummer.ts), 2 to SWV_CODE_MAX characters. */
export function isGeldigeSwvCode(code: string): boolean {
  return code.length >= 2 && code.length <= SWV_CODE_MAX && isSwvCode(code);
}

/** Why no letter is made and no aanvraag registered before the SWV's details are saved. */
export const SWV_NIET_INGERICHT =
  'De gegevens van het samenwerkingsverband zijn nog niet ingevuld. De functioneel beheerder moet ' +
  'die eerst invullen (Beheer, Samenwerkingsverband)';

/** The body that advises the directeur-bestuurder on a bezwaar (Awb 7:13), with its address. */
export interface BezwaarAdviesorgaan {
  /** 'lbt': the national commissie at Onderwijsgeschillen; 'eigen': the SWV's own commissie. */
  readonly soort: 'lbt' | 'eigen';
  readonly naam: string;
  readonly adres: string;
  readonly postcode: string;
  readonly plaats: string;
}

/**
 * The Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring (LBT), one of the commissies of
 * Stichting Onderwijsgeschillen in Utrecht, which most SWVs are affiliated with. Its postal address
 * is that of Onderwijsgeschillen (onderwijsgeschillen.nl, 'Waar dient u uw klacht in?': Postbus
 * 85191, 3508 AD Utrecht). The bezwaarschrift itself is sent to the SWV, which asks the LBT for
 * advice (onderwijsgeschillen.nl, LBT, 'Procedure'; Reglement LBT art. 2).
 */
export const LBT: BezwaarAdviesorgaan = {
  soort: 'lbt',
  naam: 'Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring (LBT)',
  adres: 'p/a Onderwijsgeschillen, Postbus 85191',
  postcode: '3508 AD',
  plaats: 'Utrecht',
};

// ---------------------------------------------------------------------------------------------
// The logo: a PNG (an SVG is drawn to a PNG in the screen before it is sent), checked on its
// bytes: the signature, the size and the dimensions in its header, so that a letter never carries
// a file that only claims to be a picture.

/** The largest logo file accepted. */
export const LOGO_MAX_BYTES = 1024 * 1024;
/** Smallest and largest side in pixels, and the most elongated shape a letterhead can hold. */
export const LOGO_MIN_PX = 16;
export const LOGO_MAX_PX = 4000;
export const LOGO_MAX_VERHOUDING = 10;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export type LogoCheck =
  | { readonly ok: true; readonly breedte: number; readonly hoogte: number }
  | { readonly ok: false; readonly melding: string };

function uint32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] ?? 0) * 0x1000000 +
      ((bytes[at + 1] ?? 0) << 16) +
      ((bytes[at + 2] ?? 0) << 8) +
      (bytes[at + 3] ?? 0)) >>>
    0
  );
}

/** Whether `bytes` start as a PNG file does. */
export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * Checks a logo's bytes: a PNG (signature and IHDR header), at most LOGO_MAX_BYTES, sides between
 * LOGO_MIN_PX and LOGO_MAX_PX and not more elongated than LOGO_MAX_VERHOUDING : 1. Whether the
 * picture itself decodes is checked by the letters (they embed it).
 */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, melding: 'Het bestand is leeg.' };
  if (bytes.length > LOGO_MAX_BYTES)
    return {
      ok: false,
      melding: `Het logo is te groot (${formatMb(bytes.length)}); het mag hoogstens 1 MB zijn.`,
    };
  if (!isPng(bytes))
    return {
      ok: false,
      melding: 'Dit bestand is geen PNG-afbeelding. Kies een PNG- of SVG-bestand.',
    };
  // The first chunk of a PNG is IHDR: length 13, type 'IHDR', width and height as 4-byte integers.
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (bytes.length < 33 || uint32(bytes, 8) !== 13 || ihdr !== 'IHDR')
    return { ok: false, melding: 'Dit PNG-bestand is beschadigd en kan niet worden gelezen.' };
  const breedte = uint32(bytes, 16);
  const hoogte = uint32(bytes, 20);
  if (breedte < LOGO_MIN_PX || hoogte < LOGO_MIN_PX)
    return {
      ok: false,
      melding: `Het logo is te klein (${breedte} × ${hoogte} pixels); kies een afbeelding van minstens ${LOGO_MIN_PX} pixels breed en hoog.`,
    };
  if (breedte > LOGO_MAX_PX || hoogte > LOGO_MAX_PX)
    return {
      ok: false,
      melding: `Het logo is te groot (${breedte} × ${hoogte} pixels); hoogstens ${LOGO_MAX_PX} pixels breed en hoog.`,
    };
  if (Math.max(breedte / hoogte, hoogte / breedte) > LOGO_MAX_VERHOUDING)
    return {
      ok: false,
      melding: `Het logo is te langgerekt (${breedte} × ${hoogte} pixels) voor het briefhoofd.`,
    };
  return { ok: true, breedte, hoogte };
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/**
 * The size at which an SVG logo is drawn to a PNG: its longest side 1200 pixels (about 300 dpi in
 * the letterhead's box), the shape kept. `breedte`/`hoogte` are the SVG's own proportions.
 */
export function rasterMaat(breedte: number, hoogte: number): { breedte: number; hoogte: number } {
  const LANGSTE = 1200;
  if (!(breedte > 0) || !(hoogte > 0)) return { breedte: LANGSTE, hoogte: LANGSTE };
  const schaal = LANGSTE / Math.max(breedte, hoogte);
  return {
    breedte: Math.max(1, Math.round(breedte * schaal)),
    hoogte: Math.max(1, Math.round(hoogte * schaal)),
  };
}

/**
 * The logo's size in the letterhead: it fits a box of `box` points, the shape kept, never enlarged
 * beyond the box.
 */
export function logoInBox(
  breedte: number,
  hoogte: number,
  box: { breedte: number; hoogte: number },
): { breedte: number; hoogte: number } {
  const schaal = Math.min(box.breedte / breedte, box.hoogte / hoogte);
  return { breedte: breedte * schaal, hoogte: hoogte * schaal };
}
