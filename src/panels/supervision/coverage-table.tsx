/**
 * The supervision tab's coverage table (检查覆盖): by town, grid cell (with its grid worker) or
 * inspecting unit, the enterprises of each class, inspected this year, overdue, never inspected, at or
 * over the cap and the year's coverage rate, with a total row (src/data/supervision coverage.ts). Only
 * the enterprises passing the map filters by default (a checkbox takes them all); a click on a header
 * sorts by it, a click on a town or grid cell filters the map to it (again: back). The note under the
 * table says how the figures are counted; the export writes the table as shown, total row last.
 */
import { useMemo, useState } from 'react';
import { formatDay } from '../../data/dates.ts';
import {
  COVERAGE_GROUPINGS,
  COVERAGE_TEXT,
  coverage,
  coverageNames,
  coverageTable,
  coverageUnits,
  sortCoverage,
  type CoverageGrouping,
  type CoverageRow,
  type CoverageSort,
  type CoverageSortKey,
} from '../../data/supervision/index.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { dataName, formatNum, localeOf, tr, type Text } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';
import { useStore } from '../../state/store.ts';
import { asOfDay } from '../../state/supervision-slice.ts';
import { ExportButtons, type ExportDoc } from '../common/export-buttons.tsx';
import { exportMeta, mapFilterWords } from '../common/export-context.ts';
import { INSPECTION_TEXT } from '../common/inspection-strings.ts';
import { SETTINGS_TEXT } from './settings-strings.ts';
import { COVERAGE_UI_TEXT } from './strings.ts';

/** The count columns after the classes', in order; a descending sort first for each. */
const COUNTS = ['thisYear', 'overdue', 'never', 'atCap'] as const;

export function CoverageTable() {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const inspections = useStore((s) => s.inspections);
  const status = useStore((s) => s.supervisionStatus);
  const supervising = useStore((s) => s.supervising);
  if (!dataset) return null;
  if (!inspections) {
    const expected = (dataset.manifest.inspections ?? 0) > 0;
    return (
      <section className="coverage" data-testid="coverage">
        <p className="cov-message" role="status" data-testid={expected ? 'coverage-loading' : 'coverage-no-ledger'}>
          {expected ? (
            tr(lang, INSPECTION_TEXT.ledgerLoading)
          ) : (
            <>
              <strong>{tr(lang, INSPECTION_TEXT.noLedgerShort)}</strong>
              {tr(lang, PUNCT.clauseSep)}
              {tr(lang, COVERAGE_UI_TEXT.needsLedger)}
            </>
          )}
        </p>
      </section>
    );
  }
  if (!status || status.state.length !== dataset.enterprises.length)
    return (
      <section className="coverage" data-testid="coverage">
        <p className="cov-message" role="status" data-testid="coverage-loading">
          {tr(lang, supervising ? SETTINGS_TEXT.computing : INSPECTION_TEXT.ledgerLoading)}
        </p>
      </section>
    );
  return <CoverageBody />;
}

