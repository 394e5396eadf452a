/** Server-render smoke tests of the coverage table against a store filled by hand. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CoreDataset, DatasetManifest, InspectionColumns } from '../../data/dataset.ts';
import type { FilterResult } from '../../data/filter-engine.ts';
import {
  AT_CAP,
  DEFAULT_SUPERVISION,
  NEVER,
  OVERDUE,
  STATE_BITS,
  THIS_YEAR,
  type SupervisionStatus,
} from '../../domain/supervision/index.ts';
import { useStore } from '../../state/store.ts';
import { CoverageTable } from './coverage-table.tsx';

const code = (bits: number) => STATE_BITS.indexOf(bits);
const manifest = {
  name: '示例区',
  asOf: '2026-06-30',
  inspections: 3,
  towns: [
    { code: 'T0', name: '<i>甲镇</i>', areaKm2: 1, label: [0, 0] },
    { code: 'T1', name: '乙镇', areaKm2: 1, label: [0, 0] },
  ],
  grids: [],
  parks: [],
} as unknown as DatasetManifest;
// Four enterprises: town 0 holds an A inspected this year and an A overdue; town 1 a C never inspected
// and a D at its cap.
const dataset = {
  manifest,
  enterprises: { length: 4, town: Int16Array.from([0, 0, 1, 1]), grid: Int16Array.from([-1, -1, -1, -1]) },
} as unknown as CoreDataset;
const status: SupervisionStatus = {
  cls: Uint8Array.from([0, 0, 2, 3]),
  last: new Int32Array(4),
  next: new Int32Array(4),
  yearCount: new Uint16Array(4),
  state: Uint8Array.from([code(THIS_YEAR), code(OVERDUE), code(NEVER), code(THIS_YEAR | AT_CAP)]),
};
const ledger = { length: 0 } as unknown as InspectionColumns;

const html = () => renderToStaticMarkup(createElement(CoverageTable));
/** Server rendering reads zustand's initial state (useSyncExternalStore's server snapshot): set both. */
function setState(patch: Partial<ReturnType<typeof useStore.getState>>) {
  useStore.setState(patch);
  Object.assign(useStore.getInitialState(), patch);
}

describe('CoverageTable', () => {
  beforeEach(() => {
    setState({
      dataset,
      lang: 'zh',
      inspections: ledger,
      supervision: DEFAULT_SUPERVISION,
      supervisionStatus: status,
      supervising: false,
      result: { mask: Uint8Array.from([1, 1, 1, 1]) } as FilterResult,
    });
  });

  it('says when the dataset has no ledger, and when it is loading', () => {
    setState({
      inspections: null,
      supervisionStatus: null,
      dataset: { ...dataset, manifest: { ...manifest, inspections: 0 } },
    });
    expect(html()).toContain('data-testid="coverage-no-ledger"');
    expect(html()).toContain('此数据集没有检查台账');
    setState({ dataset });
    expect(html()).toContain('data-testid="coverage-loading"');
    expect(html()).toContain('检查台账加载中');
  });

  it('lists the towns (names as text), the total and how the figures are counted', () => {
    const out = html();
    expect(out).toContain('&lt;i&gt;甲镇&lt;/i&gt;');
    expect(out.match(/data-testid="coverage-row"/g)).toHaveLength(2);
    // Town 0: 2 enterprises, both A, 1 this year, 1 overdue, coverage 50%; town 1: C never, D at the cap: 0%.
    expect(out).toContain('data-key="rate" data-value="0.5">50.0%');
    expect(out).toContain('data-key="rate" data-value="0">0.0%');
    // Total: 4 enterprises, 3 with an interval of which 1 inspected.
    const total = out.slice(out.indexOf('data-testid="coverage-total"'));
    expect(total).toContain('data-key="enterprises">4<');
    expect(total).toContain(`data-key="rate" data-value="${1 / 3}">33.3%`);
    expect(out).toContain('按数据日期 2026-06-30 计算');
    expect(out).toContain('D类没有固定检查周期，不计入覆盖率');
    expect(out).toContain('data-testid="coverage-export-csv"');
  });

  it('counts only the enterprises passing the map filters', () => {
    setState({ result: { mask: Uint8Array.from([1, 0, 0, 0]) } as FilterResult });
    const out = html();
    expect(out.match(/data-testid="coverage-row"/g)).toHaveLength(1);
    expect(out).toContain('data-key="rate" data-value="1">100.0%');
  });

  it('speaks English', () => {
    setState({ lang: 'en' });
    const out = html();
    expect(out).toContain('Coverage this year');
    expect(out).toContain('Class D: no fixed interval');
  });
});
