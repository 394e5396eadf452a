import { describe, expect, it } from 'vitest';
import { changeCode, KIND_DOWN, KIND_NEW, KIND_UP } from '../../domain/compare/change-codes.ts';
import { buildChangeMarks } from './change-marks.ts';
import { changeMarkSettings } from './changes-settings-spec.ts';
import { changeLegendContent } from './legend-entries.ts';
import { CHANGE_MARK_TEXT } from './strings.ts';

describe('the changes legend', () => {
  const changeState = Uint8Array.from([
    changeCode(KIND_UP, false, false),
    changeCode(KIND_NEW, true, false),
    changeCode(KIND_NEW, false, false),
    changeCode(KIND_DOWN, false, false),
  ]);
  const cur = { lon: Float64Array.from([120, 121, 122, 123]), lat: Float64Array.from([30, 31, 32, 33]) };
  const earlier = { lon: Float64Array.from([110, 111]), lat: Float64Array.from([20, 21]), gone: Int32Array.from([1]) };
  const dates = ['2026-10-24', '2026-10-31'] as const;

  it('names each mark in words with its shape and count, the gone ones where they were', () => {
    const choice = { down: false, gone: false };
    const c = changeLegendContent(buildChangeMarks(cur, changeState, null, earlier, choice), choice, 'ready', dates);
    expect(c.state).toBe('marks');
    if (c.state !== 'marks') return;
    expect(c.entries.map((e) => [e.mark.name.zh, e.mark.name.en, e.mark.shape, e.count, e.suffix?.zh])).toEqual([
      ['等级上升', 'Level up', 'arrowUp', 1, undefined],
      ['新增', 'New', 'plus', 2, undefined],
    ]);
    expect(c.note.zh).toBe('2026-10-24 → 2026-10-31；只标注通过筛选的企业，点击企业点位查看详情');
    const all = { down: true, gone: true };
    const d = changeLegendContent(buildChangeMarks(cur, changeState, null, earlier, all), all, 'ready', dates);
    expect(d.state === 'marks' && d.entries.map((e) => [e.mark.name.zh, e.mark.shape, e.count, e.suffix?.zh])).toEqual([
      ['等级上升', 'arrowUp', 1, undefined],
      ['新增', 'plus', 2, undefined],
      ['等级下降', 'arrowDown', 1, undefined],
      ['移出', 'cross', 1, '（上期位置，全部显示）'],
    ]);
    // The gone ones are not filtered: the note says so.
    expect(d.note.zh).toContain('移出的企业不受筛选、全部显示在上期位置');
  });

  it('says how to open a comparison, or that it is being made, when there is nothing to mark', () => {
    const choice = changeMarkSettings.defaults;
    for (const state of ['off', 'error'] as const)
      expect(changeLegendContent(null, choice, state, dates)).toEqual({
        state: 'no-comparison',
        note: CHANGE_MARK_TEXT.noComparison,
      });
    expect(CHANGE_MARK_TEXT.noComparison.zh).toContain('打开“与上期比较”后显示');
    for (const state of ['waiting', 'computing'] as const)
      expect(changeLegendContent(null, choice, state, dates).state).toBe('waiting');
  });
});

describe('the change marks in the link', () => {
  const spec = changeMarkSettings;

  it('leaves the defaults (up and new only) out, and writes level down and gone in one order', () => {
    expect(spec.defaults).toEqual({ down: false, gone: false });
    expect(spec.toLink(spec.defaults)).toBeUndefined();
    expect(spec.toLink({ down: false, gone: true })).toEqual(['gone']);
    expect(spec.toLink({ down: true, gone: true })).toEqual(['down', 'gone']);
    expect(spec.write(['gone', 'down'])).toEqual(['chm=down,gone']);
    expect(spec.fromLink(undefined)).toEqual({ down: false, gone: false });
    expect(spec.fromLink(['gone'])).toEqual({ down: false, gone: true });
  });
});
