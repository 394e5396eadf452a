/**
 * The hidden-hazard ledger (隐患台账) over time: a hazard's state on any day, overdue on any day, the
 * ledger query (one pass over the columns) and the weekly / monthly trend for the dispatch meetings.
 *
 * Pure and columnar: nothing here allocates per hazard, so 1.6 million hazards take a few
 * milliseconds per call.
 *
 * ## When a hazard is closed
 * - A hazard is **found** on its `found` day and open from that day on.
 * - A hazard whose ledger status is closed (已销号) is closed **from its closure date on**: on the
 *   closure day itself it is closed. A closure date before the found date counts as the found date.
 * - A closed hazard **without a closure date** (the build warns about these) counts as closed from
 *   its found date: it never shows as open or overdue, the least surprising reading of an entry that
 *   says "closed" without saying when.
 * - A hazard whose status is *not* closed is open on every day from its found date on, even when it
 *   carries a closure date: the status is what the ledger says now (a closure that was withdrawn).
 *
 * This agrees with the build's `isOverdue(status, deadline, asOf)` on the data date for every
 * hazard whose closure date is not after the data date.
 *
 * ## When a hazard is overdue
 * On day `d` a hazard is overdue when it is open on `d` (found, not yet closed) and it has a deadline
 * strictly before `d`. A deadline equal to `d` is not overdue yet (the last day to fix it). A hazard
 * closed after its deadline was overdue from the day after the deadline until the day before its
 * closure, and is not overdue from its closure day on.
 */
import { HAZARD_CLOSED, type HazardColumns } from '../dataset.ts';
import { formatDay, NO_DATE, parseDay } from '../dates.ts';

/** The data date (day number) of a dataset: its manifest's `asOf`, else the latest found date (0 without hazards). */
export function dataAsOf(d: {
  manifest: { asOf: string };
  hazards?: Pick<HazardColumns, 'length' | 'found'> | null;
}): number {
  const day = parseDay(d.manifest.asOf ?? '');
  if (day !== undefined) return day;
  let max = 0;
  const h = d.hazards;
  if (h) for (let k = 0; k < h.length; k++) if (h.found[k] > max) max = h.found[k];
  return max;
}

/** Columns the ledger functions read (structural, so tests can pass small fixtures). */
export type LedgerColumns = Pick<
  HazardColumns,
  'length' | 'enterprise' | 'found' | 'deadline' | 'closed' | 'level' | 'status' | 'source' | 'listed'
>;

/** A hazard's state on a day. */
export const NOT_FOUND = 0;
export const OPEN = 1;
export const CLOSED = 2;
export type HazardState = typeof NOT_FOUND | typeof OPEN | typeof CLOSED;

/** "Never" as a day number: after every real day. */
export const NEVER = 0x7fffffff;

/** The first day on which hazard `k` counts as closed (see the module comment); NEVER when it is not closed. */
export function closedFrom(h: LedgerColumns, k: number): number {
  if (h.status[k] !== HAZARD_CLOSED) return NEVER;
  const found = h.found[k],
    closed = h.closed[k];
  if (closed === NO_DATE || closed < found) return found;
  return closed;
}

/** Hazard `k` on `day`: NOT_FOUND before its found date, CLOSED from its closure (see the module comment), OPEN between. */
export function statusOn(h: LedgerColumns, k: number, day: number): HazardState {
  const found = h.found[k];
  if (found === NO_DATE || day < found) return NOT_FOUND;
  return day >= closedFrom(h, k) ? CLOSED : OPEN;
}

/** Whether hazard `k` is overdue on `day`: open on that day and its deadline is before it (deadline === day is not overdue). */
export function isOverdueOn(h: LedgerColumns, k: number, day: number): boolean {
  const deadline = h.deadline[k];
  return deadline !== NO_DATE && deadline < day && statusOn(h, k, day) === OPEN;
}

