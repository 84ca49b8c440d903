// Backups (issue 11, item 3): how many generations are kept, when a backup is due, when the start
// page warns, which generations pruning removes, and the herstelsleutel's form and checksum.
// Pure: the services read the folder and the clock and ask these functions.

/** At least this many generations are kept (the beheerder may set more, never fewer). */
export const MIN_GENERATIES = 14;
/** At most this many: the setting's upper bound (a year of daily backups). */
export const MAX_GENERATIES = 366;
/** The daily backup: made when the last good one is older than this, and checked this often. */
export const DAGELIJKS_MS = 24 * 60 * 60 * 1000;
/** The start page of the beheerder and the secretaresse warns when the last good one is older. */
export const WAARSCHUWING_NA_DAGEN = 2;
const WAARSCHUWING_NA_MS = WAARSCHUWING_NA_DAGEN * DAGELIJKS_MS;

export const BACKUP_REDENEN = ['dagelijks', 'voor_migratie', 'handmatig'] as const;
export type BackupReden = (typeof BACKUP_REDENEN)[number];
export const BACKUP_REDEN_LABELS: Readonly<Record<BackupReden, string>> = {
  dagelijks: 'Dagelijks',
  voor_migratie: 'Voor een update',
  handmatig: 'Handmatig',
};

/** What the start page needs to know of the backups. */
export interface BackupStand {
  /** A folder and a herstelsleutel are set. */
  readonly ingesteld: boolean;
  /** When the newest backup that passed its verification was made (ISO instant), if any. */
  readonly laatsteGoed: string | null;
}

export type BackupWaarschuwing =
  | { readonly soort: 'niet_ingesteld' }
  | { readonly soort: 'geen_goede' }
  | { readonly soort: 'te_oud'; readonly dagen: number };

/** Whether the start page warns: none configured, none good, or the last good older than 2 days. */
export function backupWaarschuwing(stand: BackupStand, nowIso: string): BackupWaarschuwing | null {
  if (!stand.ingesteld) return { soort: 'niet_ingesteld' };
  if (stand.laatsteGoed === null) return { soort: 'geen_goede' };
  const age = Date.parse(nowIso) - Date.parse(stand.laatsteGoed);
  if (age <= WAARSCHUWING_NA_MS) return null;
  return { soort: 'te_oud', dagen: Math.floor(age / DAGELIJKS_MS) };
}

/**
 * The warning in Dutch; the beheerder is told what to do, the others whom to ask; on the Back-ups
 * screen itself only what is wrong.
 */
export function backupWaarschuwingTekst(
  w: BackupWaarschuwing,
  beheerder: boolean,
  opBackupScherm = false,
): string {
  const wat =
    w.soort === 'niet_ingesteld'
      ? 'Er worden geen back-ups gemaakt: er is nog geen back-upmap met herstelsleutel ingesteld.'
      : w.soort === 'geen_goede'
        ? 'Er is nog geen geslaagde back-up.'
        : `De laatste geslaagde back-up is ${w.dagen} dagen oud.`;
  if (opBackupScherm) return wat;
  const doen = beheerder
    ? 'Ga naar Beheer › Back-ups.'
    : 'Meld dit bij de functioneel beheerder: zonder back-up kunnen gegevens verloren gaan.';
  return `${wat} ${doen}`;
}

/** The daily backup is due when there is no good one or the last good one is 24 hours old. */
export function dagelijkseBackupNodig(laatsteGoed: string | null, nowIso: string): boolean {
  if (laatsteGoed === null) return true;
  return Date.parse(nowIso) - Date.parse(laatsteGoed) >= DAGELIJKS_MS;
}

/** The number of generations to keep, as the beheerder may set it. */
export function geldigAantalGeneraties(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_GENERATIES && n <= MAX_GENERATIES;
}

export interface GeneratieFeit {
  readonly id: string;
  /** ISO instant the copy was made. */
  readonly at: string;
  /** Passed its verification. */
  readonly goed: boolean;
}

/**
 * Which generations pruning removes: the newest `bewaren` stay (never fewer than 14), and the
 * newest good one stays even when it is older (a row of failed backups never pushes out the last
 * one that can be restored).
 */
export function teVerwijderenGeneraties(
  generaties: readonly GeneratieFeit[],
  bewaren: number,
): string[] {
  const keep = Math.max(bewaren, MIN_GENERATIES);
  const newestFirst = [...generaties].sort((a, b) =>
    a.at === b.at ? b.id.localeCompare(a.id) : b.at.localeCompare(a.at),
  );
  const newestGood = newestFirst.find((g) => g.goed)?.id;
  return newestFirst
    .slice(keep)
    .filter((g) => g.id !== newestGood)
    .map((g) => g.id);
}

// The herstelsleutel: 32 characters in 8 groups of 4, from an alphabet without the letters that
// read as digits (Crockford's base 32: no I, L, O, U). 30 random characters (150 bits) and 2
// check characters: a sum weighted by position, modulo the prime 1021, which catches every
// single mistyped character and every swap of two neighbours.

export const HERSTELSLEUTEL_ALFABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_TEKENS = 30;
const TEKENS = 32;

function controle(values: readonly number[]): [number, number] {
  let sum = 0;
  values.forEach((v, i) => {
    sum = (sum + (i + 1) * (v + 1)) % 1021;
  });
  return [Math.floor(sum / 32), sum % 32];
}

function groepen(chars: string): string {
  return (chars.match(/.{4}/g) ?? []).join('-');
}

/** A herstelsleutel from 30 random bytes (the service takes them from node:crypto). */
export function maakHerstelsleutel(random: Uint8Array): string {
  if (random.length !== DATA_TEKENS) throw new Error('30 random bytes needed');
  const values = [...random].map((b) => b & 31);
  const all = [...values, ...controle(values)];
  return groepen(all.map((v) => HERSTELSLEUTEL_ALFABET[v]).join(''));
}

export type HerstelsleutelLezing =
  { readonly ok: true; readonly sleutel: string } | { readonly ok: false; readonly fout: string };

/**
 * Reads a typed herstelsleutel: case, spaces and dashes do not matter, O reads as 0 and I or L
 * as 1; the checksum must hold. Returns it in its printed form (groups of 4 with dashes).
 */
export function leesHerstelsleutel(input: string): HerstelsleutelLezing {
  const chars = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (chars.length === 0) return { ok: false, fout: 'Vul de herstelsleutel in.' };
  const bad = [...chars].find((c) => !HERSTELSLEUTEL_ALFABET.includes(c));
  if (bad !== undefined)
    return { ok: false, fout: `De herstelsleutel kan het teken ‘${bad}’ niet bevatten.` };
  if (chars.length !== TEKENS)
    return {
      ok: false,
      fout: `Een herstelsleutel heeft 32 tekens in 8 groepjes van 4; u vulde er ${chars.length} in.`,
    };
  const values = [...chars].map((c) => HERSTELSLEUTEL_ALFABET.indexOf(c));
  const [c1, c2] = controle(values.slice(0, DATA_TEKENS));
  if (values[DATA_TEKENS] !== c1 || values[DATA_TEKENS + 1] !== c2)
    return {
      ok: false,
      fout: 'Deze herstelsleutel klopt niet: er is een teken verkeerd overgenomen. Controleer hem groepje voor groepje.',
    };
  return { ok: true, sleutel: groepen(chars) };
}
