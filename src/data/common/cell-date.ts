/**
 * The day number of a date cell. A ledger writes nearly all of its dates as YYYY-MM-DD, and a
 * million-row one has three of them a row: those are read here from the characters, with the
 * calendar arithmetic done by hand (parseDate's regular expressions, template string and Date
 * round trip took a quarter of a 1.6-million-hazard build). Every other spelling goes to parseDate,
 * so the result is parseDate's for every cell (cell-date.test.ts checks both against each other).
 */
import { parseDate } from './cell-values.ts';

const DASH = 45;
const ZERO = 48;

/** Days since 1970-01-01 of a proleptic Gregorian date that is known to be valid. */
function daysFromCivil(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil: years counted from March, so the leap day ends a year.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * A plain YYYY-M-D to YYYY-MM-DD with a year from 1000 on, as its day number (undefined for a day
 * the calendar does not have); NaN for any other text, which is parseDate's to read (earlier years
 * included: Date.UTC reads years below 100 as 19xx, and parseDate rejects them for that).
 */
function plainDay(v: string): number | undefined {
  const n = v.length;
  if (n < 8 || n > 10 || v.charCodeAt(4) !== DASH) return NaN;
  const part = [0, 0, 0];
  let k = 0;
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c === DASH && i > 0) {
      // Four digits of year, then one or two each of month and day.
      if (k === 2 || (k === 0 ? digits !== 4 : digits === 0 || digits > 2)) return NaN;
      k++;
      digits = 0;
      continue;
    }
    const x = c - ZERO;
    if (x < 0 || x > 9) return NaN;
    part[k] = part[k] * 10 + x;
    digits++;
  }
  if (k !== 2 || digits === 0 || digits > 2) return NaN;
  const [year, month, day] = part;
  if (year < 1000) return NaN;
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1])) return undefined;
  return daysFromCivil(year, month, day);
}

/** The day number of a date cell as parseDate reads it; undefined when it is no date. */
export function cellDay(v: string): number | undefined {
  const day = plainDay(v);
  return day === undefined || !Number.isNaN(day) ? day : parseDate(v);
}
