// TLV volgnummer: unique and sequential per SWV (WPO art. 18a lid 14), e.g. 'PO2505-2026-0042'.

export interface Volgnummer {
  readonly swvCode: string;
  readonly year: number;
  readonly seq: number;
}

const SWV_CODE = /^[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*$/;
const VOLGNUMMER = /^([A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*)-(\d{4})-(\d{4,})$/;

/** Whether `code` can start a volgnummer: letters and digits, optionally joined by '.' or '_'. */
export function isSwvCode(code: string): boolean {
  return SWV_CODE.test(code);
}

/**
 * '<swvCode>-<year>-<seq>', seq zero-padded to at least 4 digits so that register lists sort.
 * Invalid parts are a programming error (the sequence comes from the database).
 */
export function formatVolgnummer(swvCode: string, year: number, seq: number): string {
  if (!SWV_CODE.test(swvCode)) throw new RangeError(`Ongeldige SWV-code: ${swvCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Ongeldig jaar: ${year}`);
  }
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`Ongeldig volgnummer: ${seq}`);
  return `${swvCode}-${year}-${String(seq).padStart(4, '0')}`;
}

/** The parts of a volgnummer, or null when the text is not one. */
export function parseVolgnummer(s: string): Volgnummer | null {
  const m = VOLGNUMMER.exec(s.trim());
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return null;
  const seq = Number(m[3]);
  if (!Number.isSafeInteger(seq) || seq < 1) return null;
  return { swvCode: m[1], year: Number(m[2]), seq };
}
