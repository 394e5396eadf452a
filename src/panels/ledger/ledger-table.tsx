/**
 * The hazard ledger's table: a sortable, virtualised list of the given hazards (only the rows in view
 * rendered), with the toolbar above it. Days overdue count against the data date. Listed major hazards
 * (挂牌督办的重大事故隐患) have a tinted row and a dark red bar. The enterprise's town, grid cell and
 * grid worker come from the manifest (data/ledger/enterprise-areas.ts), the closure date is the
 * ledger's own. A row click opens its enterprise (drawer + map).
 */
import type { KeyboardEvent, ReactNode } from 'react';
import {
  HAZARD_LEVELS,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  type CoreDataset,
  type HazardColumns,
} from '../../data/dataset.ts';
import type { EnterpriseText } from '../../data/dataset.ts';
import { formatDay } from '../../data/dates.ts';
import { daysOverdue } from '../../data/ledger/hazard-ledger.ts';
import { enterpriseAreaNames } from '../../data/ledger/enterprise-areas.ts';
import type { LedgerSort, LedgerSortKey, SortDir } from '../../data/ledger/sort-hazards.ts';
import { nameIn } from '../../i18n/strings.ts';
import { shortName } from '../../domain/text.ts';
import type { Lang } from '../../domain/lang.ts';
import { openEnterprise } from '../common/open-enterprise.ts';
import { useVirtualRows } from '../use-virtual-rows.ts';
import { LEDGER_COLUMNS, LEDGER_TEXT } from './strings.ts';

type ColumnKey = LedgerSortKey | 'description' | 'town' | 'grid' | 'gridWorker';
interface ColumnDef {
  key: ColumnKey;
  firstDir: SortDir;
  num: boolean;
  sortable: boolean;
}
const COLUMNS: readonly ColumnDef[] = [
  { key: 'id', firstDir: 'asc', num: false, sortable: true },
  { key: 'enterprise', firstDir: 'asc', num: false, sortable: true },
  { key: 'town', firstDir: 'asc', num: false, sortable: false },
  { key: 'grid', firstDir: 'asc', num: false, sortable: false },
  { key: 'gridWorker', firstDir: 'asc', num: false, sortable: false },
  { key: 'level', firstDir: 'desc', num: false, sortable: true },
  { key: 'status', firstDir: 'asc', num: false, sortable: true },
  { key: 'source', firstDir: 'asc', num: false, sortable: true },
  { key: 'found', firstDir: 'desc', num: true, sortable: true },
  { key: 'deadline', firstDir: 'asc', num: true, sortable: true },
  { key: 'closed', firstDir: 'desc', num: true, sortable: true },
  { key: 'overdue', firstDir: 'desc', num: true, sortable: true },
  { key: 'listed', firstDir: 'desc', num: false, sortable: true },
  { key: 'description', firstDir: 'asc', num: false, sortable: false },
];

export const DEFAULT_SORT: LedgerSort = { key: 'overdue', dir: 'desc' };
const FALLBACK_ROW_PX = 32;

/** The sort a header click gives: the other direction on the same column, else the column's first. */
function nextSort(s: LedgerSort, key: LedgerSortKey): LedgerSort {
  const first = COLUMNS.find((c) => c.key === key)?.firstDir ?? 'asc';
  return s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: first };
}

export function LedgerTable({
  lang,
  dataset,
  hazards,
  text,
  order,
  resetOn,
  asOf,
  selected,
  sort,
  onSort,
  toolbar,
}: {
  lang: Lang;
  dataset: CoreDataset | null;
  hazards: HazardColumns | null;
  text: EnterpriseText | null;
  /** The hazards to list, in order. */
  order: Uint32Array;
  /** A new value (a new query result) scrolls back to the top. */
  resetOn: unknown;
  asOf: number;
  selected: number | null;
  sort: LedgerSort;
  onSort: (sort: LedgerSort) => void;
  toolbar: ReactNode;
}) {
  const { scrollRef, probeRef, virtualizer } = useVirtualRows(order, resetOn, FALLBACK_ROW_PX);
  const clickSort = (key: LedgerSortKey) => {
    onSort(nextSort(sort, key));
    scrollRef.current?.scrollTo({ top: 0 });
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
    <div className="lg-table">
      <div className="lg-probe" ref={probeRef} aria-hidden="true" />
      {toolbar}
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
                  <div
                    key={col.key}
                    role="columnheader"
                    className="lg-th lg-th-plain"
                    data-testid={`ledger-col-${col.key}`}
                  >
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
                  <button type="button" onClick={() => clickSort(key)} title={nameIn(lang, LEDGER_TEXT.sortBy)}>
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
              const where = enterpriseAreaNames(dataset, e);
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
                  <div role="cell" className="lg-td lg-area" title={where.town} data-testid="ledger-town">
                    {where.town || dash}
                  </div>
                  <div role="cell" className="lg-td lg-area" title={where.grid} data-testid="ledger-grid">
                    {where.grid || dash}
                  </div>
                  <div role="cell" className="lg-td lg-area" data-testid="ledger-grid-worker">
                    {where.gridWorker || dash}
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
                  <div role="cell" className="lg-td num" data-testid="ledger-closed" data-day={formatDay(h.closed[k])}>
                    {formatDay(h.closed[k]) || dash}
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
  );
}
