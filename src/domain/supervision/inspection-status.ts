/**
 * Every enterprise's supervision class and inspection status at the data date, by the rules in
 * docs/supervision.md (so anyone can check them by hand):
 * - last inspected: the latest administrative inspection on or before the data date;
 * - next due: last inspected plus the class's interval in calendar months (calendar.ts addMonths);
 * - never inspected: a class with an interval and no administrative inspection on or before the data date;
 * - overdue: next due before the data date; due within 30 days: next due from the data date to 30 days after;
 * - at the cap: administrative inspections in the data date's year, up to it, at least the class's
 *   cap; over the cap: more than the cap.
 * Patrols, self-checks and inspections dated after the data date count for nothing here.
 *
 * One pass over the inspections and one over the enterprises, on typed arrays: the status of
 * 1,000,000 enterprises with 3,000,000 inspections takes tens of milliseconds, in a worker.
 */
import { FLAGS } from '../flags.ts';
import { LEVELS } from '../levels.ts';
import { SECTORS } from '../sectors.ts';
import { addMonths, dayOf, civil } from './calendar.ts';
import { INSPECTION_KINDS } from './inspection-kinds.ts';
import type { SupervisionSettings } from './supervision-settings.ts';

/** What the class rules read of an enterprise. */
export interface ClassInputs {
  length: number;
  level: Uint8Array;
  sector: Uint8Array;
  flags: Uint16Array;
  stdGrade: Uint8Array;
}

/** What the status reads of the inspection ledger. */
export interface InspectionDates {
  length: number;
  enterprise: Int32Array;
  /** Day numbers. */
  day: Int32Array;
  /** INSPECTION_KINDS index, 255 unknown. */
  kind: Uint8Array;
}

/** The status bits, in the filter's order. */
export const INSPECTION_BITS = [
  { key: 'never', bit: 1, zh: '从未检查', en: 'Never inspected' },
  { key: 'overdue', bit: 2, zh: '逾期未检', en: 'Overdue' },
  { key: 'dueSoon', bit: 4, zh: '30天内到期', en: 'Due within 30 days' },
  { key: 'atCap', bit: 8, zh: '已达上限', en: 'At the cap' },
  { key: 'overCap', bit: 16, zh: '超过上限', en: 'Over the cap' },
  { key: 'thisYear', bit: 32, zh: '本年已检查', en: 'Inspected this year' },
] as const;
export const NEVER = 1,
  OVERDUE = 2,
  DUE_SOON = 4,
  AT_CAP = 8,
  OVER_CAP = 16,
  THIS_YEAR = 32;

/**
 * The combinations of bits an enterprise can have, one code each (the filter engine keeps a code per
 * enterprise, not six bits): the due part (none, overdue, due soon) times the year's part (none, some,
 * at the cap, over it), and never inspected alone (it has no last inspection, so nothing is due and
 * none was this year; a cap is at least 1). Code 0 has no bit: also every enterprise while no ledger is loaded.
 */
const DUE_PARTS = [0, OVERDUE, DUE_SOON];
const YEAR_PARTS = [0, THIS_YEAR, THIS_YEAR | AT_CAP, THIS_YEAR | AT_CAP | OVER_CAP];
export const STATE_BITS: readonly number[] = [...DUE_PARTS.flatMap((d) => YEAR_PARTS.map((y) => d | y)), NEVER];
export const STATE_CODES = STATE_BITS.length;
const NEVER_CODE = STATE_CODES - 1;

/** Days ahead of the data date that count as "due within 30 days". */
export const DUE_SOON_DAYS = 30;

export interface SupervisionStatus {
  /** Index of the enterprise's class in the settings. */
  cls: Uint8Array;
  /** Last administrative inspection on or before the data date; -1 none. */
  last: Int32Array;
  /** Next due; -1 when none is planned (no interval) or never inspected. */
  next: Int32Array;
  /** Administrative inspections in the data date's year up to it. */
  yearCount: Uint16Array;
  /** STATE_BITS code. */
  state: Uint8Array;
}

/**
 * Each enterprise's class index: the first rule that holds, else the last class. Level, sector and
 * standardisation grade take few values: each rule is worked out once per combination of them (a
 * table of a few hundred entries), so a row costs a table lookup, plus a flag test for rules on flags.
 */
