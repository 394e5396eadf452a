import { describe, expect, it } from 'vitest';
import { DUE_SOON, NEVER, OVERDUE, STATE_BITS } from '../../domain/supervision/index.ts';
import { buildInspectionMarks } from './inspection-marks.ts';
import { inspectionMarkSettings } from './inspections-settings-spec.ts';
import { legendContent } from './legend-entries.ts';
import { INSPECTION_MARK_TEXT } from './strings.ts';

const code = (bits: number) => STATE_BITS.indexOf(bits);

describe('the inspection legend', () => {
  const state = Uint8Array.from([code(OVERDUE), code(NEVER), code(NEVER), code(DUE_SOON)]);
  const lon = Float64Array.from([120, 121, 122, 123]);
  const lat = Float64Array.from([30, 31, 32, 33]);

  it('names each chosen mark in words with its shape and count', () => {
    const a = buildInspectionMarks(lon, lat, state, null, ['overdue', 'never']);
    const c = legendContent(a, ['overdue', 'never'], true);
    expect(c.state).toBe('marks');
    if (c.state !== 'marks') return;
    expect(c.entries.map((e) => [e.mark.name.zh, e.mark.name.en, e.mark.shape, e.count])).toEqual([
      ['逾期未检', 'Overdue', 'square', 1],
      ['从未检查', 'Never inspected', 'diamond', 2],
    ]);
    const chosen = ['overdue', 'never', 'dueSoon'] as const;
    const all = legendContent(buildInspectionMarks(lon, lat, state, null, chosen), chosen, true);
    expect(all.state === 'marks' && all.entries.map((e) => [e.mark.name.zh, e.mark.shape, e.count])).toEqual([
      ['逾期未检', 'square', 1],
      ['从未检查', 'diamond', 2],
      ['30天内到期', 'dashedCircle', 1],
    ]);
  });

  it('says the dataset has no inspection ledger, or that it is loading, when there is no status', () => {
    expect(legendContent(null, ['overdue'], false)).toEqual({
      state: 'no-ledger',
      note: INSPECTION_MARK_TEXT.noLedger,
    });
    expect(legendContent(null, ['overdue'], true)).toEqual({ state: 'loading', note: INSPECTION_MARK_TEXT.loading });
    const none = legendContent(buildInspectionMarks(lon, lat, state, null, []), [], false);
    expect(none.state).toBe('none-chosen');
  });
});

describe('the inspection marks in the link', () => {
  const spec = inspectionMarkSettings;

  it('leaves the defaults (overdue and never inspected) out, and writes any other choice in one order', () => {
    expect(spec.defaults.marks).toEqual(['overdue', 'never']);
    expect(spec.toLink({ marks: ['never', 'overdue'] })).toBeUndefined();
    expect(spec.toLink({ marks: ['dueSoon', 'overdue', 'never'] })).toEqual(['overdue', 'never', 'dueSoon']);
    expect(spec.write(['overdue', 'never', 'dueSoon'])).toEqual(['im=overdue,never,dueSoon']);
    expect(spec.write([])).toEqual(['im=none']);
    expect(spec.fromLink(undefined)).toEqual({ marks: ['overdue', 'never'] });
    expect(spec.fromLink([])).toEqual({ marks: [] });
  });
});
