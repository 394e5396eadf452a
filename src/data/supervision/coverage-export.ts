/**
 * The coverage table's names and its export: each group's name (a town, a grid cell with its town and
 * grid worker, an inspecting unit, or the group of those in none), and the table as the CSV and Excel
 * writers take it (export-csv.ts `ExportTable`), the rows in the order shown, then the total row.
 */
import type { Lang } from '../../domain/lang.ts';
import type { SupervisionClass } from '../../domain/supervision/index.ts';
import { tr } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';
import type { DatasetManifest } from '../dataset.ts';
import type { CellKind, ExportTable } from '../export-csv.ts';
import type { CoverageGrouping, CoverageRow } from './coverage.ts';
import { COVERAGE_TEXT } from './coverage-strings.ts';

export interface CoverageNames {
  /** A group's name; the "none" group (-1) has the grouping's word for none. */
  name(group: number): string;
  /** A grid cell's town ('' otherwise). */
  town(group: number): string;
  /** A grid cell's grid worker ('' otherwise). */
  worker(group: number): string;
}

const NONE = { town: COVERAGE_TEXT.noTown, grid: COVERAGE_TEXT.noGrid, unit: COVERAGE_TEXT.noUnit } as const;

export function coverageNames(
  grouping: CoverageGrouping,
  manifest: Pick<DatasetManifest, 'towns' | 'grids'>,
  unitNames: readonly string[],
  lang: Lang,
): CoverageNames {
  const none = tr(lang, NONE[grouping]);
  const { towns, grids } = manifest;
  const area = (list: readonly { name: string; code: string }[], g: number) =>
    list[g] ? list[g].name || list[g].code : `#${g + 1}`;
  return {
    name: (g) =>
      g < 0 ? none : grouping === 'town' ? area(towns, g) : grouping === 'grid' ? area(grids, g) : (unitNames[g] ?? ''),
    town: (g) => {
      if (grouping !== 'grid' || g < 0) return '';
      const t = grids[g]?.town ?? -1;
      return t >= 0 && towns[t] ? towns[t].name : '';
    },
    worker: (g) => (grouping === 'grid' && g >= 0 ? (grids[g]?.gridWorker ?? '') : ''),
  };
}

/**
 * The table to write: the group's name (for grid cells also its town and grid worker), enterprises,
 * one column per class, inspected this year, overdue, never inspected, at or over the cap, of which
 * over it, and the coverage rate in per cent (empty when no class of the group has an interval); the
 * total row (合计) last.
 */
export function coverageTable(
  rows: readonly CoverageRow[],
  total: CoverageRow,
  x: {
    grouping: CoverageGrouping;
    classes: readonly Pick<SupervisionClass, 'key'>[];
    names: CoverageNames;
    lang: Lang;
  },
): ExportTable {
  const { grouping, classes, names, lang } = x;
  const grid = grouping === 'grid';
  const t = (e: (typeof COVERAGE_TEXT)[keyof typeof COVERAGE_TEXT]) => tr(lang, e);
  const headers = [
    t(COVERAGE_TEXT[grouping]),
    ...(grid ? [t(COVERAGE_TEXT.town), t(COVERAGE_TEXT.gridWorker)] : []),
    t(COVERAGE_TEXT.enterprises),
    ...classes.map((c) => tr(lang, COVERAGE_TEXT.classColumn, c.key)),
    t(COVERAGE_TEXT.thisYear),
    t(COVERAGE_TEXT.overdue),
    t(COVERAGE_TEXT.never),
    t(COVERAGE_TEXT.atCap),
    t(COVERAGE_TEXT.overCap),
    t(COVERAGE_TEXT.ratePercent),
  ];
  const kinds: CellKind[] = [
    'text',
    ...(grid ? (['text', 'text'] as const) : []),
    ...Array<CellKind>(classes.length + 6).fill('count'),
    'score',
  ];
  const line = (r: CoverageRow, name: string, town: string, worker: string): (string | number)[] => [
    name,
    ...(grid ? [town, worker] : []),
    r.enterprises,
    ...r.byClass,
    r.thisYear,
    r.overdue,
    r.never,
    r.atCap,
    r.overCap,
    r.rate * 100,
  ];
  return {
    name: t(COVERAGE_TEXT.sheetName),
    headers,
    kinds,
    rows: [
      ...rows.map((r) => line(r, names.name(r.group), names.town(r.group), names.worker(r.group))),
      line(total, t(WORDS.total), '', ''),
    ],
  };
}
