/**
 * The hazard ledger (隐患台账) for the dock: filters on the left (ledger-filters.tsx), the matching
 * hazards in a sortable, virtualised table in the middle (ledger-table.tsx), the weekly / monthly
 * trend with its time slider on the right (hazard-trend-chart.tsx). This module runs the query.
 *
 * - Query: one pass of `queryHazards` per change, typed-array sorts (sort-hazards.ts). The found-date
 *   range is the filters' (or the picked period's, when it follows the slider); the closure-date range
 *   is the filters'.
 * - Trend: the same filters without the date ranges (see HazardTrendChart).
 * - Export: "导出 CSV" and "导出 Excel" write exactly the rows the table lists, in its order
 *   (src/data/export-csv.ts's `hazardTable`, with the enterprise's town, grid cell and grid worker),
 *   with the filters in words, as <dataset>_隐患台账_<data date>.csv / .xlsx.
 */
import { useMemo, useState } from 'react';
import type { HazardColumns } from '../../data/dataset.ts';
import { DetailsPending } from '../../ui/details-pending.tsx';
import { formatDay } from '../../data/dates.ts';
import { hazardTable } from '../../data/export-csv.ts';
import { EXPORT_HAZARD_TEXT } from '../../data/export-strings.ts';
import { dataAsOf, periodStartOf, queryHazards, type HazardQuery } from '../../data/ledger/hazard-ledger.ts';
import { nameIn } from '../../i18n/strings.ts';
import { useLedgerStore, useStore } from '../../state/store.ts';
import { ExportButtons, type ExportDoc } from '../common/export-buttons.tsx';
import { exportMeta, ledgerFilterWords } from '../common/export-context.ts';
import { HazardTrendChart } from './hazard-trend-chart.tsx';
import type { LedgerFilters } from '../../state/ledger-slice.ts';
import { baseOrder, sortHazards, type LedgerSort } from '../../data/ledger/sort-hazards.ts';
import { LedgerFilterColumn } from './ledger-filters.tsx';
import { DEFAULT_SORT, LedgerTable } from './ledger-table.tsx';
import { ledgerCountLabel, LEDGER_TEXT } from './strings.ts';
import './ledger.css';

const EMPTY = new Uint32Array(0);

/** The ledger's query (without the date ranges) from its filters and the app state. */
function baseQuery(f: LedgerFilters, mask: Uint8Array | null, selected: number | null): HazardQuery {
  return {
    levels: f.levels,
    statuses: f.statuses,
    sources: f.sources,
    overdueOnly: f.overdueOnly,
    listedOnly: f.listedOnly,
    enterpriseMask: f.inMapFilter ? mask : null,
    enterprise: f.onlySelected && selected !== null ? selected : null,
  };
}

/**
 * The ledger streams in after the first picture: until it is here the tab says so. `since`: the last
 * period's data date, which adds the preset 自上期以来 to both date filters (none yet: the comparison
 * of two data dates will give it).
 */
export function HazardLedgerPanel({ since: given }: { since?: { day: number } } = {}) {
  // While two data dates are compared, "since the last period" runs from the earlier one.
  const prevAsOf = useStore((s) => s.comparison?.diff.prevAsOf);
  const since = useMemo(() => given ?? (prevAsOf !== undefined ? { day: prevAsOf } : undefined), [given, prevAsOf]);
  const hazards = useStore((s) => s.hazards);
  const dataset = useStore((s) => s.dataset);
  if (dataset && !hazards)
    return (
      <section className="hazard-ledger pending" data-testid="hazard-ledger">
        <DetailsPending what="ledger" />
      </section>
    );
  return <LedgerBody hazards={hazards} since={since} />;
}

