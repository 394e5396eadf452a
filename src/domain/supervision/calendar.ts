/**
 * Calendar arithmetic on day numbers (whole days since 1970-01-01, as the data's date columns hold
 * them) without Date objects: the status of a million enterprises adds months to a million dates, and
 * integer civil-calendar conversion is ten times faster than a Date round trip.
 */

/** Year, month (1-12) and day of a day number (proleptic Gregorian; the days-from-civil inverse). */
export function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Day number of a calendar date (month 1-12; the day must exist in that month). */
export function dayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const daysInMonth = (y: number, m: number) => (m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]);

/**
 * The day `months` calendar months after `day`: the same day of the month, or the month's last day
 * when it has fewer days (2026-01-31 plus one month is 2026-02-28; 2024-02-29 plus twelve is 2025-02-28).
 */
export function addMonths(day: number, months: number): number {
  const [y, m, d] = civil(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return dayOf(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Day number of 1 January of the day's year. */
export const yearStartOf = (day: number) => dayOf(civil(day)[0], 1, 1);
