/**
 * The ranking by grid worker (网格员), the fourth choice of the area ranking beside town, grid cell and
 * park: per grid worker (the grid cells grouped by the worker's name, data/area/grid-workers.ts), over
 * the current filter selection, the grid cells, enterprises, open and overdue hazards and the hazards
 * found this week (the Monday of the data date's week to the data date). Every column sorts; a row
 * click filters the map to the worker's grid cells (again: clears that filter). Each row carries its
 * figures in `data-*` attributes.
 */
import { useMemo } from 'react';
import {
  gridWorkerFigures,
  gridWorkerGroups,
  NO_GRID_WORKER,
  sortGridWorkers,
  type GridWorkerFigures,
  type GridWorkerSortKey,
} from '../../data/area/grid-workers.ts';
import { AREA_EXPORT_TEXT } from '../../data/area/area-export-strings.ts';
import { formatNumber } from '../../data/area/area-data.ts';
import { dataAsOf, periodStartOf } from '../../data/ledger/hazard-ledger.ts';
import { nameIn } from '../../i18n/strings.ts';
import { tr } from '../../domain/text.ts';
import { formatDay } from '../../data/dates.ts';
import { useStore } from '../../state/store.ts';
import { AREA_TEXT } from './strings.ts';

const COLUMNS: readonly { key: GridWorkerSortKey; label: keyof typeof AREA_EXPORT_TEXT; num: boolean }[] = [
  { key: 'name', label: 'gridWorker', num: false },
  { key: 'grids', label: 'gridCellCount', num: true },
  { key: 'enterprises', label: 'enterprises', num: true },
  { key: 'openHazards', label: 'openHazards', num: true },
  { key: 'overdueHazards', label: 'overdueHazards', num: true },
  { key: 'foundThisWeek', label: 'foundThisWeek', num: true },
];

export type GridWorkerSort = { key: GridWorkerSortKey; dir: 'asc' | 'desc' };
export const DEFAULT_GRID_WORKER_SORT: GridWorkerSort = { key: 'overdueHazards', dir: 'desc' };

/** The grid workers' figures over the selection, sorted (none while `enabled` is false: nothing computed). */
export function useGridWorkerRows(enabled: boolean, sort: GridWorkerSort): readonly GridWorkerFigures[] {
  const dataset = useStore((s) => s.dataset);
  const metrics = useStore((s) => s.areaMetrics);
  const result = useStore((s) => s.result);
  const resultVersion = useStore((s) => s.resultVersion);
  const hazards = useStore((s) => s.hazards);
  const groups = useMemo(() => (dataset ? gridWorkerGroups(dataset.manifest.grids) : []), [dataset]);
  const rows = useMemo(() => {
    void resultVersion;
    if (!enabled || !dataset || !metrics) return [];
    const asOf = dataAsOf(dataset);
    const mask = result && result.mask.length === dataset.enterprises.length ? result.mask : null;
    return gridWorkerFigures({
      groups,
      gridMetrics: metrics.grid,
      enterpriseGrid: dataset.enterprises.grid,
      mask,
      hazards,
      weekStart: periodStartOf(asOf, 'week'),
      asOf,
    });
  }, [enabled, dataset, metrics, result, resultVersion, hazards, groups]);
  return useMemo(() => sortGridWorkers(rows, sort.key, sort.dir), [rows, sort]);
}

export function GridWorkerRanking({
  rows,
  sort,
  onSort,
}: {
  /** Sorted already (see `sort`). */
  rows: readonly GridWorkerFigures[];
  sort: GridWorkerSort;
  onSort: (sort: GridWorkerSort) => void;
}) {
  const lang = useStore((s) => s.lang);
  const gridFilter = useStore((s) => s.filters.grids);
  const only = useStore((s) => s.only);
  const dataset = useStore((s) => s.dataset);
  if (rows.length === 0 || !dataset) return <div className="ar-empty">{nameIn(lang, AREA_TEXT.noData)}</div>;
  const asOf = dataAsOf(dataset);
  const isFiltered = (r: GridWorkerFigures) =>
    gridFilter.length === r.group.grids.length && r.group.grids.every((g) => gridFilter.includes(g));
  return (
    <div className="gw-scroll">
      <p className="gw-basis muted">
        {tr(lang, AREA_TEXT.gridWorkerBasis, formatDay(periodStartOf(asOf, 'week')), formatDay(asOf))}
      </p>
      <table className="gw-table" data-testid="grid-worker-ranking">
        <thead>
          <tr>
            <th scope="col" className="gw-rank">
              <span className="visually-hidden">{nameIn(lang, AREA_EXPORT_TEXT.rank)}</span>
            </th>
            {COLUMNS.map((c) => {
              const active = sort.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.num ? 'num' : ''}
                  aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    data-testid={`gw-sort-${c.key}`}
                    title={nameIn(lang, AREA_TEXT.sortBy)}
                    onClick={() =>
                      onSort(
                        active
                          ? { key: c.key, dir: sort.dir === 'asc' ? 'desc' : 'asc' }
                          : { key: c.key, dir: c.num ? 'desc' : 'asc' },
                      )
                    }
                  >
                    {nameIn(lang, AREA_EXPORT_TEXT[c.label])}
                    <span className="gw-arrow" aria-hidden="true">
                      {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, k) => {
            const on = isFiltered(r);
            const name = r.group.name === NO_GRID_WORKER ? nameIn(lang, AREA_EXPORT_TEXT.noGridWorker) : r.group.name;
            return (
              <tr
                key={r.group.name}
                className={on ? 'current' : ''}
                data-testid="grid-worker-row"
                data-worker={r.group.name}
                data-grids={r.group.grids.join(',')}
                data-enterprises={r.enterprises}
                data-open={r.openHazards}
                data-overdue={r.overdueHazards}
                data-found-week={Number.isNaN(r.foundThisWeek) ? '' : r.foundThisWeek}
              >
                <td className="gw-rank">{k + 1}</td>
                <td className="gw-name">
                  <button
                    type="button"
                    aria-pressed={on}
                    title={nameIn(lang, on ? AREA_TEXT.gridWorkerUnfilter : AREA_TEXT.gridWorkerFilter)}
                    data-testid="grid-worker-filter"
                    onClick={() => only('grids', on ? [] : r.group.grids)}
                  >
                    {name}
                  </button>
                </td>
                <td className="num">{r.group.grids.length}</td>
                <td className="num">{formatNumber(r.enterprises, 'int')}</td>
                <td className="num">{formatNumber(r.openHazards, 'int')}</td>
                <td className="num">{formatNumber(r.overdueHazards, 'int')}</td>
                <td className="num">{formatNumber(r.foundThisWeek, 'int')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
