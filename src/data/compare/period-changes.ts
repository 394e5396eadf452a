/**
 * The bulletin's section on the changes since the earlier data date (较上期变化), as figures: one
 * computation that the printed bulletin (src/panels/bulletin) and the Word document
 * (src/data/bulletin-docx) both lay out.
 *
 * - The figures of the whole district, as the diff counts them: enterprises new, gone, moved up (to
 *   重大 and to 较大 apart), moved down; major hazards found since, hazards closed since, newly
 *   overdue, newly listed (挂牌督办).
 * - Three lists cut at `cap`, each with its whole count: the enterprises that moved up (the most
 *   severe level now first, then the biggest jump, then the score), the major hazards found since
 *   (the latest found first) and the hazards newly overdue (the most days overdue first).
 * - A row for every town (零报告: a town where nothing changed keeps its row of zeros): enterprises by
 *   level then and now, moved up, down, new, gone, major hazards found, hazards closed; then a town of
 *   the earlier data only, and the enterprises outside every town, each only when it has something;
 *   and the total row, which is the diff's totals.
 *
 * An enterprise counts where it is: a current one in its current town, a gone one (and the earlier
 * levels) in its earlier town, matched to the current towns by code. The bulletin's own period (a
 * week or a month) plays no part: the two data dates are the diff's.
 */
import type { Lang } from '../../domain/lang.ts';
import { KIND_DOWN, KIND_NEW, KIND_UP, kindOfCode } from '../../domain/compare/change-codes.ts';
import { formatNum, tr } from '../../domain/text.ts';
import { formatDay } from '../dates.ts';
import {
  HAZARD_CLOSED_SINCE,
  HAZARD_FOUND,
  HAZARD_NEWLY_LISTED,
  HAZARD_NEWLY_OVERDUE,
  type SnapshotDiff,
} from './diff-snapshots.ts';
import { PERIOD_CHANGES_TEXT as T } from './period-changes-strings.ts';

/** Lines of each list (the movers, the major hazards found, the newly overdue). */
export const CHANGE_LIST_CAP = 10;

/** A major hazard's level code in a ledger (HAZARD_LEVELS). */
const MAJOR = 1;

export interface AreaRef {
  code: string;
  name: string;
}

export interface PeriodChangesInput {
  diff: SnapshotDiff;
  /** The current enterprises (the levels the diff compared) and the earlier ones. Town -1: outside every town. */
  cur: { level: ArrayLike<number>; score: ArrayLike<number>; town: ArrayLike<number> };
  prev: { level: ArrayLike<number>; town: ArrayLike<number> };
  /** The current hazard ledger (the diff's hazardFacts are per row of it). */
  hazards: {
    enterprise: ArrayLike<number>;
    found: ArrayLike<number>;
    deadline: ArrayLike<number>;
    level: ArrayLike<number>;
  };
  /** Towns of the current and of the earlier manifest (the towns' indices in each snapshot's columns). */
  towns: readonly AreaRef[];
  prevTowns: readonly AreaRef[];
  /** Lines of each list; CHANGE_LIST_CAP when not given. */
  cap?: number;
}

/** Four counts, by level code (0 = 重大 … 3 = 低). */
export type ByLevel = [number, number, number, number];

export interface TownChange {
  /** The town's name and code; both '' for the row of the enterprises outside every town. */
  name: string;
  code: string;
  /** 'town' a current town; 'earlier' a town of the earlier data only; 'outside' no town; 'total' the total row. */
  kind: 'town' | 'earlier' | 'outside' | 'total';
  then: ByLevel;
  now: ByLevel;
  up: number;
  down: number;
  added: number;
  gone: number;
  majorFound: number;
  closed: number;
}

export interface ChangeFigures {
  added: number;
  gone: number;
  up: number;
  /** Of `up`, those now 重大, and those now 较大. */
  upToMajor: number;
  upToSignificant: number;
  down: number;
  /** Hazards. */
  majorFound: number;
  closed: number;
  newlyOverdue: number;
  newlyListed: number;
}

/** The first `items` of a list of `count` (rows of enterprises, or of the hazard ledger). */
export interface CappedList {
  count: number;
  items: number[];
}