function CoverageBody() {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset)!;
  const inspections = useStore((s) => s.inspections)!;
  const status = useStore((s) => s.supervisionStatus)!;
  const settings = useStore((s) => s.supervision);
  const result = useStore((s) => s.result);
  const resultVersion = useStore((s) => s.resultVersion);
  const filters = useStore((s) => s.filters);
  const only = useStore((s) => s.only);
  const [grouping, setGrouping] = useState<CoverageGrouping>('town');
  const [onlyFiltered, setOnlyFiltered] = useState(true);
  // Null: the groups' own order (towns and grid cells as the dataset lists them, units by name).
  const [sort, setSort] = useState<CoverageSort | null>(null);

  const m = dataset.manifest;
  const n = dataset.enterprises.length;
  const asOf = asOfDay(dataset);
  const units = useMemo(
    () => (grouping === 'unit' ? coverageUnits(inspections, n, asOf, settings) : null),
    [grouping, inspections, n, asOf, settings],
  );
  const mask = onlyFiltered && result && result.mask.length === n ? result.mask : null;
  const cov = useMemo(() => {
    void resultVersion;
    const c = dataset.enterprises;
    const [group, groups] =
      grouping === 'town'
        ? [c.town, m.towns.length]
        : grouping === 'grid'
          ? [c.grid, m.grids.length]
          : [units!.unit, units!.names.length];
    return coverage({ group, groups, status, classes: settings.classes, mask });
  }, [dataset, m, grouping, units, status, settings, mask, resultVersion]);
  const names = useMemo(() => coverageNames(grouping, m, units?.names ?? [], lang), [grouping, m, units, lang]);
  const rows = useMemo(() => {
    if (!sort) return cov.rows;
    const collator = new Intl.Collator(localeOf(lang));
    return sortCoverage(cov.rows, sort, (a, b) => collator.compare(names.name(a), names.name(b)));
  }, [cov, sort, names, lang]);

  const onSort = (key: CoverageSortKey) =>
    setSort((s) =>
      s?.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'name' ? 'asc' : 'desc' },
    );
  const areaField = grouping === 'town' ? 'towns' : grouping === 'grid' ? 'grids' : null;
  const picked = areaField && filters[areaField].length === 1 ? filters[areaField][0] : null;
  const onArea = (g: number) => {
    if (areaField) only(areaField, picked === g ? [] : [g]);
  };

  const makeFile = (): ExportDoc => ({
    tables: [coverageTable(rows, cov.total, { grouping, classes: settings.classes, names, lang })],
    meta: exportMeta(COVERAGE_TEXT.fileName, onlyFiltered ? mapFilterWords() : []),
  });

  const t = (e: Text, ...args: (string | number)[]) => tr(lang, e, ...args);
  const grid = grouping === 'grid';
  const header = (key: CoverageSortKey, label: string, title?: string, num = true) => {
    const active = sort?.key === key;
    return (
      <th
        key={key}
        scope="col"
        className={`${num ? 'num' : ''}${active ? ' active' : ''}`}
        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
        data-testid={`coverage-sort-${key.startsWith('class:') ? `class-${settings.classes[Number(key.slice(6))]?.key}` : key}`}
      >
        <button
          type="button"
          onClick={() => onSort(key)}
          title={title ? `${title}${t(PUNCT.clauseSep)}${t(WORDS.clickToSort)}` : t(WORDS.clickToSort)}
        >
          {label}
          <span className="cov-arrow" aria-hidden="true">
            {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  const rate = (r: CoverageRow) => (Number.isNaN(r.rate) ? '—' : `${formatNum(lang, r.rate * 100, 1)}%`);
  const cells = (r: CoverageRow) => (
    <>
      <td className="num" data-key="enterprises">
        {formatNum(lang, r.enterprises)}
      </td>
      {r.byClass.map((v, c) => (
        <td key={c} className="num" data-key={`class-${settings.classes[c]?.key}`}>
          {formatNum(lang, v)}
        </td>
      ))}
      <td className="num" data-key="thisYear">
        {formatNum(lang, r.thisYear)}
      </td>
      <td className={`num${r.overdue > 0 ? ' cov-warn' : ''}`} data-key="overdue">
        {formatNum(lang, r.overdue)}
      </td>
      <td className={`num${r.never > 0 ? ' cov-warn' : ''}`} data-key="never">
        {formatNum(lang, r.never)}
      </td>
      <td className="num" data-key="atCap" data-over={r.overCap}>
        {formatNum(lang, r.atCap)}
        {r.overCap > 0 && <span className="cov-over"> {t(COVERAGE_UI_TEXT.overCap, r.overCap)}</span>}
      </td>
      <td className="num cov-rate" data-key="rate" data-value={Number.isNaN(r.rate) ? '' : String(r.rate)}>
        {rate(r)}
      </td>
    </>
  );

  const planned = settings.classes.filter((c) => c.intervalMonths !== null);
  const unplanned = settings.classes.filter((c) => c.intervalMonths === null);
  const classList = (list: typeof settings.classes) =>
    list.map((c) => t(COVERAGE_TEXT.classColumn, c.key)).join(t(PUNCT.enumSep));

  return (
    <section className="coverage" data-testid="coverage" aria-label={t(COVERAGE_TEXT.sheetName)}>
      <div className="cov-controls">
        <div className="cov-groupings" role="group" aria-label={t(COVERAGE_UI_TEXT.groupBy)}>
          {COVERAGE_GROUPINGS.map((g) => (
            <button
              key={g}
              type="button"
              aria-pressed={grouping === g}
              className={grouping === g ? 'on' : ''}
              onClick={() => {
                setGrouping(g);
                setSort(null);
              }}
              data-testid={`coverage-group-${g}`}
            >
              {t(COVERAGE_TEXT[g])}
            </button>
          ))}
        </div>
        <label className="cov-only" title={t(COVERAGE_UI_TEXT.onlyFilteredHint)}>
          <input
            type="checkbox"
            checked={onlyFiltered}
            onChange={(e) => setOnlyFiltered(e.target.checked)}
            data-testid="coverage-only-filtered"
          />
          {t(COVERAGE_UI_TEXT.onlyFiltered)}
        </label>
        <ExportButtons
          lang={lang}
          disabled={cov.total.enterprises === 0}
          testIdPrefix="coverage-export"
          titles={{ csv: COVERAGE_UI_TEXT.exportCsvTitle, xlsx: COVERAGE_UI_TEXT.exportXlsxTitle }}
          make={makeFile}
        />
      </div>
      <div className="cov-scroll">
        <table className="cov-table" data-testid="coverage-table" data-grouping={grouping}>
          <thead>
            <tr>
              {header('name', t(COVERAGE_TEXT[grouping]), undefined, false)}
              {grid && (
                <th scope="col" className="cov-plain">
                  {t(COVERAGE_TEXT.gridWorker)}
                </th>
              )}
              {header('enterprises', t(COVERAGE_TEXT.enterprises))}
              {settings.classes.map((c, k) =>
                header(`class:${k}`, t(COVERAGE_TEXT.classColumn, c.key), dataName(lang, c)),
              )}
              {COUNTS.map((k) => header(k, t(COVERAGE_TEXT[k])))}
              {header('rate', t(COVERAGE_TEXT.rate))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={settings.classes.length + 7 + (grid ? 1 : 0)} className="cov-empty">
                  {t(WORDS.noData)}
                </td>
              </tr>
            ) : (
              rows.map((r) => {
                const name = names.name(r.group);
                const town = names.town(r.group);
                const on = picked !== null && picked === r.group;
                return (
                  <tr
                    key={r.group}
                    className={`${r.group < 0 ? 'cov-none' : ''}${on ? ' picked' : ''}`}
                    data-testid="coverage-row"
                    data-group={r.group}
                  >
                    <th scope="row" className="cov-name">
                      {areaField && r.group >= 0 ? (
                        <button
                          type="button"
                          className="cov-area"
                          aria-pressed={on}
                          onClick={() => onArea(r.group)}
                          title={t(COVERAGE_UI_TEXT.filterTo)}
                          data-testid="coverage-filter"
                        >
                          {name}
                        </button>
                      ) : (
                        name
                      )}
                      {town && <span className="cov-sub">{town}</span>}
                    </th>
                    {grid && <td className="cov-worker">{names.worker(r.group)}</td>}
                    {cells(r)}
                  </tr>
                );
              })
            )}
          </tbody>
          <tfoot>
            <tr data-testid="coverage-total">
              <th scope="row" className="cov-name">
                {t(WORDS.total)}
              </th>
              {grid && <td />}
              {cells(cov.total)}
            </tr>
          </tfoot>
        </table>
      </div>
      {/* How the figures are counted: one line, the rest a click away (the dock is short at 1366x768). */}
      <details className="cov-note muted" data-testid="coverage-note">
        <summary>{t(INSPECTION_TEXT.asOfRule, formatDay(asOf))}</summary>
        {planned.length > 0 && <p>{t(COVERAGE_UI_TEXT.rateRule, classList(planned))}</p>}
        {unplanned.length > 0 && <p>{t(COVERAGE_UI_TEXT.rateLeftOut, classList(unplanned))}</p>}
        <p>{t(COVERAGE_UI_TEXT.statusRule)}</p>
        {grouping === 'unit' && <p>{t(COVERAGE_UI_TEXT.unitRule)}</p>}
      </details>
    </section>
  );
}
