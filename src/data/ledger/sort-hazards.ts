/**
 * Orders of the ledger table, from typed-array columns (a row list is a Uint32Array of hazard
 * indices). Every numeric column is a stable counting sort (days, codes and counts have small ranges),
 * so a million matching hazards sort in tens of milliseconds. The base order is "newest found first"
 * (ties: ledger order); every other order is stable on top of it.
 *
 * - Enterprise: the distinct enterprises of the list are collated by name (`zh-CN`) and ranked, then
 *   the hazards are counting-sorted by rank.
 * - ID: a plain code-unit comparison of the decoded ids (ledger ids are codes), on demand only.
 * - Closure date: the ledger's own (the column shown), not the day the trend counts a closure from.
 * - Missing values (no deadline, no closure date, source not given, empty names) go last in both directions.
 * - Level "descending" puts major first; status ascending runs open → closed.
 */
import { NO_DATE } from '../dates.ts';
import { daysOverdue, type LedgerColumns } from './hazard-ledger.ts';

export type LedgerSortKey =
  'id' | 'enterprise' | 'level' | 'status' | 'source' | 'found' | 'deadline' | 'closed' | 'overdue' | 'listed';
export type SortDir = 'asc' | 'desc';
export interface LedgerSort {
  key: LedgerSortKey;
  dir: SortDir;
}

export interface LedgerSortSource {
  hazards: LedgerColumns & { id: { get(i: number): string | null } };
  enterpriseName: { get(i: number): string | null };
}

/**
 * Stable counting sort of `rows` by `key(k)` in [0, buckets); a key < 0 goes after every other.
 */
function countingSort(rows: Uint32Array, key: (k: number) => number, buckets: number): Uint32Array {
  const n = rows.length;
  const bucket = new Uint32Array(n);
  const start = new Uint32Array(buckets + 2);
  for (let j = 0; j < n; j++) {
    const v = key(rows[j]);
    const b = v < 0 ? buckets : v;
    bucket[j] = b;
    start[b + 1]++;
  }
  for (let b = 0; b <= buckets; b++) start[b + 1] += start[b];
  const out = new Uint32Array(n);
  for (let j = 0; j < n; j++) out[start[bucket[j]]++] = rows[j];
  return out;
}

/** Sort by an integer column value (`missing` values last), ascending or descending. */
function byInt(
  rows: Uint32Array,
  value: (k: number) => number,
  isMissing: (v: number) => boolean,
  dir: SortDir,
): Uint32Array {
  let min = Infinity,
    max = -Infinity;
  for (let j = 0; j < rows.length; j++) {
    const v = value(rows[j]);
    if (isMissing(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return rows;
  const span = max - min + 1;
  const key =
    dir === 'asc'
      ? (k: number) => {
          const v = value(k);
          return isMissing(v) ? -1 : v - min;
        }
      : (k: number) => {
          const v = value(k);
          return isMissing(v) ? -1 : max - v;
        };
  return countingSort(rows, key, span);
}

const never = () => false;

/** Newest found first; ties in ledger order. */
export function baseOrder(h: LedgerColumns, rows: Uint32Array): Uint32Array {
  return byInt(
    rows,
    (k) => h.found[k],
    (v) => v === NO_DATE,
    'desc',
  );
}

const nameRanks = new WeakMap<Uint32Array, Int32Array>();

/** Rank of each enterprise row of the list by collated name (empty names: -1). */
function enterpriseRanks(src: LedgerSortSource, rows: Uint32Array): Int32Array {
  let r = nameRanks.get(rows);
  if (r) return r;
  const h = src.hazards;
  const seen = new Set<number>();
  for (let j = 0; j < rows.length; j++) seen.add(h.enterprise[rows[j]]);
  const ents = [...seen];
  const names = new Map<number, string>();
  for (const e of ents) names.set(e, src.enterpriseName.get(e) ?? '');
  const c = new Intl.Collator('zh-CN', { numeric: true });
  ents.sort((a, b) => c.compare(names.get(a)!, names.get(b)!) || a - b);
  let max = -1;
  for (const e of ents) if (e > max) max = e;
  r = new Int32Array(max + 1).fill(-1);
  ents.forEach((e, i) => {
    if (names.get(e) !== '') r![e] = i;
  });
  nameRanks.set(rows, r);
  return r;
}

function byId(src: LedgerSortSource, rows: Uint32Array, dir: SortDir): Uint32Array {
  const n = rows.length;
  const ids: string[] = new Array(n);
  for (let j = 0; j < n; j++) ids[j] = src.hazards.id.get(rows[j]) ?? '';
  const pos = new Uint32Array(n);
  for (let j = 0; j < n; j++) pos[j] = j;
  const sign = dir === 'asc' ? 1 : -1;
  pos.sort((x, y) => {
    const a = ids[x],
      b = ids[y];
    if (a === '' || b === '') return a === b ? x - y : a === '' ? 1 : -1;
    return (a < b ? -sign : a > b ? sign : 0) || x - y;
  });
  const out = new Uint32Array(n);
  for (let j = 0; j < n; j++) out[j] = rows[pos[j]];
  return out;
}

/**
 * `base` (the matching hazards in `baseOrder`) ordered by `sort`; days overdue are counted on `asOf`.
 * Ties keep the base order (newest first), except when sorting by found date itself.
 */
export function sortHazards(src: LedgerSortSource, base: Uint32Array, sort: LedgerSort, asOf: number): Uint32Array {
  const h = src.hazards;
  const { dir } = sort;
  switch (sort.key) {
    case 'found':
      return dir === 'desc'
        ? base
        : byInt(
            Uint32Array.from(base).sort(),
            (k) => h.found[k],
            (v) => v === NO_DATE,
            'asc',
          );
    case 'deadline':
      return byInt(
        base,
        (k) => h.deadline[k],
        (v) => v === NO_DATE,
        dir,
      );
    case 'closed':
      return byInt(
        base,
        (k) => h.closed[k],
        (v) => v === NO_DATE,
        dir,
      );
    case 'overdue':
      return byInt(base, (k) => daysOverdue(h, k, asOf), never, dir);
    case 'level':
      return byInt(base, (k) => h.level[k], never, dir);
    case 'status':
      return byInt(base, (k) => h.status[k], never, dir);
    case 'source':
      return byInt(
        base,
        (k) => h.source[k],
        (v) => v === 255,
        dir,
      );
    case 'listed':
      return byInt(base, (k) => h.listed[k], never, dir);
    case 'enterprise': {
      const rank = enterpriseRanks(src, base);
      return byInt(
        base,
        (k) => rank[h.enterprise[k]],
        (v) => v < 0,
        dir,
      );
    }
    case 'id':
      return byId(src, base, dir);
  }
}
