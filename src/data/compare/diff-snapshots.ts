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
  changeCode,
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

const isClosed = (h: SnapshotHazards, k: number, day: number) =>
  h.status[k] === HAZARD_CLOSED && (h.closed[k] === NO_DATE || h.closed[k] <= day);
const isOverdue = (h: SnapshotHazards, k: number, day: number) =>
  !isClosed(h, k, day) && h.deadline[k] !== NO_DATE && h.deadline[k] < day;

export function diffSnapshots(prev: Snapshot, cur: Snapshot): SnapshotDiff {
  const n = cur.length;
  const m = matchKeys(prev.keys, cur.keys);
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
  const hm = matchKeys(ph.ids, ch.ids);
  const hazardFacts = new Uint8Array(ch.length);
  const majorFound = new Uint8Array(n),
    closedSince = new Uint8Array(n);
  for (let k = 0; k < ch.length; k++) {
    const p = hm.prevOf[k],
      e = ch.enterprise[k];
    let f = 0;
    if (p < 0) f |= ch.found[k] > prev.asOf ? HAZARD_FOUND : HAZARD_LATE_ENTRY;
    const closedNow = isClosed(ch, k, cur.asOf);
    const closedThen = p >= 0 && isClosed(ph, p, prev.asOf);
    if (closedNow && !closedThen && (p >= 0 || f & HAZARD_FOUND)) f |= HAZARD_CLOSED_SINCE;
    if (closedThen && !closedNow) f |= HAZARD_REOPENED;
    if (isOverdue(ch, k, cur.asOf) && !(p >= 0 && isOverdue(ph, p, prev.asOf))) f |= HAZARD_NEWLY_OVERDUE;
    if (ch.listed[k] && !closedNow && !(p >= 0 && ph.listed[p] && !closedThen)) f |= HAZARD_NEWLY_LISTED;
    hazardFacts[k] = f;
    if (f & HAZARD_FOUND) {
      totals.hazardsFound++;
      if (ch.level[k] === 1) {
        totals.majorFound++;
        majorFound[e] = 1;
      }
      facts[e] |= FACT_HAZARD_FOUND;
    }
    if (f & HAZARD_CLOSED_SINCE) {
      totals.hazardsClosed++;
      closedSince[e] = 1;
    }
    if (f & HAZARD_REOPENED) totals.hazardsReopened++;
    if (f & HAZARD_NEWLY_OVERDUE) {
      totals.hazardsNewlyOverdue++;
      facts[e] |= FACT_NEWLY_OVERDUE;
    }
    if (f & HAZARD_NEWLY_LISTED) {
      totals.hazardsNewlyListed++;
      facts[e] |= FACT_NEWLY_LISTED;
    }
  }
  for (let p = 0; p < ph.length; p++) if (!hm.taken[p]) totals.hazardsDropped++;

  const changeState = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = prevRow[i];
    let kind: number;
    if (p < 0) kind = KIND_NEW;
    else {
      const then = prev.level[p],
        now = cur.level[i];
      // Level codes run from 重大 (0) to 低 (3): a smaller code is a more severe level.
      kind = now < then ? KIND_UP : now > then ? KIND_DOWN : KIND_SAME;
      transitions[then * 4 + now]++;
    }
    const code = changeCode(kind, majorFound[i] === 1, closedSince[i] === 1);
    changeState[i] = code;
    if (kind === KIND_NEW) totals.new++;
    else if (kind === KIND_UP) totals.up++;
    else if (kind === KIND_DOWN) totals.down++;
    else totals.same++;
    if (code & CODE_MAJOR_FOUND) totals.enterprisesMajorFound++;
    if (code & CODE_CLOSED) totals.enterprisesClosed++;
    if (facts[i] & FACT_NEWLY_OVERDUE) totals.enterprisesNewlyOverdue++;
    if (facts[i] & FACT_NEWLY_LISTED) totals.enterprisesNewlyListed++;
  }
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
