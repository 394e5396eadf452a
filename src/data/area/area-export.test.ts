/**
 * The area exports, written to .xlsx and read back with SheetJS: one row per area (per grid worker) in
 * the order given, names and codes as text, every figure a number cell (the share in percent).
 */
import { read, utils, type WorkSheet } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { tablesXlsx } from '../export-xlsx.ts';
import { FIGURES } from './area-data.ts';
import { areaFiguresTable, gridWorkerTable } from './area-export.ts';
import type { AreaMetrics } from './area-metrics.ts';
import type { DatasetManifest } from '../dataset.ts';
import { gridWorkerFigures, gridWorkerGroups } from './grid-workers.ts';

const grid = (name: string, code: string, town: number, gridWorker: string, areaKm2: number) => ({
  name,
  code,
  town,
  gridWorker,
  gridWorkerPhone: '',
  responsiblePerson: '',
  areaKm2,
  label: [0, 0] as [number, number],
});
const manifest: Pick<DatasetManifest, 'towns' | 'grids' | 'parks'> = {
  towns: [{ name: '甲街道', code: '330101001', areaKm2: 10, label: [0, 0] }],
  grids: [grid('网格一', '001', 0, '王五', 2), grid('网格二', '002', 0, '', 0.5), grid('网格三', '003', -1, '王五', 1)],
  parks: [],
};

/** Three grid cells' figures, by hand: 4, 0 and 2 selected enterprises. */
const metrics: AreaMetrics = {
  kind: 'grid',
  count: 3,
  enterprises: Uint32Array.from([4, 0, 2]),
  byLevel: Uint32Array.from([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 2, 0]),
  redOrangeShare: Float32Array.from([0.5, NaN, 0]),
  density: Float32Array.from([2, 0, 2]),
  meanScore: Float32Array.from([62.5, NaN, 40]),
  maxScore: Float32Array.from([90, NaN, 45]),
  openHazards: Uint32Array.from([3, 0, 1]),
  overdueHazards: Uint32Array.from([1, 0, 0]),
  openMajorHazards: Uint32Array.from([1, 0, 0]),
  riskIndex: Float32Array.from([55, NaN, 20]),
};

async function sheet(bytes: Uint8Array): Promise<WorkSheet> {
  const wb = read(bytes, { type: 'array' });
  return wb.Sheets[wb.SheetNames[0]];
}
const rowsOf = (ws: WorkSheet) => utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });

