import { formatDutchDate } from '../../electron/domain/calendar';

/** '1 september 2025'; an empty dash for a missing date. */
export function formatDate(d: string | null | undefined): string {
  if (d === null || d === undefined || d === '') return '—';
  try {
    return formatDutchDate(d);
  } catch {
    return d;
  }
}

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant (ISO UTC) as Dutch date and time in Amsterdam: '1 september 2025 om 14:05'. */
export function formatDateTime(instant: string | null | undefined): string {
  if (instant === null || instant === undefined || instant === '') return '—';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return dateTime.format(date);
}

/** '12 dagen', '1 dag', 'vandaag', '3 dagen te laat'. */
export function formatDaysLeft(days: number): string {
  if (days === 0) return 'vandaag';
  const n = Math.abs(days);
  const unit = n === 1 ? 'dag' : 'dagen';
  return days < 0 ? `${n} ${unit} te laat` : `${n} ${unit}`;
}

/** 'nog 12 dagen', 'nog vandaag', '3 dagen te laat': for sentences and screen readers. */
export function describeDaysLeft(days: number): string {
  return days >= 0 ? `nog ${formatDaysLeft(days)}` : formatDaysLeft(days);
}

/** Below this many days the deadline is shown in red (the app's warning threshold). */
export const DAYS_LEFT_WARNING = 10;

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} kB`;
  return `${(size / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
