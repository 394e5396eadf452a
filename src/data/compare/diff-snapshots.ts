/**
 * What changed between two snapshots of one district (an earlier data date and the current one):
 * one pass over each snapshot's enterprises and hazards, for every enterprise.
 *
 * - Enterprises are matched by key (credit code, else name: snapshot.ts; duplicates in order,
 *   key-table.ts). A current enterprise is new (新增), up (等级上升: a more severe level than then),
 *   down (等级下降) or unchanged (未变); an earlier one without a match is gone (移出).
 * - Hazards are matched by id. Of the current ledger, a hazard is found since when the earlier
 *   ledger does not have it and it was found after the earlier data date (one it does not have but
 *   found before is a late entry); closed since when it is closed now and was not closed then (or
 *   was found since); reopened when it was closed then and is not now; newly overdue and newly
 *   listed (挂牌督办) when it is so now and was not then (or is new).
 * - An enterprise's change code (src/domain/compare/change-codes.ts) adds two of its hazards' facts:
 *   a major hazard found since, a hazard closed since.
 */
import {
  CODE_CLOSED,
  CODE_MAJOR_FOUND,
  KIND_DOWN,
  KIND_NEW,
  KIND_SAME,
  KIND_UP,
} from '../../domain/compare/change-codes.ts';
import { HAZARD_CLOSED } from '../dataset.ts';
import { NO_DATE } from '../dates.ts';
import { matchKeys } from './key-table.ts';
import type { Snapshot, SnapshotHazards } from './snapshot.ts';

/** Facts of a current hazard (bits of SnapshotDiff.hazardFacts). */
export const HAZARD_FOUND = 1,
  HAZARD_CLOSED_SINCE = 2,
  HAZARD_NEWLY_OVERDUE = 4,
  HAZARD_NEWLY_LISTED = 8,
  HAZARD_REOPENED = 16,
  HAZARD_LATE_ENTRY = 32;

/** Facts of a current enterprise beyond its change code (bits of SnapshotDiff.facts). */
export const FACT_HAZARD_FOUND = 1,
  FACT_NEWLY_OVERDUE = 2,
  FACT_NEWLY_LISTED = 4,
  FACT_DUPLICATE_KEY = 8;

export interface DiffTotals {
  /** Current enterprises by kind, and earlier ones gone. */
  new: number;
  up: number;
  down: number;
  same: number;
  gone: number;
  /** Current enterprises whose key another one also has. */
  duplicates: number;
  hazardsFound: number;
  majorFound: number;
  hazardsClosed: number;
  hazardsReopened: number;
  hazardsNewlyOverdue: number;
  hazardsNewlyListed: number;
  /** Hazards of the earlier ledger that the current one no longer has. */
  hazardsDropped: number;
  enterprisesMajorFound: number;
  enterprisesClosed: number;
  enterprisesNewlyOverdue: number;
  enterprisesNewlyListed: number;
}

export interface SnapshotDiff {
  /** The two data dates (day numbers). */
  asOf: number;
  prevAsOf: number;
  /** Per current enterprise: its change code, its row in the earlier snapshot (-1: new), its other facts. */
  changeState: Uint8Array;
  prevRow: Int32Array;
  facts: Uint8Array;
  /** Earlier enterprises with no current match (gone), in row order. */
  gone: Int32Array;
  /** Per current hazard: its facts (HAZARD_* bits). */
  hazardFacts: Uint8Array;
  /** Enterprises then (rows) by earlier level and now (columns) by current level, 4 × 4, row-major; new and gone left out. */
  transitions: Int32Array;
  totals: DiffTotals;
}

/**
 * The facts of every current hazard (`out`), each enterprise's two hazard facts (`found`: bit 0 a
 * major hazard found since, bit 1 one closed since) and other facts (`facts`), and the hazard counts.
 * One pass, every column in a local.
 */
function hazardPass(
  ph: SnapshotHazards,
  ch: SnapshotHazards,
  prevOf: Int32Array,
  prevAsOf: number,
  asOf: number,
  out: Uint8Array,
  found: Uint8Array,
  facts: Uint8Array,
) {
  const { enterprise, found: day, deadline, closed, status, listed, level } = ch;
  const { deadline: pDeadline, closed: pClosed, status: pStatus, listed: pListed } = ph;
  let hazardsFound = 0,
    majorFound = 0,
    hazardsClosed = 0,
    hazardsReopened = 0,
    hazardsNewlyOverdue = 0,
    hazardsNewlyListed = 0;
  for (let k = 0; k < out.length; k++) {
    const p = prevOf[k],
      e = enterprise[k];
    let f = 0;
    if (p < 0) f = day[k] > prevAsOf ? HAZARD_FOUND : HAZARD_LATE_ENTRY;
    // Closed on a day: its status closed, and its closing day (when given) not after that day.
    const closedNow = status[k] === HAZARD_CLOSED && (closed[k] === NO_DATE || closed[k] <= asOf);
    const closedThen = p >= 0 && pStatus[p] === HAZARD_CLOSED && (pClosed[p] === NO_DATE || pClosed[p] <= prevAsOf);
    if (closedNow && !closedThen && (p >= 0 || f === HAZARD_FOUND)) f |= HAZARD_CLOSED_SINCE;
    if (closedThen && !closedNow) f |= HAZARD_REOPENED;
    const overdueNow = !closedNow && deadline[k] !== NO_DATE && deadline[k] < asOf;
    const overdueThen = p >= 0 && !closedThen && pDeadline[p] !== NO_DATE && pDeadline[p] < prevAsOf;
    if (overdueNow && !overdueThen) f |= HAZARD_NEWLY_OVERDUE;
    if (listed[k] && !closedNow && !(p >= 0 && pListed[p] && !closedThen)) f |= HAZARD_NEWLY_LISTED;
    out[k] = f;
    if (f === 0) continue;
    if (f & HAZARD_FOUND) {
      hazardsFound++;
      if (level[k] === 1) {
        majorFound++;
        found[e] |= 1;
      }
      facts[e] |= FACT_HAZARD_FOUND;
    }
    if (f & HAZARD_CLOSED_SINCE) {
      hazardsClosed++;
      found[e] |= 2;
    }
    if (f & HAZARD_REOPENED) hazardsReopened++;
    if (f & HAZARD_NEWLY_OVERDUE) {
      hazardsNewlyOverdue++;
      facts[e] |= FACT_NEWLY_OVERDUE;
    }
    if (f & HAZARD_NEWLY_LISTED) {
      hazardsNewlyListed++;
      facts[e] |= FACT_NEWLY_LISTED;
    }
  }
  return { hazardsFound, majorFound, hazardsClosed, hazardsReopened, hazardsNewlyOverdue, hazardsNewlyListed };
}