describe('areaFiguresTable', () => {
  const table = (ranked: boolean, areas: number[]) =>
    areaFiguresTable({
      kind: 'grid',
      manifest,
      metrics,
      areas,
      ranked,
      lang: 'zh',
      figureHeader: (f) => `F:${f.key}`,
      kindName: '网格',
      sheetName: '区域排名',
    });

  it('a ranking: rank, name, code, town, grid worker, then every key figure as a number', async () => {
    const t = table(true, [0, 2]);
    expect(t.headers).toEqual(['排名', '网格', '编码', '镇街', '网格员', ...FIGURES.map((f) => `F:${f.key}`)]);
    const ws = await sheet(await tablesXlsx([t]));
    const rows = rowsOf(ws);
    expect(rows[0]).toEqual(t.headers);
    const at = (key: string) => 5 + FIGURES.findIndex((f) => f.key === key);
    // Cell 0: 4 enterprises (1 per level), share 0.5 -> 50 %, 2 km².
    expect(rows[1].slice(0, 5)).toEqual([1, '网格一', '001', '甲街道', '王五']);
    expect(rows[1][at('enterprises')]).toBe(4);
    expect(rows[1][at('major')]).toBe(1);
    expect(rows[1][at('redOrangeShare')]).toBe(50);
    expect(rows[1][at('meanScore')]).toBe(62.5);
    expect(rows[1][at('riskIndex')]).toBe(55);
    expect(rows[1][at('openMajorHazards')]).toBe(1);
    expect(rows[1][at('areaKm2')]).toBe(2);
    // Cell 2: no town.
    expect(rows[2].slice(0, 5)).toEqual([2, '网格三', '003', null, '王五']);
    expect(rows[2][at('low')]).toBe(0);
    expect(rows[2][at('general')]).toBe(2);
    // Typed: the code a text cell, the figures numbers.
    expect(ws['C2'].t).toBe('s');
    expect(ws[utils.encode_cell({ r: 1, c: at('enterprises') })].t).toBe('n');
    expect(ws[utils.encode_cell({ r: 1, c: at('meanScore') })].t).toBe('n');
  });

  it('a ranking while comparing: rank then, the move and the value then after the rank', async () => {
    // Then: cell 1 first (70), cell 0 second (10), cell 2 without an enterprise.
    const then: AreaMetrics = {
      ...metrics,
      enterprises: Uint32Array.from([4, 3, 0]),
      riskIndex: Float32Array.from([10, 70, NaN]),
    };
    const t = areaFiguresTable({
      kind: 'grid',
      manifest,
      metrics,
      areas: [0, 2],
      ranked: true,
      lang: 'zh',
      figureHeader: (f) => `F:${f.key}`,
      kindName: '网格',
      sheetName: '区域排名',
      earlier: { metrics: then, metric: 'riskIndex', metricHeader: '区域风险指数（0-100）' },
    });
    expect(t.headers.slice(0, 5)).toEqual(['排名', '上期排名', '排名变化', '上期值 · 区域风险指数（0-100）', '网格']);
    const rows = rowsOf(await sheet(await tablesXlsx([t])));
    expect(rows[1].slice(0, 5)).toEqual([1, 2, '↑1', 10, '网格一']);
    expect(rows[2].slice(0, 5)).toEqual([2, null, '新', null, '网格三']);
  });

  it('a comparison: the two areas without a rank; a figure without data is an empty cell', async () => {
    const t = table(false, [0, 1]);
    expect(t.headers.slice(0, 4)).toEqual(['网格', '编码', '镇街', '网格员']);
    const rows = rowsOf(await sheet(await tablesXlsx([t])));
    expect(rows[1].slice(0, 4)).toEqual(['网格一', '001', '甲街道', '王五']);
    expect(rows[2].slice(0, 4)).toEqual(['网格二', '002', '甲街道', null]);
    const at = (key: string) => 4 + FIGURES.findIndex((f) => f.key === key);
    expect(rows[2][at('enterprises')]).toBe(0);
    expect(rows[2][at('meanScore')]).toBeNull();
    expect(rows[2][at('areaKm2')]).toBe(0.5);
  });

  it('a town has no town or grid worker column', () => {
    const t = areaFiguresTable({
      kind: 'town',
      manifest,
      metrics: { ...metrics, kind: 'town', count: 1 },
      areas: [0],
      ranked: true,
      lang: 'en',
      figureHeader: (f) => f.key,
      kindName: 'Town',
      sheetName: 'Area ranking',
    });
    expect(t.headers.slice(0, 4)).toEqual(['Rank', 'Town', 'Code', 'riskIndex']);
    expect(t.rows[0].slice(0, 3)).toEqual([1, '甲街道', '330101001']);
  });
});

describe('gridWorkerTable', () => {
  it('one row per worker: the cells named, counted, and the figures as numbers', async () => {
    const rows = gridWorkerFigures({
      groups: gridWorkerGroups(manifest.grids),
      gridMetrics: metrics,
      enterpriseGrid: Int16Array.from([0, 2]),
      mask: null,
      hazards: { length: 2, enterprise: Int32Array.from([0, 1]), found: Int32Array.from([10, 11]) },
      weekStart: 10,
      asOf: 12,
    });
    for (const lang of ['zh', 'en'] as const) {
      const t = gridWorkerTable(rows, manifest.grids, lang);
      const ws = await sheet(await tablesXlsx([t]));
      const got = rowsOf(ws);
      if (lang === 'zh') {
        expect(got[0]).toEqual([
          '排名',
          '网格员',
          '负责网格',
          '网格数',
          '企业数',
          '未销号隐患',
          '逾期隐患',
          '本周新发现隐患',
        ]);
        expect(got.slice(1)).toEqual([
          [1, '王五', '网格一、网格三', 2, 6, 4, 1, 2],
          [2, '未指定网格员', '网格二', 1, 0, 0, 0, 0],
        ]);
      } else {
        expect(got[0][1]).toBe('Grid worker');
        expect(got[1][2]).toBe('网格一, 网格三');
        expect(got[2][1]).toBe('No grid worker');
      }
      expect(ws['E2'].t).toBe('n');
    }
  });
});
