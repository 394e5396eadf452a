import { describe, expect, it } from 'vitest';
import { HAZARD_CLOSED } from '../dataset.ts';
import { parseDay } from '../dates.ts';
import { packUtf8 } from '../utf8-column.ts';
import { diffSnapshots } from './diff-snapshots.ts';
import {
  changeLines,
  changesSentence,
  moreText,
  periodChanges,
  townChangeName,
  type PeriodChangesInput,
} from './period-changes.ts';
import type { Snapshot } from './snapshot.ts';

const day = (iso: string) => parseDay(iso)!;

interface E {
  code: string;
  level: number;
  town: number;
}
interface H {
  id: string;
  e: number;
  found: string;
  deadline?: string;
  closed?: string;
  major?: boolean;
  listed?: boolean;
}

function snap(asOf: string, es: E[], hs: H[]): Snapshot {
  return {
    asOf: day(asOf),
    length: es.length,
    keys: packUtf8(es.map((e) => e.code)),
    level: Uint8Array.from(es, (e) => e.level),
    score: Float32Array.from(es, (_, i) => 40 + i),
    hazards: {
      length: hs.length,
      ids: packUtf8(hs.map((h) => h.id)),
      enterprise: Int32Array.from(hs, (h) => h.e),
      found: Int32Array.from(hs, (h) => day(h.found)),
      deadline: Int32Array.from(hs, (h) => (h.deadline ? day(h.deadline) : -1)),
      closed: Int32Array.from(hs, (h) => (h.closed ? day(h.closed) : -1)),
      level: Uint8Array.from(hs, (h) => (h.major ? 1 : 0)),
      status: Uint8Array.from(hs, (h) => (h.closed ? HAZARD_CLOSED : 0)),
      listed: Uint8Array.from(hs, (h) => (h.listed ? 1 : 0)),
    },
  };
}

// Towns now: 甲镇, 乙镇, 丙镇 (nothing there). Towns then: 乙镇, 甲镇 (another order), 丁镇 (then only).
const TOWNS = [
  { code: 'T1', name: '甲镇' },
  { code: 'T2', name: '乙镇' },
  { code: 'T3', name: '丙镇' },
];
const PREV_TOWNS = [
  { code: 'T2', name: '乙镇' },
  { code: 'T1', name: '甲镇' },
  { code: 'T4', name: '丁镇' },
];
// Then (towns by PREV_TOWNS): A 一般 甲, B 较大 乙, C 低 甲, G 重大 丁 (gone), D 低 乙, E 一般 outside, F 低 甲.
const PREV_E: E[] = [
  { code: 'A', level: 2, town: 1 },
  { code: 'B', level: 1, town: 0 },
  { code: 'C', level: 3, town: 1 },
  { code: 'G', level: 0, town: 2 },
  { code: 'D', level: 3, town: 0 },
  { code: 'E', level: 2, town: -1 },
  { code: 'F', level: 3, town: 1 },
];
// Now (towns by TOWNS): N 一般 乙 (new), C 低 甲 (same), B 低 乙 (down), A 较大 甲 (up), D 重大 乙 (up),
// E 低 outside (down), F 一般 甲 (up).
const CUR_E: E[] = [
  { code: 'N', level: 2, town: 1 },
  { code: 'C', level: 3, town: 0 },
  { code: 'B', level: 3, town: 1 },
  { code: 'A', level: 1, town: 0 },
  { code: 'D', level: 0, town: 1 },
  { code: 'E', level: 3, town: -1 },
  { code: 'F', level: 2, town: 0 },
];
// Then: H3 at C (overdue since 10-20), H4 at B (due 10-27: not overdue on 10-24).
const PREV_H: H[] = [
  { id: 'H3', e: 2, found: '2026-10-01', deadline: '2026-10-20' },
  { id: 'H4', e: 1, found: '2026-10-10', deadline: '2026-10-27' },
];
// Now: H1 major found at A (甲); H2 major found and listed at D (乙); H3 closed at C (甲); H4 newly
// overdue at B (乙, 4 days); H5 general found at E (outside), overdue 1 day; H6 major found and closed at N (乙).
const CUR_H: H[] = [
  { id: 'H1', e: 3, found: '2026-10-28', major: true },
  { id: 'H2', e: 4, found: '2026-10-26', major: true, listed: true },
  { id: 'H3', e: 1, found: '2026-10-01', deadline: '2026-10-20', closed: '2026-10-29' },
  { id: 'H4', e: 2, found: '2026-10-10', deadline: '2026-10-27' },
  { id: 'H5', e: 5, found: '2026-10-29', deadline: '2026-10-30' },
  { id: 'H6', e: 0, found: '2026-10-30', major: true, closed: '2026-10-31' },
];