function LedgerBody({ hazards, since }: { hazards: HazardColumns | null; since?: { day: number } }) {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const text = useStore((s) => s.text);
  const result = useStore((s) => s.result);
  const resultVersion = useStore((s) => s.resultVersion);
  const selected = useStore((s) => s.selected);
  const filters = useLedgerStore((s) => s.filters);
  const step = useLedgerStore((s) => s.step);
  const period = useLedgerStore((s) => s.period);
  const [sort, setSort] = useState<LedgerSort>(DEFAULT_SORT);

  const asOf = useMemo(() => (dataset ? dataAsOf(dataset) : 0), [dataset]);
  const mask = dataset && result && result.mask.length === dataset.enterprises.length ? result.mask : null;
  // Only a selection that filters the list re-runs the query (a row click alone does not).
  const onlyRow = filters.onlySelected ? selected : null;
  const trendQuery = useMemo(() => {
    void resultVersion;
    return baseQuery(filters, mask, onlyRow);
  }, [filters, mask, resultVersion, onlyRow]);
  // The found-date range: the picked period (or the one holding the data date) when following the slider.
  const range = useMemo((): [number | null, number | null] => {
    if (!filters.followSlider) return [filters.from, filters.to];
    if (period) return [period.start, period.end];
    return [periodStartOf(asOf, step), asOf];
  }, [filters.followSlider, filters.from, filters.to, period, asOf, step]);

  const rows = useMemo(() => {
    if (!hazards) return EMPTY;
    const q: HazardQuery = {
      ...trendQuery,
      from: range[0] ?? undefined,
      to: range[1] ?? undefined,
      closedFrom: filters.closedFrom ?? undefined,
      closedTo: filters.closedTo ?? undefined,
    };
    return queryHazards(hazards, q, asOf);
  }, [hazards, trendQuery, range, filters.closedFrom, filters.closedTo, asOf]);
  const base = useMemo(() => (hazards ? baseOrder(hazards, rows) : rows), [hazards, rows]);
  // Sorting by name waits for the names (they may still be streaming in).
  const order = useMemo(
    () =>
      hazards && (text || sort.key !== 'enterprise')
        ? sortHazards({ hazards, enterpriseName: text?.name ?? { get: () => null } }, base, sort, asOf)
        : base,
    [hazards, text, base, sort, asOf],
  );

  /** The hazards as listed now, in the table's order, with the ledger's filters in words. */
  const makeFile = (): ExportDoc => {
    if (!dataset || !hazards || !text) throw new Error('no dataset');
    return {
      tables: [
        hazardTable({ hazards, text, enterprises: dataset.enterprises, manifest: dataset.manifest }, order, lang, asOf),
      ],
      meta: exportMeta(EXPORT_HAZARD_TEXT.fileName, ledgerFilterWords(range)),
    };
  };

  const label = nameIn(lang, LEDGER_TEXT.ledgerLabel);
  const toolbar = (
    <div className="lg-toolbar">
      <span className="lg-count" data-testid="ledger-count" data-count={order.length}>
        {ledgerCountLabel(lang, order.length)}
      </span>
      {dataset && (
        <span className="lg-asof">
          {nameIn(lang, LEDGER_TEXT.asOfNote)}
          {formatDay(asOf)}
        </span>
      )}
      {!text && <DetailsPending what="names" inline />}
      <ExportButtons
        lang={lang}
        disabled={!dataset || !text || order.length === 0}
        testIdPrefix="ledger-export"
        titles={{ csv: LEDGER_TEXT.exportCsvTitle, xlsx: LEDGER_TEXT.exportXlsxTitle }}
        make={makeFile}
      />
    </div>
  );

  return (
    <section className="hazard-ledger" data-lang={lang} data-testid="hazard-ledger" aria-label={label}>
      <LedgerFilterColumn asOf={asOf} since={since} />
      <LedgerTable
        lang={lang}
        dataset={dataset}
        hazards={hazards}
        text={text}
        order={order}
        resetOn={rows}
        asOf={asOf}
        selected={selected}
        sort={sort}
        onSort={setSort}
        toolbar={toolbar}
      />
      <div className="lg-trend">
        {hazards && <HazardTrendChart hazards={hazards} asOf={asOf} query={trendQuery} version={resultVersion} />}
      </div>
    </section>
  );
}
