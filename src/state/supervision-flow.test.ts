/**
 * The supervision slice on a small generated district: the status appears when the inspection ledger
 * arrives, the filter and the totals follow it, an edit of the settings recomputes it (and goes into
 * the link as sv=), and a reset brings the dataset's own back. The ledger is built so that every
 * expected count follows from its construction.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtDemo } from '../data/test-support/built-demo.ts';
import { encodeBundle } from '../data/bundle.ts';
import { bundleFilesOf, decodeBundleFiles } from '../data/load-bundle.ts';
import { parseDay } from '../data/dates.ts';
import type { InspectionColumns } from '../data/dataset.ts';
import { DEFAULT_SUPERVISION, inspectionKindCode } from '../domain/supervision/index.ts';
import { useStore } from './store.ts';
import { supervisionPart } from './view-parts/supervision-part.ts';

const b = encodeBundle(builtDemo('supervision', 5, 500));
/** The generated district without its own inspection ledger: the test gives it one it built itself. */
const dataset = () => {
  const { inspections, ...d } = decodeBundleFiles(bundleFilesOf(b));
  void inspections;
  return d;
};
const s = () => useStore.getState();
const LOW = 3;

/** Row i%3 == 0: an enforcement inspection on the data date; == 1: a grid patrol that day; == 2: nothing. */
function ledger(n: number, asOf: string): InspectionColumns {
  const rows = Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 !== 2);
  const text = (f: (i: number) => string) => ({ length: rows.length, get: (k: number) => f(rows[k]) });
  return {
    length: rows.length,
    enterprise: Int32Array.from(rows),
    day: new Int32Array(rows.length).fill(parseDay(asOf)!),
    kind: Uint8Array.from(rows, (i) => inspectionKindCode(i % 3 === 0 ? '执法检查' : '网格巡查')),
    hazardsFound: new Int32Array(rows.length).fill(-1),
    penalty: new Uint8Array(rows.length).fill(255),
    fine: new Float64Array(rows.length).fill(NaN),
    id: text((i) => `JC-${i}`),
    unit: text(() => '执法大队'),
    inspectors: text(() => ''),
    result: text(() => ''),
  };
}

describe('supervision', () => {
  let level: Uint8Array;
  beforeAll(() => {
    const d = dataset();
    s().setDataset(d);
    level = d.enterprises.level;
  });
  const count = (pred: (i: number) => boolean) => Array.from(level, (_, i) => i).filter(pred).length;

  it('has no status before the ledger, and one once it arrives', () => {
    expect(s().supervisionStatus).toBeNull();
    expect(Array.from(s().result!.totals.inspection)).toEqual([0, 0, 0, 0, 0, 0]);
    const d = s().dataset!;
    s().setDetails(d.manifest, { inspections: ledger(d.enterprises.length, d.manifest.asOf) });
    expect(s().supervisionStatus).not.toBeNull();
    const t = s().result!.totals.inspection;
    // Never inspected: no enforcement inspection (rows 1 and 2 mod 3) and a class with an interval (not 低 → D).
    expect(t[0]).toBe(count((i) => i % 3 !== 0 && level[i] !== LOW));
    // Inspected this year: the enforcement inspections on the data date.
    expect(t[5]).toBe(count((i) => i % 3 === 0));
    expect(t[1]).toBe(0);
  });

  it('filters by a status bit, with the counts of the other filters', () => {
    s().setFilters({ inspection: 1 });
    expect(s().result!.selected).toBe(count((i) => i % 3 !== 0 && level[i] !== LOW));
    s().setFilters({ inspection: 1, levels: [0] });
    expect(s().result!.selected).toBe(count((i) => i % 3 !== 0 && level[i] === 0));
    s().setFilters({ inspection: 0, levels: [] });
  });

  it('recomputes under edited settings, puts them in the link, and resets', () => {
    expect(supervisionPart.capture(s())).toBeUndefined();
    // Patrols counted: only the rows with nothing are never inspected.
    expect(
      s().applySupervision({
        ...DEFAULT_SUPERVISION,
        administrativeKinds: [...DEFAULT_SUPERVISION.administrativeKinds, 'grid_patrol'],
      }),
    ).toBe(true);
    expect(s().supervisionEdited).toBe(true);
    expect(s().result!.totals.inspection[0]).toBe(count((i) => i % 3 === 2 && level[i] !== LOW));
    expect(s().result!.totals.inspection[5]).toBe(count((i) => i % 3 !== 2));
    expect(supervisionPart.capture(s())).toEqual({
      administrativeKinds: ['enforcement', 'random', 'special', 'supervisory', 'grid_patrol'],
    });
    // A class C with no interval: its enterprises are never "never inspected".
    const noC = {
      ...s().supervision,
      classes: s().supervision.classes.map((c) => (c.key === 'C' ? { ...c, intervalMonths: null } : c)),
    };
    s().applySupervision(noC);
    expect(s().result!.totals.inspection[0]).toBe(count((i) => i % 3 === 2 && level[i] < 2));
    s().resetSupervision();
    expect(s().supervisionEdited).toBe(false);
    expect(s().result!.totals.inspection[0]).toBe(count((i) => i % 3 !== 0 && level[i] !== LOW));
  });

  it('keeps the settings in use when new ones are invalid, and says why', () => {
    const before = s().supervision;
    expect(s().applySupervision({ classes: [{ key: 'A', intervalMonths: 0 }] })).toBe(false);
    expect(s().supervision).toBe(before);
    expect(s().supervisionError).toMatch(/classes\[0\]\.intervalMonths/);
  });

  it('follows the levels of a what-if model (classes follow the levels)', () => {
    s().applyModel({ ...s().model, thresholds: { ...s().model.thresholds, general: 1, significant: 2, major: 3 } });
    // Modelled levels are now all 重大 (assessed levels stay): the classes follow the levels shown.
    const lv = s().dataset!.enterprises.level;
    const moved = Array.from(lv).filter((l, i) => l !== level[i]).length;
    expect(moved).toBeGreaterThan(0);
    expect(s().result!.totals.inspection[0]).toBe(Array.from(lv).filter((l, i) => i % 3 !== 0 && l !== LOW).length);
    s().resetModel();
  });
});
