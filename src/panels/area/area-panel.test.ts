/** Server-render smoke tests of the panel and the ranking against a store filled by hand. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeAllAreaMetrics } from '../../data/area/area-metrics.ts';
import type { Dataset, DatasetManifest } from '../../data/dataset.ts';
import type { FilterResult } from '../../data/filter-engine.ts';
import { randomColumns } from '../../data/random-columns.ts';
import { useStore } from '../../state/store.ts';
import { AreaPanel } from './area-panel.tsx';
import { AreaRanking } from './area-ranking.tsx';

const c = randomColumns({ n: 5000, seed: 11, towns: 4, grids: 20, parks: 6 });
const text = (f: (i: number) => string) => ({ get: (i: number) => f(i), length: c.length });
const manifest = {
  towns: Array.from({ length: 4 }, (_, i) => ({ code: `T${i}`, name: `镇${i}`, areaKm2: 10, label: [0, 0] })),
  grids: Array.from({ length: 20 }, (_, i) => ({
    code: `G${i}`,
    name: `<b>网格${i}</b>`,
    town: i % 4,
    gridWorker: `员${i}`,
    gridWorkerPhone: '13800000000',
    responsiblePerson: `责${i}`,
    areaKm2: 2,
    label: [0, 0],
  })),
  parks: Array.from({ length: 6 }, (_, i) => ({
    code: `P${i}`,
    name: `园${i}`,
    type: i % 3,
    managingBody: `管委会${i}`,
    areaKm2: 1,
    town: i % 4,
    label: [0, 0],
  })),
} as unknown as DatasetManifest;
const dataset = {
  manifest,
  enterprises: c,
  text: {
    name: text((i) => `企业${i}`),
    creditCode: text(() => ''),
    address: text(() => ''),
    industryCode: text(() => ''),
  },
} as unknown as Dataset;
const mask = new Uint8Array(c.length).fill(1);
const metrics = computeAllAreaMetrics(c, mask, manifest);

const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);
/** Server rendering reads zustand's initial state (useSyncExternalStore's server snapshot): set both. */
function setState(patch: Partial<ReturnType<typeof useStore.getState>>) {
  useStore.setState(patch);
  Object.assign(useStore.getInitialState(), patch);
}

describe('AreaPanel', () => {
  beforeEach(() => {
    setState({
      dataset,
      result: { mask, selected: c.length } as FilterResult,
      areaMetrics: metrics,
      lang: 'zh',
      area: null,
      compareArea: null,
    });
  });
  it('renders nothing without an area', () => {
    expect(html(createElement(AreaPanel))).toBe('');
  });
  it('shows a grid cell: figures with raw values, people, enterprises; names as text', () => {
    setState({ area: { kind: 'grid', index: 3 } });
    const out = html(createElement(AreaPanel));
    expect(out).toContain('data-testid="area-panel"');
    expect(out).toContain('&lt;b&gt;网格3&lt;/b&gt;');
    expect(out).toContain(`data-testid="area-metric-enterprises" data-value="${metrics.grid.enterprises[3]}"`);
    expect(out).toContain(`data-testid="area-metric-riskIndex" data-value="${metrics.grid.riskIndex[3]}"`);
    for (const k of [
      'major',
      'significant',
      'general',
      'low',
      'redOrangeShare',
      'density',
      'meanScore',
      'maxScore',
      'openHazards',
      'overdueHazards',
      'openMajorHazards',
      'areaKm2',
    ]) {
      expect(out).toContain(`data-testid="area-metric-${k}"`);
    }
    expect(out).toContain('员3 13800000000');
    expect(out).toContain('责3');
    expect((out.match(/data-testid="area-enterprise"/g) ?? []).length).toBe(Math.min(50, metrics.grid.enterprises[3]));
    expect(out).not.toContain('data-testid="area-compare"');
  });
  it('shows a park type and managing body, and two columns when comparing', () => {
    setState({ area: { kind: 'park', index: 1 }, compareArea: { kind: 'park', index: 2 } });
    const out = html(createElement(AreaPanel));
    expect(out).toContain('小微企业园');
    expect(out).toContain('管委会1');
    expect(out).toContain('data-testid="area-compare"');
    expect(out).toContain(`data-testid="area-compare-metric-enterprises" data-value="${metrics.park.enterprises[2]}"`);
    expect(out).toContain('data-testid="area-compare-select"');
  });
});

describe('AreaRanking', () => {
  it('lists the top 10 grid cells by risk index', () => {
    setState({ areaMetrics: metrics, lang: 'en' });
    const out = html(createElement(AreaRanking));
    const rows = out.match(/data-testid="ranking-row"/g) ?? [];
    expect(rows.length).toBe(10);
    expect(out).toContain('data-testid="area-ranking"');
  });
});
