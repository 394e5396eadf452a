/**
 * The area ranking, the two-area comparison and the grid-worker ranking as tables for the .xlsx
 * export (export-xlsx.ts's `tablesXlsx`), over the current filter selection: one row per area (per
 * grid worker), its key figures in the area panel's order (area-data.ts's FIGURES), each a typed cell:
 * counts whole numbers, scores, densities and km² numbers, the red + orange share a number of percent
 * (35.0, its header says %). Pure: the figures' headers in the UI language are the caller's (the area
 * panel's labels), the rest is AREA_EXPORT_TEXT.
 */
import type { Lang } from '../../domain/lang.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { tr } from '../../domain/text.ts';
import type { DatasetManifest } from '../dataset.ts';
import type { CellKind, ExportTable } from '../export-csv.ts';
import { FIGURES, figureValue, type FigureDef } from './area-data.ts';
import type { AreaKind, AreaMetricKey, AreaMetrics } from './area-metrics.ts';
import { AREA_EXPORT_TEXT } from './area-export-strings.ts';
import { NO_GRID_WORKER, type GridWorkerFigures } from './grid-workers.ts';
import { rankChanges, rankMove, rankMoveLabel } from './area-change.ts';
import { AREA_CHANGE_TEXT } from './area-change-strings.ts';

type Manifest = Pick<DatasetManifest, 'towns' | 'grids' | 'parks'>;

/** A figure's cell kind: whole numbers are counts, the rest numbers with a decimal. */
const kindOf = (f: FigureDef): CellKind => (f.format === 'int' ? 'count' : 'score');
/** A figure's value as written: a share (0..1) as percent. */
const cellValue = (f: FigureDef, v: number) => (f.format === 'pct' ? v * 100 : v);

export interface AreaTableInput {
  kind: AreaKind;
  manifest: Manifest;
  metrics: AreaMetrics;
  /** The areas, one row each, in this order. */
  areas: readonly number[];
  /** Number the rows (1, 2, …) in a first column: the ranking. */
  ranked: boolean;
  lang: Lang;
  /** Each figure's header in `lang`, with its unit (the red + orange share's is %). */
  figureHeader: (f: FigureDef) => string;
  /** The kind's name in `lang` (镇街, 网格, 园区): the name column's header. */
  kindName: string;
  sheetName: string;
  /**
   * While comparing (a ranking only): the earlier snapshot's metrics under the same filters, the
   * ranking's metric and its header; adds 上期排名, 排名变化 and 上期值 after the rank.
   */
  earlier?: { metrics: AreaMetrics; metric: AreaMetricKey; metricHeader: string } | null;
}

/**
 * One row per area: [rank,] name, code, town (grid cells and parks), grid worker (grid cells), then
 * every key figure.
 */
export function areaFiguresTable(x: AreaTableInput): ExportTable {
  const { kind, manifest: m, lang } = x;
  const list = kind === 'town' ? m.towns : kind === 'grid' ? m.grids : m.parks;
  const townName = (t: number) => (t >= 0 && t < m.towns.length ? m.towns[t].name : '');
  const headers: string[] = [];
  const kinds: CellKind[] = [];
  const add = (header: string, kind: CellKind) => {
    headers.push(header);
    kinds.push(kind);
  };
  if (x.ranked) add(tr(lang, AREA_EXPORT_TEXT.rank), 'count');
  const e = x.ranked ? x.earlier : null;
  const metricDef = e ? FIGURES.find((f) => f.key === e.metric) : undefined;
  const changes = e ? rankChanges(x.metrics, e.metrics, e.metric) : null;
  if (e && metricDef) {
    add(tr(lang, AREA_CHANGE_TEXT.rankThen), 'count');
    add(tr(lang, AREA_CHANGE_TEXT.rankChange), 'text');
    add(`${tr(lang, AREA_CHANGE_TEXT.valueThen)} · ${e.metricHeader}`, kindOf(metricDef));
  }
  add(x.kindName, 'text');
  add(tr(lang, AREA_EXPORT_TEXT.code), 'code');
  if (kind !== 'town') add(tr(lang, AREA_EXPORT_TEXT.town), 'text');
  if (kind === 'grid') add(tr(lang, AREA_EXPORT_TEXT.gridWorker), 'text');
  for (const f of FIGURES) add(x.figureHeader(f), kindOf(f));
  const rows = x.areas.map((a, j) => {
    const info = list[a];
    const row: (string | number)[] = [];
    if (x.ranked) row.push(j + 1);
    if (e && metricDef && changes)
      row.push(
        changes.then[a] || NaN,
        rankMoveLabel(rankMove(changes, a), lang),
        e.metrics.enterprises[a] > 0 ? cellValue(metricDef, e.metrics[e.metric][a]) : NaN,
      );
    row.push(info?.name ?? '', info?.code ?? '');
    if (kind === 'grid') row.push(townName(m.grids[a]?.town ?? -1), (m.grids[a]?.gridWorker ?? '').trim());
    else if (kind === 'park') row.push(townName(m.parks[a]?.town ?? -1));
    for (const f of FIGURES) row.push(cellValue(f, figureValue(x.metrics, info?.areaKm2 ?? NaN, f.key, a)));
    return row;
  });
  return { name: x.sheetName, headers, kinds, rows };
}

/**
 * The grid-worker ranking, in the order given: rank, grid worker (未指定网格员 for the cells without
 * one), the cells' names, how many, enterprises, open and overdue hazards, hazards found this week.
 */
export function gridWorkerTable(
  rows: readonly GridWorkerFigures[],
  grids: readonly { name: string }[],
  lang: Lang,
): ExportTable {
  const t = (e: (typeof AREA_EXPORT_TEXT)[keyof typeof AREA_EXPORT_TEXT]) => tr(lang, e);
  const sep = tr(lang, PUNCT.enumSep);
  return {
    name: t(AREA_EXPORT_TEXT.gridWorkerSheet),
    headers: [
      t(AREA_EXPORT_TEXT.rank),
      t(AREA_EXPORT_TEXT.gridWorker),
      t(AREA_EXPORT_TEXT.gridCells),
      t(AREA_EXPORT_TEXT.gridCellCount),
      t(AREA_EXPORT_TEXT.enterprises),
      t(AREA_EXPORT_TEXT.openHazards),
      t(AREA_EXPORT_TEXT.overdueHazards),
      t(AREA_EXPORT_TEXT.foundThisWeek),
    ],
    kinds: ['count', 'text', 'text', 'count', 'count', 'count', 'count', 'count'],
    rows: rows.map((r, j) => [
      j + 1,
      r.group.name === NO_GRID_WORKER ? t(AREA_EXPORT_TEXT.noGridWorker) : r.group.name,
      r.group.grids.map((g) => grids[g]?.name ?? '').join(sep),
      r.group.grids.length,
      r.enterprises,
      r.openHazards,
      r.overdueHazards,
      r.foundThisWeek,
    ]),
  };
}
