import { describe, expect, it } from 'vitest';
import { SECTOR_GROUPS, SECTORS } from '../../domain/sectors.ts';
import { sectorRows, totalRow, townRows } from './bulletin-figures.ts';

const code = (key: string) => SECTORS.findIndex((s) => s.key === key);

describe('the rows of the tables by town and by sector', () => {
  // Five enterprises: hazchem 重大 (2 open, 1 overdue), metallurgy 较大 (1 open), machinery 低, commerce 一般 (masked out), hazchem 低.
  const cols = {
    length: 5,
    sector: Uint8Array.from([
      code('hazchem'),
      code('metallurgy'),
      code('machinery'),
      code('commerce'),
      code('hazchem'),
    ]),
    level: Uint8Array.from([0, 1, 3, 2, 3]),
    hazardsOpen: Uint16Array.from([2, 1, 0, 4, 0]),
    hazardsOverdue: Uint16Array.from([1, 0, 0, 3, 0]),
  };

  it('counts every top-level sector, industry & trade with its sub-sectors, and keeps the empty ones', () => {
    const rows = sectorRows(cols, Uint8Array.from([1, 1, 1, 0, 1]));
    expect(rows).toHaveLength(SECTOR_GROUPS.length);
    const at = (key: string) => rows[SECTOR_GROUPS.findIndex((g) => g.key === key)];
    expect(at('hazchem')).toMatchObject({ enterprises: 2, byLevel: [1, 0, 0, 1], openHazards: 2, overdueHazards: 1 });
    expect(at('industry_trade')).toMatchObject({
      enterprises: 2,
      byLevel: [0, 1, 0, 1],
      openHazards: 1,
      overdueHazards: 0,
    });
    expect(at('fireworks')).toMatchObject({ enterprises: 0, byLevel: [0, 0, 0, 0], openHazards: 0, overdueHazards: 0 });
    expect(totalRow(rows)).toMatchObject({ enterprises: 4, byLevel: [1, 1, 0, 2], openHazards: 3, overdueHazards: 1 });
    // Without a mask every row counts: the commerce one joins industry & trade.
    expect(sectorRows(cols, null)[SECTOR_GROUPS.findIndex((g) => g.key === 'industry_trade')].enterprises).toBe(3);
  });

  it('takes every town from the area metrics, in the manifest order', () => {
    const rows = townRows({
      count: 2,
      enterprises: Uint32Array.from([3, 0]),
      byLevel: Uint32Array.from([1, 1, 0, 1, 0, 0, 0, 0]),
      openHazards: Uint32Array.from([5, 0]),
      overdueHazards: Uint32Array.from([2, 0]),
    });
    expect(rows).toEqual([
      { unit: 0, enterprises: 3, byLevel: [1, 1, 0, 1], openHazards: 5, overdueHazards: 2 },
      { unit: 1, enterprises: 0, byLevel: [0, 0, 0, 0], openHazards: 0, overdueHazards: 0 },
    ]);
  });
});
