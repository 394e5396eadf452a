/**
 * The hazard ledger (隐患台账) for the dock: filters on the left, the matching hazards in a sortable,
 * virtualised table in the middle, the weekly / monthly trend with its time slider on the right.
 *
 * - Filters: level, status, source (empty = all), overdue only (on the data date), listed supervision
 *   only, found-date range, only enterprises passing the map filters (default on), only the enterprise
 *   open in the drawer (the per-enterprise list), and "found date follows the time slider" (the table
 *   then lists the hazards found in the picked period). Kept in the ledger store across tab switches.
 * - Table: one pass of `queryHazards` per change, typed-array sorts (sort-hazards.ts), only the rows in
 *   view rendered. Days overdue count against the data date. Listed major hazards (挂牌督办的重大事故
 *   隐患) have a tinted row and a dark red bar. A row click opens its enterprise (drawer + map).
 * - Trend: the same filters without the date range (see HazardTrendChart).
 * - Export: "导出 CSV" and "导出 Excel" write exactly the rows the table lists, in its order
 *   (src/data/export-csv.ts's `hazardTable`), with the filters in words, as <dataset>_隐患台账_<data date>.csv / .xlsx.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { HAZARD_LEVELS, HAZARD_SOURCES, HAZARD_STATUSES, type HazardColumns } from '../../data/dataset.ts';
import { DetailsPending } from '../../ui/details-pending.tsx';
import { formatDay, parseDay } from '../../data/dates.ts';
import { hazardTable } from '../../data/export-csv.ts';
import { EXPORT_HAZARD_TEXT } from '../../data/export-strings.ts';
import {
  dataAsOf,
  daysOverdue,
  periodStartOf,
  queryHazards,
  type HazardQuery,
} from '../../data/ledger/hazard-ledger.ts';
import { nameIn } from '../../i18n/strings.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { shortName, tr } from '../../domain/text.ts';
import { useLedgerStore, useStore } from '../../state/store.ts';
import { ExportButtons, type ExportDoc } from '../common/export-buttons.tsx';
import { exportMeta, ledgerFilterWords } from '../common/export-context.ts';
import { openEnterprise } from '../common/open-enterprise.ts';
import { HazardTrendChart } from './hazard-trend-chart.tsx';
import type { LedgerFilters } from '../../state/ledger-slice.ts';
import {
  baseOrder,
  sortHazards,
  type LedgerSort,
  type LedgerSortKey,
  type SortDir,
} from '../../data/ledger/sort-hazards.ts';
import { LEDGER_COLUMNS, ledgerCountLabel, LEDGER_TEXT } from './strings.ts';
import './ledger.css';
import { useVirtualRows } from '../use-virtual-rows.ts';

interface ColumnDef {
  key: LedgerSortKey | 'description';
  firstDir: SortDir;
  num: boolean;
  sortable: boolean;
}
const COLUMNS: readonly ColumnDef[] = [
  { key: 'id', firstDir: 'asc', num: false, sortable: true },
  { key: 'enterprise', firstDir: 'asc', num: false, sortable: true },
  { key: 'level', firstDir: 'desc', num: false, sortable: true },
  { key: 'status', firstDir: 'asc', num: false, sortable: true },
  { key: 'source', firstDir: 'asc', num: false, sortable: true },
  { key: 'found', firstDir: 'desc', num: true, sortable: true },
  { key: 'deadline', firstDir: 'asc', num: true, sortable: true },
  { key: 'overdue', firstDir: 'desc', num: true, sortable: true },
  { key: 'listed', firstDir: 'desc', num: false, sortable: true },
  { key: 'description', firstDir: 'asc', num: false, sortable: false },
];

const DEFAULT_SORT: LedgerSort = { key: 'overdue', dir: 'desc' };
const FALLBACK_ROW_PX = 32;
const EMPTY = new Uint32Array(0);
const SOURCE_NONE = 255;

/** The ledger's query (without the date range) from its filters and the app state. */
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

/** The ledger streams in after the first picture: until it is here the tab says so. */
export function HazardLedgerPanel() {
  const hazards = useStore((s) => s.hazards);
  const dataset = useStore((s) => s.dataset);
  if (dataset && !hazards)
    return (
      <section className="hazard-ledger pending" data-testid="hazard-ledger">
        <DetailsPending what="ledger" />
      </section>
    );
  return <LedgerBody hazards={hazards} />;
}

