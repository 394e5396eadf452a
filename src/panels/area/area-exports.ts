/**
 * The area panel's and the rankings' Excel files: the area ranking (every area of the kind with a
 * selected enterprise, in the ranking's order), the two-area comparison and the grid-worker ranking,
 * as data/area/area-export.ts's tables written by the .xlsx writer (loaded on first use). Headers in the
 * UI language: the figures' are the area panel's labels with their units.
 */
import type { FigureDef } from '../../data/area/area-data.ts';
import { FIGURES, rankedAreas } from '../../data/area/area-data.ts';
import { areaFiguresTable, gridWorkerTable } from '../../data/area/area-export.ts';
import { AREA_EXPORT_TEXT } from '../../data/area/area-export-strings.ts';
import type { AreaKind, AreaMetricKey, AreaMetrics } from '../../data/area/area-metrics.ts';
import type { GridWorkerFigures } from '../../data/area/grid-workers.ts';
import type { CoreDataset } from '../../data/dataset.ts';
import type { ExportTable } from '../../data/export-csv.ts';
import type { Lang } from '../../domain/lang.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { tr, type Text } from '../../domain/text.ts';
import { nameIn } from '../../i18n/strings.ts';
import type { ExportDoc } from '../common/export-buttons.tsx';
import { exportMeta, mapFilterWords } from '../common/export-context.ts';
import { figureLabel } from './area-labels.ts';
import { KIND_LABEL } from './strings.ts';

/** A figure's header: its label and, in parentheses, its unit or scale ("红橙占比（%）", "区域风险指数（0-100）"). */
export function figureHeader(f: FigureDef, lang: Lang): string {
  const { label, unit, note } = figureLabel(f.key, lang);
  const u = (note ?? unit).replace(/^\((.*)\)$/, '$1');
  return u ? `${label}${tr(lang, PUNCT.parens, u)}` : label;
}

/** The list as a document of one table, with the map's filters in words (its figures follow them). */
const docOf = (what: Text, table: ExportTable): ExportDoc => ({
  tables: [table],
  meta: exportMeta(what, mapFilterWords()),
});

/** The ranking of a kind by a metric: every area with a selected enterprise, best ranked first. */
export function rankingFile(
  dataset: CoreDataset,
  metrics: AreaMetrics,
  kind: AreaKind,
  metric: AreaMetricKey,
  lang: Lang,
  /** The earlier snapshot's metrics of the kind while comparing: the ranking gains its rank then, move and value then. */
  earlier: AreaMetrics | null = null,
): ExportDoc {
  const def = FIGURES.find((f) => f.key === metric);
  const table = areaFiguresTable({
    kind,
    manifest: dataset.manifest,
    metrics,
    areas: rankedAreas(metrics, metric, Infinity),
    ranked: true,
    lang,
    figureHeader: (f) => figureHeader(f, lang),
    kindName: nameIn(lang, KIND_LABEL[kind]),
    sheetName: tr(lang, AREA_EXPORT_TEXT.rankingSheet),
    earlier: earlier && def ? { metrics: earlier, metric, metricHeader: figureHeader(def, lang) } : null,
  });
  return docOf(AREA_EXPORT_TEXT.rankingFile, table);
}

/** Two areas of a kind side by side: one row each. */
export function comparisonFile(
  dataset: CoreDataset,
  metrics: AreaMetrics,
  kind: AreaKind,
  a: number,
  b: number,
  lang: Lang,
): ExportDoc {
  const table = areaFiguresTable({
    kind,
    manifest: dataset.manifest,
    metrics,
    areas: [a, b],
    ranked: false,
    lang,
    figureHeader: (f) => figureHeader(f, lang),
    kindName: nameIn(lang, KIND_LABEL[kind]),
    sheetName: tr(lang, AREA_EXPORT_TEXT.comparisonSheet),
  });
  return docOf(AREA_EXPORT_TEXT.comparisonFile, table);
}

/** The grid-worker ranking in the order shown. */
export function gridWorkersFile(dataset: CoreDataset, rows: readonly GridWorkerFigures[], lang: Lang): ExportDoc {
  return docOf(AREA_EXPORT_TEXT.gridWorkerFile, gridWorkerTable(rows, dataset.manifest.grids, lang));
}