export interface PeriodChanges {
  /** The two data dates (day numbers). */
  asOf: number;
  prevAsOf: number;
  figures: ChangeFigures;
  /** Current rows of the enterprises that moved up. */
  movers: CappedList;
  /** Hazard rows: major hazards found since; hazards newly overdue. */
  majorFound: CappedList;
  newlyOverdue: CappedList;
  towns: TownChange[];
  total: TownChange;
}

const zeros = (): ByLevel => [0, 0, 0, 0];

function townRow(name: string, code: string, kind: TownChange['kind']): TownChange {
  return { name, code, kind, then: zeros(), now: zeros(), up: 0, down: 0, added: 0, gone: 0, majorFound: 0, closed: 0 };
}

function capped(rows: number[], order: (a: number, b: number) => number, cap: number): CappedList {
  rows.sort(order);
  return { count: rows.length, items: rows.slice(0, Math.max(0, cap)) };
}

export function periodChanges(input: PeriodChangesInput): PeriodChanges {
  const { diff, cur, prev, hazards: h, towns, prevTowns } = input;
  const cap = input.cap ?? CHANGE_LIST_CAP;
  const nTowns = towns.length;
  // Rows: the current towns, then the earlier-only towns, then outside; the last two are dropped when empty.
  const rows = towns.map((t) => townRow(t.name, t.code, 'town'));
  const byCode = new Map<string, number>();
  towns.forEach((t, k) => {
    if (!byCode.has(t.code)) byCode.set(t.code, k);
  });
  const prevToRow = prevTowns.map((t) => {
    const k = byCode.get(t.code);
    if (k !== undefined) return k;
    rows.push(townRow(t.name, t.code, 'earlier'));
    return rows.length - 1;
  });
  const outside = rows.length;
  rows.push(townRow('', '', 'outside'));
  const curRow = (t: number) => (t >= 0 && t < nTowns ? t : outside);
  const prevRow = (t: number) => (t >= 0 && t < prevToRow.length ? prevToRow[t] : outside);

  const { changeState, prevRow: prevOf } = diff;
  const movers: number[] = [];
  let upToMajor = 0,
    upToSignificant = 0;
  for (let i = 0; i < changeState.length; i++) {
    const r = rows[curRow(cur.town[i])];
    const now = cur.level[i];
    if (now >= 0 && now < 4) r.now[now]++;
    const kind = kindOfCode(changeState[i]);
    if (kind === KIND_NEW) r.added++;
    else if (kind === KIND_UP) {
      r.up++;
      movers.push(i);
      if (now === 0) upToMajor++;
      else if (now === 1) upToSignificant++;
    } else if (kind === KIND_DOWN) r.down++;
  }
  // The earlier levels, and the gone, where they were then.
  for (let p = 0; p < prev.level.length; p++) {
    const then = prev.level[p];
    if (then >= 0 && then < 4) rows[prevRow(prev.town[p])].then[then]++;
  }
  for (let j = 0; j < diff.gone.length; j++) rows[prevRow(prev.town[diff.gone[j]])].gone++;

  const found: number[] = [],
    overdue: number[] = [];
  let closed = 0,
    newlyListed = 0;
  const facts = diff.hazardFacts;
  for (let k = 0; k < facts.length; k++) {
    const f = facts[k];
    if (f === 0) continue;
    const r = rows[curRow(cur.town[h.enterprise[k]])];
    if (f & HAZARD_FOUND && h.level[k] === MAJOR) {
      r.majorFound++;
      found.push(k);
    }
    if (f & HAZARD_CLOSED_SINCE) {
      r.closed++;
      closed++;
    }
    if (f & HAZARD_NEWLY_OVERDUE) overdue.push(k);
    if (f & HAZARD_NEWLY_LISTED) newlyListed++;
  }

  const total = townRow('', '', 'total');
  for (const r of rows) {
    for (let l = 0; l < 4; l++) {
      total.then[l] += r.then[l];
      total.now[l] += r.now[l];
    }
    total.up += r.up;
    total.down += r.down;
    total.added += r.added;
    total.gone += r.gone;
    total.majorFound += r.majorFound;
    total.closed += r.closed;
  }
  const hasSomething = (r: TownChange) =>
    r.then.some((v) => v > 0) || r.now.some((v) => v > 0) || r.gone > 0 || r.majorFound > 0 || r.closed > 0;

  return {
    asOf: diff.asOf,
    prevAsOf: diff.prevAsOf,
    figures: {
      added: total.added,
      gone: total.gone,
      up: total.up,
      upToMajor,
      upToSignificant,
      down: total.down,
      majorFound: found.length,
      closed,
      newlyOverdue: overdue.length,
      newlyListed,
    },
    movers: capped(
      movers,
      (a, b) =>
        cur.level[a] - cur.level[b] ||
        cur.level[a] - prev.level[prevOf[a]] - (cur.level[b] - prev.level[prevOf[b]]) ||
        cur.score[b] - cur.score[a] ||
        a - b,
      cap,
    ),
    majorFound: capped(found, (a, b) => h.found[b] - h.found[a] || a - b, cap),
    newlyOverdue: capped(overdue, (a, b) => h.deadline[a] - h.deadline[b] || h.found[a] - h.found[b] || a - b, cap),
    towns: rows.filter((r) => r.kind === 'town' || hasSomething(r)),
    total,
  };
}