function LedgerBody({ hazards }: { hazards: HazardColumns | null }) {
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
    return queryHazards(hazards, { ...trendQuery, from: range[0] ?? undefined, to: range[1] ?? undefined }, asOf);
  }, [hazards, trendQuery, range, asOf]);
  const base = useMemo(() => (hazards ? baseOrder(hazards, rows) : rows), [hazards, rows]);
  // Sorting by name waits for the names (they may still be streaming in).
  const order = useMemo(
    () =>
      hazards && (text || sort.key !== 'enterprise')
        ? sortHazards({ hazards, enterpriseName: text?.name ?? { get: () => null } }, base, sort, asOf)
        : base,
    [hazards, text, base, sort, asOf],
  );

  const { scrollRef, probeRef, virtualizer } = useVirtualRows(order, rows, FALLBACK_ROW_PX);

  const onSort = (key: LedgerSortKey) => {
    const first = COLUMNS.find((c) => c.key === key)?.firstDir ?? 'asc';
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: first }));
    scrollRef.current?.scrollTo({ top: 0 });
  };
  /** The hazards as listed now, in the table's order, with the ledger's filters in words. */
  const makeFile = (): ExportDoc => {
    if (!dataset || !hazards || !text) throw new Error('no dataset');
    return {
      tables: [hazardTable({ hazards, text }, order, lang, asOf)],
      meta: exportMeta(EXPORT_HAZARD_TEXT.fileName, ledgerFilterWords(range)),
    };
  };

  const onRowKey = (e: KeyboardEvent<HTMLDivElement>, row: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openEnterprise(row);
    }
  };

  const h = hazards;
  const items = virtualizer.getVirtualItems();
  const dash = <span className="lg-none">—</span>;
  const label = nameIn(lang, LEDGER_TEXT.ledgerLabel);

  return (
    <section className="hazard-ledger" data-lang={lang} data-testid="hazard-ledger" aria-label={label}>
      <LedgerFilterColumn asOf={asOf} />
      <div className="lg-table">
        <div className="lg-probe" ref={probeRef} aria-hidden="true" />
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
        <div className="lg-scroll" ref={scrollRef}>
          <div
            className="lg-inner"
            role="table"
            aria-rowcount={order.length + 1}
            aria-label={label}
            style={{ height: virtualizer.getTotalSize() }}
          >
            <div className="lg-head lg-grid" role="row" aria-rowindex={1}>
              {COLUMNS.map((col) => {
                const name = nameIn(lang, LEDGER_COLUMNS[col.key]);
                if (!col.sortable)
                  return (
                    <div key={col.key} role="columnheader" className="lg-th lg-th-plain">
                      {name}
                    </div>
                  );
                const key = col.key as LedgerSortKey;
                const active = sort.key === key;
                return (
                  <div
                    key={key}
                    role="columnheader"
                    className={`lg-th${col.num ? ' num' : ''}${active ? ' active' : ''}`}
                    aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                    data-testid={`ledger-sort-${key}`}
                  >
                    <button type="button" onClick={() => onSort(key)} title={nameIn(lang, LEDGER_TEXT.sortBy)}>
                      <span className="lg-th-label">{name}</span>
                      <span className="lg-arrow" aria-hidden="true">
                        {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </div>
                );
              })}
            </div>
            {dataset &&
              h &&
              items.map((item) => {
                const k = order[item.index];
                const e = h.enterprise[k];
                const name = text ? (text.name.get(e) ?? '') : null;
                const major = h.level[k] === 1;
                const listed = h.listed[k] === 1;
                const od = daysOverdue(h, k, asOf);
                const source = HAZARD_SOURCES[h.source[k]];
                const status = HAZARD_STATUSES[h.status[k]];
                const description = h.description.get(k) ?? '';
                const cls = `lg-row lg-grid${item.index % 2 ? ' odd' : ''}${listed && major ? ' listed-major' : ''}${selected === e ? ' selected' : ''}`;
                return (
                  <div
                    key={item.key}
                    role="row"
                    aria-rowindex={item.index + 2}
                    tabIndex={0}
                    className={cls}
                    style={{ transform: `translateY(${item.start}px)` }}
                    data-testid="ledger-row"
                    data-hazard={k}
                    data-row={e}
                    title={nameIn(lang, LEDGER_TEXT.openHint)}
                    onClick={() => openEnterprise(e)}
                    onKeyDown={(ev) => onRowKey(ev, e)}
                  >
                    <div role="cell" className="lg-td lg-id">
                      {h.id.get(k) ?? ''}
                    </div>
                    <div role="cell" className="lg-td lg-name" title={name ?? undefined}>
                      {name === null ? <span className="lg-none">…</span> : name || dash}
                    </div>
                    <div role="cell" className={`lg-td lg-level${major ? ' major' : ''}`}>
                      {major && <span aria-hidden="true">◆ </span>}
                      {HAZARD_LEVELS[h.level[k]] ? shortName(lang, HAZARD_LEVELS[h.level[k]]) : dash}
                    </div>
                    <div role="cell" className={`lg-td lg-status s-${status?.key ?? 'unknown'}`}>
                      {status ? nameIn(lang, status) : dash}
                    </div>
                    <div role="cell" className="lg-td">
                      {source ? nameIn(lang, source) : dash}
                    </div>
                    <div role="cell" className="lg-td num">
                      {formatDay(h.found[k]) || dash}
                    </div>
                    <div role="cell" className="lg-td num">
                      {formatDay(h.deadline[k]) || dash}
                    </div>
                    <div
                      role="cell"
                      className={`lg-td num${od > 0 ? ' lg-overdue' : ''}`}
                      data-testid="ledger-days-overdue"
                    >
                      {od > 0 ? od : dash}
                    </div>
                    <div role="cell" className="lg-td">
                      {listed ? <span className="lg-tag-listed">{nameIn(lang, LEDGER_TEXT.listedTag)}</span> : null}
                    </div>
                    <div role="cell" className="lg-td lg-desc" title={description}>
                      {description || dash}
                    </div>
                  </div>
                );
              })}
          </div>
          {order.length === 0 && (
            <div className="lg-empty">
              {nameIn(lang, hazards && hazards.length > 0 ? LEDGER_TEXT.noRows : LEDGER_TEXT.noData)}
            </div>
          )}
        </div>
      </div>
      <div className="lg-trend">
        {hazards && <HazardTrendChart hazards={hazards} asOf={asOf} query={trendQuery} version={resultVersion} />}
      </div>
    </section>
  );
}