/** Days past the deadline on `asOf` (`asOf - deadline`) for a hazard overdue then; 0 otherwise. */
export function daysOverdue(h: LedgerColumns, k: number, asOf: number): number {
  return isOverdueOn(h, k, asOf) ? asOf - h.deadline[k] : 0;
}

/**
 * A ledger query. Every field is optional; an absent field, or an empty list, does not restrict.
 * List fields hold codes: `levels` HAZARD_LEVELS indices, `statuses` HAZARD_STATUSES indices (the
 * ledger's current status), `sources` HAZARD_SOURCES indices or 255 for "not given".
 */
export interface HazardQuery {
  levels?: readonly number[];
  statuses?: readonly number[];
  sources?: readonly number[];
  /** Only hazards overdue on the data date (`asOf`). */
  overdueOnly?: boolean;
  /** Only hazards under listed supervision (挂牌督办). */
  listedOnly?: boolean;
  /** Found on or after this day. */
  from?: number;
  /** Found on or before this day. */
  to?: number;
  /**
   * Closed on or after this day, and `closedTo`: closed on or before it. The day a hazard counts as
   * closed is `closedFrom` (see the module comment), the day the trend counts its closure: a hazard
   * whose status is not closed is never in a closure range. Either bound alone restricts.
   */
  closedFrom?: number;
  closedTo?: number;
  /** Only hazards of enterprises with enterpriseMask[row] === 1 (the map's filter result). */
  enterpriseMask?: Uint8Array | null;
  /** Only the hazards of this enterprise row (the per-enterprise list). */
  enterprise?: number | null;
}

interface Compiled {
  level: Uint8Array | null;
  status: Uint8Array | null;
  source: Uint8Array | null;
  overdue: boolean;
  listed: boolean;
  from: number;
  to: number;
  /** Whether a closure range is set, and its bounds. */
  closedRange: boolean;
  closedFrom: number;
  closedTo: number;
  mask: Uint8Array | null;
  enterprise: number;
}

function codeSet(list: readonly number[] | undefined): Uint8Array | null {
  if (!list || list.length === 0) return null;
  const s = new Uint8Array(256);
  for (const v of list) if (v >= 0 && v < 256) s[v] = 1;
  return s;
}

const given = (day: number | undefined): day is number => day !== undefined && day !== NO_DATE;

function compile(q: HazardQuery, withDates: boolean): Compiled {
  return {
    level: codeSet(q.levels),
    status: codeSet(q.statuses),
    source: codeSet(q.sources),
    overdue: q.overdueOnly === true,
    listed: q.listedOnly === true,
    from: withDates && q.from !== undefined && q.from !== NO_DATE ? q.from : -NEVER,
    to: withDates && q.to !== undefined && q.to !== NO_DATE ? q.to : NEVER,
    closedRange: withDates && (given(q.closedFrom) || given(q.closedTo)),
    closedFrom: given(q.closedFrom) ? q.closedFrom : -NEVER,
    closedTo: given(q.closedTo) ? q.closedTo : NEVER - 1,
    mask: q.enterpriseMask ?? null,
    enterprise: q.enterprise ?? -1,
  };
}

function matches(h: LedgerColumns, k: number, c: Compiled, asOf: number): boolean {
  const found = h.found[k];
  if (found < c.from || found > c.to) return false;
  if (c.closedRange) {
    const cf = closedFrom(h, k);
    if (cf < c.closedFrom || cf > c.closedTo) return false;
  }
  const e = h.enterprise[k];
  if (c.enterprise >= 0 && e !== c.enterprise) return false;
  if (c.mask !== null && c.mask[e] !== 1) return false;
  if (c.level !== null && c.level[h.level[k]] !== 1) return false;
  if (c.status !== null && c.status[h.status[k]] !== 1) return false;
  if (c.source !== null && c.source[h.source[k]] !== 1) return false;
  if (c.listed && h.listed[k] !== 1) return false;
  if (c.overdue && !isOverdueOn(h, k, asOf)) return false;
  return true;
}

