/**
 * The hazard ledger's date order: a deadline (整改期限) or a closing date (销号日期) before the day
 * the hazard was found (发现日期) is a slip in the ledger its owner must see. It is a warning, not a
 * rejection: the hazard itself is real and stays in the dataset.
 */
import { describe, expect, it } from 'vitest';
import { buildDatasetFromText } from '../import/build/build-from-files.ts';

const square = [
  [
    [121.4, 29.8],
    [121.5, 29.8],
    [121.5, 29.9],
    [121.4, 29.9],
    [121.4, 29.8],
  ],
];
const towns = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'T1', name: '甲街道' }, geometry: { type: 'Polygon', coordinates: square } },
  ],
});
const enterprises = 'credit_code,name,lon,lat,sector\nE1,一厂,121.42,29.82,machinery\n';
// The ledger's own Chinese headers, so the issues must name them (not the field keys).
const ledger = [
  '隐患编号,统一社会信用代码,发现日期,隐患等级,整改状态,整改期限,销号日期',
  'H1,E1,2026-05-10,一般,整改中,2026-05-01,', // row 2: deadline nine days before it was found
  'H2,E1,2026-05-10,一般,已销号,2026-06-01,2026-05-09', // row 3: closed the day before it was found
  'H3,E1,2026-05-10,重大,已销号,2026-04-30,2026/5/2', // row 4: both before
  'H4,E1,2026-05-10,一般,已销号,2026-05-10,2026-05-10', // row 5: same day: in order
  'H5,E1,2026-05-10,一般,待整改,,', // row 6: no deadline: nothing to compare
].join('\n');

describe('hazard dates out of order', () => {
  const b = buildDatasetFromText(
    'order',
    { towns, enterprises, hazards: ledger, meta: JSON.stringify({ name: '测试区', as_of: '2026-06-30' }) },
    '2026-07-01T00:00:00Z',
  );
  const own = b.issues.filter((i) => i.file === 'hazards.csv');

  it("warns with file, row, the user's column, the value and the reason in both languages", () => {
    expect(own.map((i) => [i.row, i.column, i.value, i.severity])).toEqual([
      [2, '整改期限', '2026-05-01', 'warning'],
      [3, '销号日期', '2026-05-09', 'warning'],
      [4, '整改期限', '2026-04-30', 'warning'],
      [4, '销号日期', '2026/5/2', 'warning'],
    ]);
    expect(own[0].reasonZh).toBe('整改期限早于发现日期（2026-05-10）');
    expect(own[0].reason).toBe('the rectification deadline is before the date found (2026-05-10)');
    expect(own[1].reasonZh).toBe('销号日期早于发现日期（2026-05-10）');
    expect(own[1].reason).toBe('the closure date is before the date found (2026-05-10)');
  });

  it('keeps every such hazard', () => {
    expect(b.hazards.id).toEqual(['H1', 'H2', 'H3', 'H4', 'H5']);
    expect(b.manifest.hazards).toBe(5);
    expect(b.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