export function classify(e: ClassInputs, s: SupervisionSettings): Uint8Array {
  const out = new Uint8Array(e.length);
  const fallback = s.classes.length - 1;
  const S = SECTORS.length,
    G = 4;
  const keys = LEVELS.length * S * G;
  const rules = s.rules.map((r) => {
    const holds = new Uint8Array(keys);
    for (let l = 0; l < LEVELS.length; l++)
      for (let x = 0; x < S; x++)
        for (let g = 0; g < G; g++) {
          const sector = SECTORS[x];
          const ok =
            (!r.levels || r.levels.includes(LEVELS[l].key)) &&
            (!r.sectors ||
              r.sectors.includes(sector.key) ||
              (sector.parent !== undefined && r.sectors.includes(sector.parent))) &&
            (!r.standardization || r.standardization.includes(g));
          holds[(l * S + x) * G + g] = ok ? 1 : 0;
        }
    return {
      cls: s.classes.findIndex((c) => c.key === r.class),
      holds,
      flags: r.flags
        ? maskOf(
            r.flags,
            FLAGS.map((f) => f.key),
          )
        : -1,
    };
  });
  const { level, sector, stdGrade, flags } = e;
  if (rules.every((r) => r.flags === -1)) {
    // No rule reads the flags: the class is a function of the key alone.
    const table = new Uint8Array(keys);
    for (let k = 0; k < keys; k++) table[k] = rules.find((r) => r.holds[k])?.cls ?? fallback;
    for (let i = 0; i < e.length; i++) out[i] = table[(level[i] * S + sector[i]) * G + stdGrade[i]];
    return out;
  }
  for (let i = 0; i < e.length; i++) {
    const k = (level[i] * S + sector[i]) * G + stdGrade[i];
    let c = fallback;
    for (const r of rules) {
      if (r.holds[k] && (r.flags === -1 || (r.flags & flags[i]) !== 0)) {
        c = r.cls;
        break;
      }
    }
    out[i] = c;
  }
  return out;
}

const maskOf = (keys: readonly string[], all: readonly string[]) => keys.reduce((m, k) => m | (1 << all.indexOf(k)), 0);

/** Kind code -> 1 when the settings count it as administrative (the unknown kind, 255, never does). */
export function administrativeTable(s: SupervisionSettings): Uint8Array {
  const t = new Uint8Array(256);
  INSPECTION_KINDS.forEach((k, i) => (t[i] = s.administrativeKinds.includes(k.key) ? 1 : 0));
  return t;
}

/** What one pass over the ledger gives: per enterprise, its last administrative inspection and this year's count. */
interface LedgerPass {
  asOf: number;
  admin: string;
  n: number;
  last: Int32Array;
  yearCount: Uint16Array;
}
/**
 * The last pass over each ledger: it depends only on the data date and which kinds count, so an edit
 * of the classes, intervals or caps (the usual edit) does not read the ledger again.
 */
const passes = new WeakMap<InspectionDates, LedgerPass>();

function ledgerPass(ins: InspectionDates, asOf: number, admin: Uint8Array, n: number): LedgerPass {
  const key = admin.join('');
  const known = passes.get(ins);
  if (known && known.asOf === asOf && known.admin === key && known.n === n) return known;
  const last = new Int32Array(n).fill(-1);
  const yearCount = new Uint16Array(n);
  const yearStart = dayOf(civil(asOf)[0], 1, 1);
  const { enterprise, day, kind } = ins;
  for (let k = 0; k < ins.length; k++) {
    const d = day[k];
    if (d > asOf || admin[kind[k]] === 0) continue;
    const i = enterprise[k];
    if (d > last[i]) last[i] = d;
    if (d >= yearStart && yearCount[i] < 65535) yearCount[i]++;
  }
  const pass = { asOf, admin: key, n, last, yearCount };
  passes.set(ins, pass);
  return pass;
}

/**
 * The status of every enterprise at `asOf` (a day number). With no ledger (`inspections` null) every
 * enterprise has code 0: no ledger is no evidence that nobody was inspected.
 */
export function inspectionStatus(
  e: ClassInputs,
  inspections: InspectionDates | null,
  asOf: number,
  s: SupervisionSettings,
): SupervisionStatus {
  const n = e.length;
  const cls = classify(e, s);
  const last = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const yearCount = new Uint16Array(n);
  const state = new Uint8Array(n);
  if (!inspections) return { cls, last, next, yearCount, state };
  const pass = ledgerPass(inspections, asOf, administrativeTable(s), n);
  // Copies: the caller may hand these to another thread, and the pass is kept for the next edit.
  last.set(pass.last);
  yearCount.set(pass.yearCount);
  const interval = s.classes.map((c) => c.intervalMonths ?? 0);
  const cap = s.classes.map((c) => c.yearlyCap ?? Infinity);
  const soon = asOf + DUE_SOON_DAYS;
  // Last inspections fall on few distinct days: each class's next due for every day from the
  // earliest one to the data date is worked out once (calendar arithmetic per row cost ~10x more).
  let first = asOf;
  for (let i = 0; i < n; i++) if (last[i] >= 0 && last[i] < first) first = last[i];
  const span = asOf - first + 1;
  const dueOf = interval.map((m) =>
    m > 0 ? Int32Array.from({ length: span }, (_, d) => addMonths(first + d, m)) : null,
  );
  for (let i = 0; i < n; i++) {
    const c = cls[i];
    const l = last[i];
    const due = dueOf[c];
    if (l < 0) {
      state[i] = due ? NEVER_CODE : 0;
      continue;
    }
    let part = 0;
    if (due) {
      const nd = due[l - first];
      next[i] = nd;
      part = nd < asOf ? 1 : nd <= soon ? 2 : 0;
    }
    const y = yearCount[i];
    const year = y === 0 ? 0 : y < cap[c] ? 1 : y === cap[c] ? 2 : 3;
    state[i] = part * 4 + year;
  }
  return { cls, last, next, yearCount, state };
}
