/**
 * Dates as whole days since 1970-01-01 (UTC): compact in Int32 columns, and comparisons such as
 * "deadline before the data date" are plain integer comparisons. -1 means "no date".
 */
export const NO_DATE = -1;
const DAY_MS = 86_400_000;

/** Day number of a `YYYY-MM-DD` string; undefined when it is not a real calendar date. */
export function parseDay(value: string): number | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 2026-02-30 over to March: reject dates that do not survive the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(t / DAY_MS);
}

/** `YYYY-MM-DD` for a day number; '' for NO_DATE. */
export function formatDay(day: number): string {
  if (day < 0) return '';
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A moment as the bulletin prints it and an export records it, in the viewer's time zone: '2026-11-03 14:05'. */
export function printStamp(d: Date): string {
  const p = (v: number) => String(v).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