// ------------------------------------------------------------------ the lines, as text

/** What the lines need beyond the figures: names and texts, in the document's language. */
export interface ChangeNames {
  /** A current enterprise's name. */
  enterprise(row: number): string;
  /** A hazard's description (or its id). */
  hazard(k: number): string;
  /** A mover's main reason in words (src/data/compare/row-change.ts), or null. */
  reason(row: number, prevRow: number): string | null;
}

export interface MoverLine {
  row: number;
  name: string;
  town: string;
  then: number;
  now: number;
  reason: string | null;
}

export interface ChangeHazardLine {
  hazard: number;
  enterprise: string;
  /** The enterprise's current level code. */
  level: number;
  town: string;
  what: string;
  /** 'YYYY-MM-DD'. */
  found: string;
  /** Days past the deadline on the current data date. */
  daysOverdue: number;
}

export interface ChangeLines {
  movers: MoverLine[];
  majorFound: ChangeHazardLine[];
  newlyOverdue: ChangeHazardLine[];
}

/** The lists' lines with their names and words. */
export function changeLines(pc: PeriodChanges, input: PeriodChangesInput, names: ChangeNames): ChangeLines {
  const { cur, prev, diff, hazards: h, towns } = input;
  const townOf = (row: number) => {
    const t = cur.town[row];
    return t >= 0 && t < towns.length ? towns[t].name : '';
  };
  const hazardLine = (k: number): ChangeHazardLine => {
    const e = h.enterprise[k];
    return {
      hazard: k,
      enterprise: names.enterprise(e),
      level: cur.level[e],
      town: townOf(e),
      what: names.hazard(k),
      found: formatDay(h.found[k]),
      daysOverdue: Math.max(0, pc.asOf - h.deadline[k]),
    };
  };
  return {
    movers: pc.movers.items.map((row) => {
      const p = diff.prevRow[row];
      return {
        row,
        name: names.enterprise(row),
        town: townOf(row),
        then: prev.level[p],
        now: cur.level[row],
        reason: names.reason(row, p),
      };
    }),
    majorFound: pc.majorFound.items.map(hazardLine),
    newlyOverdue: pc.newlyOverdue.items.map(hazardLine),
  };
}

/** The figures in words (both renderings' sentence). */
export function changesSentence(lang: Lang, f: ChangeFigures): string {
  const n = (v: number) => formatNum(lang, v);
  return tr(
    lang,
    T.sentence,
    n(f.added),
    n(f.gone),
    n(f.up),
    n(f.upToMajor),
    n(f.upToSignificant),
    n(f.down),
    n(f.majorFound),
    n(f.closed),
    n(f.newlyOverdue),
    n(f.newlyListed),
  );
}

/** A town row's name in the document's language ('' for the total row, which the layouts name). */
export function townChangeName(lang: Lang, r: TownChange): string {
  if (r.kind === 'outside') return tr(lang, T.outsideTowns);
  if (r.kind === 'earlier') return tr(lang, T.earlierTown, r.name || r.code);
  if (r.kind === 'total') return tr(lang, T.total);
  return r.name || r.code;
}

/** "以上列出 10 家，等 23 家。" under a list cut short, or null. */
export function moreText(lang: Lang, list: CappedList, what: 'enterprises' | 'hazards'): string | null {
  if (list.count <= list.items.length) return null;
  return tr(lang, what === 'enterprises' ? T.moreEnterprises : T.moreHazards, list.items.length, list.count);
}