/** A row of toggle chips for one list filter. */
function CodeChips({
  dim,
  codes,
  testPrefix,
}: {
  dim: 'levels' | 'statuses' | 'sources';
  codes: readonly { code: number; key: string; label: string }[];
  testPrefix: string;
}) {
  const list = useLedgerStore((s) => s.filters[dim]);
  const toggleCode = useLedgerStore((s) => s.toggleCode);
  return (
    <div className="lg-chips">
      {codes.map((c) => (
        <button
          key={c.code}
          type="button"
          className={list.includes(c.code) ? 'on' : ''}
          aria-pressed={list.includes(c.code)}
          data-testid={`${testPrefix}-${c.key}`}
          onClick={() => toggleCode(dim, c.code)}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}

function Check({
  checked,
  onChange,
  label,
  testId,
  disabled,
}: {
  checked: boolean;
  onChange: (v: boolean) => void;
  label: string;
  testId: string;
  disabled?: boolean;
}) {
  return (
    <label className={`lg-check${disabled ? ' disabled' : ''}`}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

function LedgerFilterColumn({ asOf }: { asOf: number }) {
  const lang = useStore((s) => s.lang);
  const selected = useStore((s) => s.selected);
  const selectedName = useStore((s) => (s.selected !== null ? (s.text?.name.get(s.selected) ?? '') : ''));
  const f = useLedgerStore((s) => s.filters);
  const setFilters = useLedgerStore((s) => s.setFilters);
  const clearFilters = useLedgerStore((s) => s.clearFilters);
  const period = useLedgerStore((s) => s.period);
  const step = useLedgerStore((s) => s.step);

  const levels = HAZARD_LEVELS.map((l, code) => ({ code, key: l.key, label: shortName(lang, l) }));
  const statuses = HAZARD_STATUSES.map((s, code) => ({ code, key: s.key, label: nameIn(lang, s) }));
  const sources = [
    ...HAZARD_SOURCES.map((s, code) => ({ code, key: s.key, label: nameIn(lang, s) })),
    { code: SOURCE_NONE, key: 'none', label: nameIn(lang, LEDGER_TEXT.sourceNone) },
  ];
  const follow = f.followSlider;
  const shownFrom = follow ? (period ? period.start : periodStartOf(asOf, step)) : f.from;
  const shownTo = follow ? (period ? period.end : asOf) : f.to;
  const dateValue = (d: number | null) => (d === null ? '' : formatDay(d));
  const readDate = (v: string) => (v === '' ? null : (parseDay(v) ?? null));

  return (
    <div className="lg-filters" role="group" aria-label={nameIn(lang, LEDGER_TEXT.filters)}>
      <div className="lg-fgroup">
        <div className="lg-flabel">{nameIn(lang, LEDGER_TEXT.level)}</div>
        <CodeChips dim="levels" codes={levels} testPrefix="ledger-filter-level" />
      </div>
      <div className="lg-fgroup">
        <div className="lg-flabel">{nameIn(lang, LEDGER_TEXT.status)}</div>
        <CodeChips dim="statuses" codes={statuses} testPrefix="ledger-filter-status" />
      </div>
      <div className="lg-fgroup">
        <div className="lg-flabel">{nameIn(lang, LEDGER_TEXT.source)}</div>
        <CodeChips dim="sources" codes={sources} testPrefix="ledger-filter-source" />
      </div>
      <div className="lg-fgroup">
        <Check
          checked={f.overdueOnly}
          onChange={(v) => setFilters({ overdueOnly: v })}
          label={nameIn(lang, LEDGER_TEXT.overdueOnly)}
          testId="ledger-filter-overdue"
        />
        <Check
          checked={f.listedOnly}
          onChange={(v) => setFilters({ listedOnly: v })}
          label={nameIn(lang, LEDGER_TEXT.listedOnly)}
          testId="ledger-filter-listed"
        />
        <Check
          checked={f.inMapFilter}
          onChange={(v) => setFilters({ inMapFilter: v })}
          label={nameIn(lang, LEDGER_TEXT.inMapFilter)}
          testId="ledger-filter-map"
        />
        <Check
          checked={f.onlySelected && selected !== null}
          disabled={selected === null}
          onChange={(v) => setFilters({ onlySelected: v })}
          testId="ledger-filter-enterprise"
          label={`${nameIn(lang, LEDGER_TEXT.onlySelected)}${selected !== null ? `${tr(lang, PUNCT.colon)}${selectedName}` : nameIn(lang, LEDGER_TEXT.onlySelectedNone)}`}
        />
      </div>
      <div className="lg-fgroup">
        <div className="lg-flabel">{nameIn(lang, LEDGER_TEXT.foundRange)}</div>
        <label className="lg-date">
          <span>{nameIn(lang, LEDGER_TEXT.from)}</span>
          <input
            type="date"
            value={dateValue(shownFrom)}
            disabled={follow}
            data-testid="ledger-filter-from"
            onChange={(e) => setFilters({ from: readDate(e.currentTarget.value) })}
          />
        </label>
        <label className="lg-date">
          <span>{nameIn(lang, LEDGER_TEXT.to)}</span>
          <input
            type="date"
            value={dateValue(shownTo)}
            disabled={follow}
            data-testid="ledger-filter-to"
            onChange={(e) => setFilters({ to: readDate(e.currentTarget.value) })}
          />
        </label>
        <Check
          checked={follow}
          onChange={(v) => setFilters({ followSlider: v })}
          label={nameIn(lang, LEDGER_TEXT.followSlider)}
          testId="ledger-filter-follow"
        />
      </div>
      <button type="button" className="lg-clear" data-testid="ledger-filter-clear" onClick={clearFilters}>
        {nameIn(lang, LEDGER_TEXT.clear)}
      </button>
    </div>
  );
}