/** Indices of the hazards matching `q` (overdue judged on `asOf`), ascending, in one pass. */
export function queryHazards(h: LedgerColumns, q: HazardQuery, asOf: number): Uint32Array {
  const c = compile(q, true);
  const out = new Uint32Array(h.length);
  let n = 0;
  for (let k = 0; k < h.length; k++) if (matches(h, k, c, asOf)) out[n++] = k;
  return out.slice(0, n);
}

// ---------------------------------------------------------------------------------------------------
// Periods

export type TrendStep = 'week' | 'month';

const DAY_MS = 86_400_000;

/** First day of the period holding `day`: the Monday of its week, or the 1st of its month. */
export function periodStartOf(day: number, step: TrendStep): number {
  if (step === 'week') return day - ((((day + 3) % 7) + 7) % 7); // day 0 (1970-01-01) is a Thursday
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
}

/** First day of the period after the one starting on `start`. */
function nextPeriodStart(start: number, step: TrendStep): number {
  if (step === 'week') return start + 7;
  const d = new Date(start * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
}

/** ISO 8601 week label of the week starting on Monday `monday`: '2026-W43' (the year is the week's ISO year, that of its Thursday). */
export function isoWeekLabel(monday: number): string {
  const thursday = monday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const jan1 = Math.round(Date.UTC(year, 0, 1) / DAY_MS);
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Label of the period starting on `start`: '2026-W43' or '2026-10'. */
export function periodLabel(start: number, step: TrendStep): string {
  return step === 'week' ? isoWeekLabel(start) : formatDay(start).slice(0, 7);
}

/**
 * The period a label names ('2026-W43', an ISO week; '2026-10', a month), as its step and first day,
 * or null for anything else (the link's reader reports it).
 */
export function periodOfLabel(label: string): { step: TrendStep; start: number } | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(label);
  if (week) {
    const year = Number(week[1]),
      w = Number(week[2]);
    // Week 1 is the week holding 4 January.
    const monday1 = periodStartOf(Math.round(Date.UTC(year, 0, 4) / DAY_MS), 'week');
    const start = monday1 + (w - 1) * 7;
    return w >= 1 && w <= 53 && isoWeekLabel(start) === label ? { step: 'week', start } : null;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12)
    return { step: 'month', start: Math.round(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1) / DAY_MS) };
  return null;
}

/** Last day counted in the period starting on `start`: its last day, or `asOf` if that comes first. */
export function periodEnd(start: number, step: TrendStep, asOf: number): number {
  return Math.min(nextPeriodStart(start, step) - 1, asOf);
}

export interface TrendPeriod {
  /** First day of the period (a Monday, or the 1st of a month). */
  start: number;
  /** Last day counted: the period's last day, or `asOf` for the period holding the data date. */
  end: number;
  /** '2026-W43' (ISO week) or '2026-10'. */
  label: string;
  /** Hazards found within [start, end]. */
  opened: number;
  /** Hazards closed within [start, end] (closure as in the module comment). */
  closed: number;
  /** Hazards open at the end of the period: found on or before `end` and not closed by `end`. */
  open: number;
  /** Of those, overdue on `end` (deadline before `end`). */
  overdue: number;
}

/**
 * New, closed and still-open hazards per week (Monday to Sunday, ISO labels) or calendar month,
 * from the period of the earliest found date in `h` (all hazards, whatever `q` says, so the axis does
 * not move with the filters) to the period holding `asOf`; the last period is cut at `asOf`.
 *
 * The hazards counted are those `queryHazards(h, q, asOf)` gives, date range (`from`/`to`) left out:
 * list filters and listed supervision as in the ledger; `overdueOnly` keeps the hazards overdue on
 * `asOf`. Hazards found after `asOf` are not counted. By construction, for every period p > 0,
 * `open[p] - open[p-1] === opened[p] - closed[p]`, and `open` of the first period is its
 * `opened - closed`. The last period's `open` is the number of matching hazards open on `asOf`.
 */
