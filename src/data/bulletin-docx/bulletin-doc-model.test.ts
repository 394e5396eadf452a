import { describe, expect, it } from 'vitest';
import { handMadeInput } from '../test-support/bulletin-doc-input.ts';
import {
  bulletinDocFileName,
  bulletinDocModel,
  longDate,
  mapSizeMm,
  periodWords,
  scaleDenominator,
} from './bulletin-doc-model.ts';
import { insertSection, para, type DocTable } from './doc-model.ts';

describe('the bulletin as a document model', () => {
  it('names the file after the dataset, the meeting and the data date', () => {
    expect(bulletinDocFileName('zh', '临澄区（示例数据）', 'month', '2026-10-31')).toBe(
      '临澄区（示例数据）_月通报_2026-10-31.docx',
    );
    expect(bulletinDocFileName('zh', 'a/b', 'week', '2026-10-31')).toBe('a_b_周调度_2026-10-31.docx');
    expect(bulletinDocFileName('en', 'Lincheng', 'month', '2026-10-31')).toBe(
      'Lincheng_monthly bulletin_2026-10-31.docx',
    );
  });

  it('writes days and periods in words', () => {
    expect(longDate('zh', '2026-10-31')).toBe('2026年10月31日');
    expect(longDate('en', '2026-10-31')).toBe('October 31, 2026');
    expect(periodWords('zh', '2026-10')).toBe('2026年10月');
    expect(periodWords('zh', '2026-W03')).toBe('2026年第3周');
    expect(periodWords('en', '2026-W43')).toBe('week 43 of 2026');
  });

  it('works out the map scale and size', () => {
    // 390 px at 40 m a pixel is 15,600 m on 156 mm of paper: 1:100,000.
    expect(scaleDenominator(40, 390, 156)).toBe(100_000);
    // 1,234 m on 100 mm: 1:12,340, to two figures 1:12,000.
    expect(scaleDenominator(1.234, 1000, 100)).toBe(12_000);
    // A tall image is held to 150 mm high: 300 x 600 px is 75 x 150 mm.
    expect(mapSizeMm(300, 600)).toEqual({ widthMm: 75, heightMm: 150 });
    expect(mapSizeMm(1560, 1000)).toEqual({ widthMm: 156, heightMm: 100 });
  });

  it('has the sections in order, the inspections only with a ledger, and takes another section where asked', () => {
    const m = bulletinDocModel(handMadeInput());
    expect(m.sections.map((s) => s.id)).toEqual([
      'overview',
      'towns',
      'sectors',
      'enterprises',
      'hazards',
      'inspections',
      'map',
      'trend',
    ]);
    expect(m.title).toBe('测试区安全生产风险月通报');
    const without = bulletinDocModel(handMadeInput({ inspections: null, trend: null }));
    expect(without.sections.map((s) => s.id)).not.toContain('inspections');
    expect(without.sections.find((s) => s.id === 'trend')!.blocks).toEqual([
      { kind: 'notice', text: '暂无隐患台账数据' },
    ]);
    const changes = insertSection(
      m,
      { id: 'changes', heading: '较上期变化', blocks: [para('较上期新增重大风险企业 1 家。')] },
      'overview',
    );
    expect(changes.sections.map((s) => s.id).slice(0, 3)).toEqual(['overview', 'changes', 'towns']);
  });

  it('keeps an empty hazard list as one line that says so, and says how many a cut list leaves out', () => {
    const m = bulletinDocModel(handMadeInput());
    const [overdue, listed] = m.sections.find((s) => s.id === 'hazards')!.blocks as DocTable[];
    expect(overdue.rows).toHaveLength(1);
    expect(overdue.note).toBe('表中列出前 1 项，共 3 项。');
    expect(listed.rows).toEqual([['', '无', '', '', '', '']]);
  });

  it('names the scope when the figures are of a filtered view', () => {
    const m = bulletinDocModel(
      handMadeInput({ scope: '风险等级：▲重大风险', selected: 1, total: 10, byLevel: [1, 0, 0, 0] }),
    );
    expect(m.lead).toEqual([para('统计范围：风险等级：▲重大风险（全区共有企业 10 家）')]);
    expect((m.sections[0].blocks[0] as { runs: { text: string }[] }).runs[0].text).toContain('统计范围内共有企业 1 家');
  });
});
