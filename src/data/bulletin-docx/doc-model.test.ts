import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  figureLabel,
  insertSection,
  numberedHeading,
  para,
  tableLabel,
  type DocModel,
} from './doc-model.ts';

const model = (ids: string[]): DocModel => ({
  lang: 'zh',
  title: 't',
  periodLines: [],
  lead: [],
  sections: ids.map((id) => ({ id, heading: id, blocks: [] })),
  closing: [],
  author: '',
  subject: '',
});

describe('the document model', () => {
  it('writes section numbers in Chinese numerals', () => {
    expect([1, 2, 9, 10, 11, 20, 23, 99].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '二十',
      '二十三',
      '九十九',
    ]);
    expect(numberedHeading('zh', 3, '隐患')).toBe('三、隐患');
    expect(numberedHeading('en', 3, 'Hazards')).toBe('3. Hazards');
    expect(tableLabel('zh', 2)).toBe('表2');
    expect(figureLabel('en', 1)).toBe('Figure 1');
  });

  it('puts a section in after the one named, first for null, last for an unknown name, and leaves the model as it was', () => {
    const m = model(['a', 'b', 'c']);
    const s = { id: 'x', heading: '较上期变化', blocks: [para('…')] };
    expect(insertSection(m, s, 'a').sections.map((x) => x.id)).toEqual(['a', 'x', 'b', 'c']);
    expect(insertSection(m, s, 'c').sections.map((x) => x.id)).toEqual(['a', 'b', 'c', 'x']);
    expect(insertSection(m, s, null).sections.map((x) => x.id)).toEqual(['x', 'a', 'b', 'c']);
    expect(insertSection(m, s, 'nope').sections.map((x) => x.id)).toEqual(['a', 'b', 'c', 'x']);
    expect(m.sections.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