export function hazardTrend(h: LedgerColumns, step: TrendStep, asOf: number, q: HazardQuery = {}): TrendPeriod[] {
  let first = NEVER;
  for (let k = 0; k < h.length; k++) {
    const f = h.found[k];
    if (f !== NO_DATE && f < first) first = f;
  }
  if (first > asOf) first = asOf;
  // Periods and a day -> period lookup over [first period start, asOf].
  const periods: TrendPeriod[] = [];
  const base = periodStartOf(first, step);
  const periodOfDay = new Int32Array(asOf - base + 1);
  for (let s = base; s <= asOf; s = nextPeriodStart(s, step)) {
    const next = nextPeriodStart(s, step);
    const end = Math.min(next - 1, asOf);
    periodOfDay.fill(periods.length, s - base, end - base + 1);
    periods.push({ start: s, end, label: periodLabel(s, step), opened: 0, closed: 0, open: 0, overdue: 0 });
  }
  const np = periods.length;
  const opened = new Int32Array(np),
    closed = new Int32Array(np);
  // Overdue from the later of (deadline + 1) and found, until closure: +1 / -1 by period.
  const odIn = new Int32Array(np),
    odOut = new Int32Array(np);
  const c = compile(q, false);
  for (let k = 0; k < h.length; k++) {
    const found = h.found[k];
    if (found === NO_DATE || found > asOf || !matches(h, k, c, asOf)) continue;
    opened[periodOfDay[found - base]]++;
    const cf = closedFrom(h, k);
    if (cf <= asOf) closed[periodOfDay[cf - base]]++;
    const deadline = h.deadline[k];
    if (deadline !== NO_DATE) {
      const od = Math.max(deadline + 1, found);
      if (od < cf && od <= asOf) {
        odIn[periodOfDay[od - base]]++;
        if (cf <= asOf) odOut[periodOfDay[cf - base]]++;
      }
    }
  }
  let open = 0,
    overdue = 0;
  for (let p = 0; p < np; p++) {
    open += opened[p] - closed[p];
    overdue += odIn[p] - odOut[p];
    const t = periods[p];
    t.opened = opened[p];
    t.closed = closed[p];
    t.open = open;
    t.overdue = overdue;
  }
  return periods;
}

// ---------------------------------------------------------------------------------------------------
// Per enterprise

export interface OpenByEnterprise {
  /** Enterprise rows with at least one hazard open on the day, ascending. */
  rows: Uint32Array;
  /** Open hazards per listed row (capped at 65535). */
  count: Uint16Array;
  /** 1 when at least one of them is major. */
  major: Uint8Array;
}

/** Enterprises (of `n` rows) with hazards open on `day` (statusOn === OPEN), with counts, in one pass. */
export function openHazardsByEnterprise(h: LedgerColumns, day: number, n: number): OpenByEnterprise {
  const count = new Uint16Array(n);
  const major = new Uint8Array(n);
  let rows = 0;
  for (let k = 0; k < h.length; k++) {
    if (statusOn(h, k, day) !== OPEN) continue;
    const e = h.enterprise[k];
    if (e < 0 || e >= n) continue;
    if (count[e] === 0) rows++;
    if (count[e] < 0xffff) count[e]++;
    if (h.level[k] === 1) major[e] = 1;
  }
  const out: OpenByEnterprise = {
    rows: new Uint32Array(rows),
    count: new Uint16Array(rows),
    major: new Uint8Array(rows),
  };
  for (let e = 0, j = 0; e < n; e++) {
    if (count[e] === 0) continue;
    out.rows[j] = e;
    out.count[j] = count[e];
    out.major[j] = major[e];
    j++;
  }
  return out;
}