function inputOf(prevE: E[], curE: E[], prevH: H[], curH: H[], cap?: number): PeriodChangesInput {
  const prev = snap('2026-10-24', prevE, prevH),
    cur = snap('2026-10-31', curE, curH);
  return {
    diff: diffSnapshots(prev, cur),
    cur: { level: cur.level, score: cur.score, town: Int16Array.from(curE, (e) => e.town) },
    prev: { level: prev.level, town: Int16Array.from(prevE, (e) => e.town) },
    hazards: cur.hazards,
    towns: TOWNS,
    prevTowns: PREV_TOWNS,
    cap,
  };
}

describe('periodChanges', () => {
  const input = inputOf(PREV_E, CUR_E, PREV_H, CUR_H);
  const pc = periodChanges(input);

  it('keeps a row for every town, then the earlier-only town and the enterprises outside the towns', () => {
    expect(pc.towns.map((r) => [r.kind, r.name])).toEqual([
      ['town', '甲镇'],
      ['town', '乙镇'],
      ['town', '丙镇'],
      ['earlier', '丁镇'],
      ['outside', ''],
    ]);
    expect(pc.towns.map((r) => townChangeName('zh', r))).toEqual([
      '甲镇',
      '乙镇',
      '丙镇',
      '丁镇（仅上期）',
      '不在镇街内',
    ]);
    expect(townChangeName('en', pc.total)).toBe('Total');
  });

  it('counts each town as worked out by hand', () => {
    const [jia, yi, bing, ding, outside] = pc.towns;
    expect(jia).toMatchObject({ then: [0, 0, 1, 2], now: [0, 1, 1, 1], up: 2, down: 0, added: 0, gone: 0 });
    expect(jia).toMatchObject({ majorFound: 1, closed: 1 });
    expect(yi).toMatchObject({ then: [0, 1, 0, 1], now: [1, 0, 1, 1], up: 1, down: 1, added: 1, gone: 0 });
    expect(yi).toMatchObject({ majorFound: 2, closed: 1 });
    // 丙镇: nothing then, nothing now, nothing changed: a zero row.
    expect(bing).toMatchObject({ then: [0, 0, 0, 0], now: [0, 0, 0, 0], up: 0, down: 0, added: 0, gone: 0 });
    expect(bing).toMatchObject({ majorFound: 0, closed: 0 });
    expect(ding).toMatchObject({ then: [1, 0, 0, 0], now: [0, 0, 0, 0], gone: 1 });
    expect(outside).toMatchObject({ then: [0, 0, 1, 0], now: [0, 0, 0, 1], down: 1 });
  });

  it('has a total row equal to the diff totals and the level counts of both snapshots', () => {
    const t = input.diff.totals;
    expect(pc.total).toMatchObject({ up: t.up, down: t.down, added: t.new, gone: t.gone, majorFound: t.majorFound });
    expect(pc.total.closed).toBe(t.hazardsClosed);
    expect(pc.total).toMatchObject({ then: [1, 1, 2, 3], now: [1, 1, 2, 3], up: 3, down: 2, added: 1, gone: 1 });
    expect(pc.figures).toEqual({
      added: 1,
      gone: 1,
      up: 3,
      upToMajor: 1,
      upToSignificant: 1,
      down: 2,
      majorFound: 3,
      closed: 2,
      newlyOverdue: 2,
      newlyListed: 1,
    });
    expect(pc.figures.newlyOverdue).toBe(t.hazardsNewlyOverdue);
    expect(pc.figures.newlyListed).toBe(t.hazardsNewlyListed);
    expect([pc.asOf, pc.prevAsOf]).toEqual([day('2026-10-31'), day('2026-10-24')]);
  });

  it('orders the lists: movers by level now (重大 first), major hazards the latest first, overdue the longest first', () => {
    expect(pc.movers).toEqual({ count: 3, items: [4, 3, 6] });
    expect(pc.majorFound).toEqual({ count: 3, items: [5, 0, 1] });
    expect(pc.newlyOverdue).toEqual({ count: 2, items: [3, 4] });
  });

  it('cuts each list at the cap and says how many there are', () => {
    const short = periodChanges(inputOf(PREV_E, CUR_E, PREV_H, CUR_H, 2));
    expect(short.movers).toEqual({ count: 3, items: [4, 3] });
    expect(short.majorFound).toEqual({ count: 3, items: [5, 0] });
    expect(short.newlyOverdue).toEqual({ count: 2, items: [3, 4] });
    expect(moreText('zh', short.movers, 'enterprises')).toBe('以上列出 2 家，等 3 家。');
    expect(moreText('en', short.majorFound, 'hazards')).toBe('The first 2 of 3 listed.');
    expect(moreText('zh', short.newlyOverdue, 'hazards')).toBeNull();
  });

  it('gives the lines with names, towns, levels then and now, and days overdue', () => {
    const names = ['N', 'C', 'B', 'A', 'D', 'E', 'F'];
    const lines = changeLines(pc, input, {
      enterprise: (r) => `企业${names[r]}`,
      hazard: (k) => CUR_H[k].id,
      reason: (r, p) => `原因 ${r}/${p}`,
    });
    expect(lines.movers).toEqual([
      { row: 4, name: '企业D', town: '乙镇', then: 3, now: 0, reason: '原因 4/4' },
      { row: 3, name: '企业A', town: '甲镇', then: 2, now: 1, reason: '原因 3/0' },
      { row: 6, name: '企业F', town: '甲镇', then: 3, now: 2, reason: '原因 6/6' },
    ]);
    expect(lines.majorFound.map((l) => [l.what, l.enterprise, l.town, l.found, l.level])).toEqual([
      ['H6', '企业N', '乙镇', '2026-10-30', 2],
      ['H1', '企业A', '甲镇', '2026-10-28', 1],
      ['H2', '企业D', '乙镇', '2026-10-26', 0],
    ]);
    expect(lines.newlyOverdue.map((l) => [l.what, l.town, l.daysOverdue])).toEqual([
      ['H4', '乙镇', 4],
      ['H5', '', 1],
    ]);
  });

  it('says the figures in words', () => {
    expect(changesSentence('zh', pc.figures)).toBe(
      '与上期相比，新增企业 1 家，移出 1 家；风险等级上升 3 家（其中升为重大风险 1 家、升为较大风险 1 家），下降 2 家。期间新发现重大事故隐患 3 项，销号隐患 2 项，新增逾期未整改隐患 2 项，新增挂牌督办隐患 1 项。',
    );
    expect(changesSentence('en', pc.figures)).toContain('3 moved up a level (1 to major, 1 to significant)');
  });

  it('keeps every town with zeros when nothing changed, and no outside row when every enterprise is in a town', () => {
    const inTowns = CUR_E.filter((e) => e.town >= 0);
    const same = periodChanges({
      ...inputOf(inTowns, inTowns, [], []),
      prevTowns: TOWNS,
    });
    expect(same.towns.map((r) => r.name)).toEqual(['甲镇', '乙镇', '丙镇']);
    for (const r of same.towns) {
      expect(r.then).toEqual(r.now);
      expect([r.up, r.down, r.added, r.gone, r.majorFound, r.closed]).toEqual([0, 0, 0, 0, 0, 0]);
    }
    expect(same.towns[2].now).toEqual([0, 0, 0, 0]);
    expect(same.movers).toEqual({ count: 0, items: [] });
  });
});
