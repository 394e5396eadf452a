import { describe, expect, it } from 'vitest';
import type { ChangeLines, PeriodChanges, TownChange } from '../compare/index.ts';
import { parseDay } from '../dates.ts';
import { handMadeInput } from '../test-support/bulletin-doc-input.ts';
import { bulletinDocModel } from './bulletin-doc-model.ts';
import { CHANGES_AFTER, changesDocSection } from './changes-section.ts';
import { insertSection, type DocParagraph, type DocTable } from './doc-model.ts';

const town = (name: string, kind: TownChange['kind'], over: Partial<TownChange> = {}): TownChange => ({
  name,
  code: name,
  kind,
  then: [0, 0, 0, 0],
  now: [0, 0, 0, 0],
  up: 0,
  down: 0,
  added: 0,
  gone: 0,
  majorFound: 0,
  closed: 0,
  ...over,
});

// Two towns (乙镇 with nothing), 12 movers of which 2 are listed, one major hazard found, none newly overdue.
const PC: PeriodChanges = {
  asOf: parseDay('2026-10-31')!,
  prevAsOf: parseDay('2026-10-24')!,
  figures: {
    added: 1,
    gone: 2,
    up: 12,
    upToMajor: 3,
    upToSignificant: 4,
    down: 5,
    majorFound: 1,
    closed: 6,
    newlyOverdue: 0,
    newlyListed: 0,
  },
  movers: { count: 12, items: [7, 8] },
  majorFound: { count: 1, items: [0] },
  newlyOverdue: { count: 0, items: [] },
  towns: [
    town('甲镇', 'town', {
      then: [1, 2, 3, 4],
      now: [3, 4, 3, 1],
      up: 12,
      down: 5,
      added: 1,
      gone: 2,
      majorFound: 1,
      closed: 6,
    }),
    town('乙镇', 'town'),
  ],
  total: town('', 'total', {
    then: [1, 2, 3, 4],
    now: [3, 4, 3, 1],
    up: 12,
    down: 5,
    added: 1,
    gone: 2,
    majorFound: 1,
    closed: 6,
  }),
};
const LINES: ChangeLines = {
  movers: [
    { row: 7, name: '甲公司', town: '甲镇', then: 2, now: 0, reason: '近三年事故 0 → 1，+12.0' },
    { row: 8, name: '乙公司', town: '甲镇', then: 3, now: 1, reason: null },
  ],
  majorFound: [
    {
      hazard: 0,
      enterprise: '甲公司',
      level: 0,
      town: '甲镇',
      what: '粉尘除尘系统未接地',
      found: '2026-10-28',
      daysOverdue: 0,
    },
  ],
  newlyOverdue: [],
};

const tables = (blocks: unknown[]) => blocks.filter((b): b is DocTable => (b as DocTable).kind === 'table');
const texts = (blocks: unknown[]) =>
  blocks
    .filter((b): b is DocParagraph => (b as DocParagraph).kind === 'paragraph')
    .map((p) => p.runs.map((r) => r.text).join(''));

describe('the changes section of the Word bulletin', () => {
  const s = changesDocSection('zh', PC, LINES);

  it('names both data dates and says the figures in words', () => {
    expect(s.id).toBe('changes');
    expect(s.heading).toBe('较上期变化（上期数据日期 2026年10月24日）');
    const [dates, sentence] = texts(s.blocks);
    expect(dates).toContain('上期数据日期 2026年10月24日，本期数据日期 2026年10月31日');
    expect(sentence).toContain('风险等级上升 12 家（其中升为重大风险 3 家、升为较大风险 4 家），下降 5 家');
  });

  it('lists the movers with then → now and the reason, and says how many more there are', () => {
    const [movers] = tables(s.blocks);
    expect(movers.caption).toBe('风险等级上升的企业（12 家）');
    expect(movers.rows.map((r) => r.slice(1))).toEqual([
      ['甲公司', '甲镇', '●一般 → ▲重大', '近三年事故 0 → 1，+12.0'],
      ['乙公司', '甲镇', '■低 → ◆较大', '—'],
    ]);
    expect(movers.note).toBe('以上列出 2 家，等 12 家。');
  });

  it('lists the major hazards found and says none when nothing became overdue', () => {
    const [, found, overdue] = tables(s.blocks);
    expect(found.rows).toEqual([[1, '甲公司', '甲镇', '粉尘除尘系统未接地', '2026-10-28']]);
    expect(found.note).toBeUndefined();
    expect(overdue.caption).toBe('新增逾期未整改隐患（0 项）');
    expect(overdue.rows).toEqual([['', '无', '', '', '']]);
  });

  it('has a row for every town, the one with nothing too, and the total', () => {
    const byTown = tables(s.blocks)[3];
    expect(byTown.rows.map((r) => r[1])).toEqual(['甲镇', '乙镇']);
    expect(byTown.rows[1].slice(2)).toEqual([
      { value: '0→0', align: 'right' },
      { value: '0→0', align: 'right' },
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(byTown.total).toEqual([
      '',
      '合计',
      { value: '1→3', align: 'right' },
      { value: '2→4', align: 'right' },
      12,
      5,
      1,
      2,
      1,
      6,
    ]);
    expect(byTown.header[0]).toHaveLength(byTown.widths.length);
    expect(texts(s.blocks)[2]).toBe('全区 2 个镇街均列入表中，没有变化的镇街记为 0（零报告）。');
  });

  it('goes after the overview, and reads in English', () => {
    const m = insertSection(bulletinDocModel(handMadeInput()), s, CHANGES_AFTER);
    expect(m.sections.map((x) => x.id).slice(0, 3)).toEqual(['overview', 'changes', 'towns']);
    const en = changesDocSection('en', PC, LINES);
    expect(en.heading).toBe('Since the earlier data date (October 24, 2026)');
    expect(tables(en.blocks)[3].header[0][2]).toBe('Major then → now');
  });
});