export function diffSnapshots(prev: Snapshot, cur: Snapshot): SnapshotDiff {
  const n = cur.length;
  const m = matchKeys(prev.keys, cur.keys, !!(prev.uniqueKeys && cur.uniqueKeys));
  const prevRow = m.prevOf;
  const facts = new Uint8Array(n);
  const transitions = new Int32Array(16);
  const totals: DiffTotals = {
    new: 0,
    up: 0,
    down: 0,
    same: 0,
    gone: 0,
    duplicates: m.duplicates,
    hazardsFound: 0,
    majorFound: 0,
    hazardsClosed: 0,
    hazardsReopened: 0,
    hazardsNewlyOverdue: 0,
    hazardsNewlyListed: 0,
    hazardsDropped: 0,
    enterprisesMajorFound: 0,
    enterprisesClosed: 0,
    enterprisesNewlyOverdue: 0,
    enterprisesNewlyListed: 0,
  };

  // Hazards first: their facts go into the enterprises' codes.
  const ph = prev.hazards,
    ch = cur.hazards;
  const hm = matchKeys(ph.ids, ch.ids, !!(ph.uniqueIds && ch.uniqueIds));
  const hazardFacts = new Uint8Array(ch.length);
  // Per enterprise: bit 0 a major hazard found since, bit 1 a hazard closed since.
  const found = new Uint8Array(n);
  const h = hazardPass(ph, ch, hm.prevOf, prev.asOf, cur.asOf, hazardFacts, found, facts);
  Object.assign(totals, h);
  for (let p = 0; p < ph.length; p++) if (!hm.taken[p]) totals.hazardsDropped++;

  // Then the enterprises: kind of change and the two hazard facts, all counts in locals.
  const changeState = new Uint8Array(n);
  const kinds = new Int32Array(4);
  let mf = 0,
    cs = 0,
    no = 0,
    nl = 0;
  const lThen = prev.level,
    lNow = cur.level;
  for (let i = 0; i < n; i++) {
    const p = prevRow[i];
    let kind: number;
    if (p < 0) kind = KIND_NEW;
    else {
      const then = lThen[p],
        now = lNow[i];
      // Level codes run from 重大 (0) to 低 (3): a smaller code is a more severe level.
      kind = now < then ? KIND_UP : now > then ? KIND_DOWN : KIND_SAME;
      transitions[then * 4 + now]++;
    }
    const x = found[i];
    changeState[i] = kind + (x & 1 ? CODE_MAJOR_FOUND : 0) + (x & 2 ? CODE_CLOSED : 0);
    kinds[kind]++;
    mf += x & 1;
    cs += x >> 1;
    const fi = facts[i];
    if (fi & FACT_NEWLY_OVERDUE) no++;
    if (fi & FACT_NEWLY_LISTED) nl++;
  }
  Object.assign(totals, {
    new: kinds[KIND_NEW],
    up: kinds[KIND_UP],
    down: kinds[KIND_DOWN],
    same: kinds[KIND_SAME],
    enterprisesMajorFound: mf,
    enterprisesClosed: cs,
    enterprisesNewlyOverdue: no,
    enterprisesNewlyListed: nl,
  });
  if (m.duplicates > 0) markDuplicates(cur, facts);

  let goneCount = 0;
  for (let p = 0; p < prev.length; p++) if (!m.taken[p]) goneCount++;
  const gone = new Int32Array(goneCount);
  for (let p = 0, j = 0; p < prev.length; p++) if (!m.taken[p]) gone[j++] = p;
  totals.gone = goneCount;
  return {
    asOf: cur.asOf,
    prevAsOf: prev.asOf,
    changeState,
    prevRow,
    facts,
    gone,
    hazardFacts,
    transitions,
    totals,
  };
}

/** Marks the current enterprises whose key another one has (rare: a second, slower pass only then). */
function markDuplicates(cur: Snapshot, facts: Uint8Array): void {
  const { valueOffsets: o, data } = cur.keys;
  const seen = new Map<string, number>();
  const decoder = new TextDecoder();
  for (let i = 0; i < cur.length; i++) {
    if (o[i + 1] === o[i]) continue;
    const key = decoder.decode(data.subarray(o[i], o[i + 1]));
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      facts[first] |= FACT_DUPLICATE_KEY;
      facts[i] |= FACT_DUPLICATE_KEY;
    }
  }
}
