/**
 * The enterprise list (企业清单): every filtered enterprise in a sortable, virtualised table.
 *
 * Built for 100,000+ rows: the row list is a Uint32Array made from the filter mask once per filter
 * result, sorted with typed-array sorts (see sort-rows.ts), and only the rows in view (plus a few) are
 * rendered; their text (names) is decoded as they scroll in. Rows have a fixed height in rem: a hidden
 * probe element tells the virtualiser its pixel height, so presentation mode (a larger root font size)
 * keeps the rows aligned. Fills its parent's height; the header row stays in view while scrolling.
 */
import { DetailsPending } from '../../ui/details-pending.tsx';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { enterpriseTable } from '../../data/export-csv.ts';
import { EXPORT_CSV_TEXT } from '../../data/export-strings.ts';
import { SECTORS } from '../../domain/sectors.ts';
import { nameIn } from '../../i18n/strings.ts';
import { tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { LevelBadge } from '../level-badge.tsx';
import { ExportButtons, type ExportDoc } from '../common/export-buttons.tsx';
import { exportMeta, mapFilterWords } from '../common/export-context.ts';
import { openEnterprise } from '../common/open-enterprise.ts';
import {
  EMPTY_ROWS,
  rowsOfMask,
  sortByScore,
  sortRows,
  type SortDir,
  type SortKey,
  type SortSpec,
} from '../../data/sort-rows.ts';
import { COLUMN_NAMES, countLabel, TABLE_TEXT } from './strings.ts';
import './table.css';
import { useVirtualRows } from '../use-virtual-rows.ts';

/** `firstDir`: the direction of a first click (risk-like columns start with the highest); `num`: right-aligned. */
interface ColumnDef {
  key: SortKey;
  firstDir: SortDir;
  num: boolean;
}
const COLUMNS: readonly ColumnDef[] = [
  { key: 'name', firstDir: 'asc', num: false },
  { key: 'level', firstDir: 'desc', num: false },
  { key: 'score', firstDir: 'desc', num: true },
  { key: 'sector', firstDir: 'asc', num: false },
  { key: 'town', firstDir: 'asc', num: false },
  { key: 'grid', firstDir: 'asc', num: false },
  { key: 'park', firstDir: 'asc', num: false },
  { key: 'open', firstDir: 'desc', num: true },
  { key: 'overdue', firstDir: 'desc', num: true },
];

const DEFAULT_SORT: SortSpec = { key: 'score', dir: 'desc' };
/** Pixel height of a row until the probe is measured (2.25rem at 16px). */
const FALLBACK_ROW_PX = 36;

export function EnterpriseTable() {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  // Names stream in after the first picture: until then the list shows its rows by score, without names.
  const text = useStore((s) => s.text);
  const result = useStore((s) => s.result);
  const resultVersion = useStore((s) => s.resultVersion);
  const selected = useStore((s) => s.selected);
  const [sort, setSort] = useState<SortSpec>(DEFAULT_SORT);

  // Keyed on the result version: it counts the recomputes (each gives a new result).
  const rows = useMemo(() => {
    void resultVersion;
    if (!dataset || !result || result.mask.length !== dataset.enterprises.length) return EMPTY_ROWS;
    return rowsOfMask(result.mask);
  }, [dataset, result, resultVersion]);
  const byScore = useMemo(
    () => (dataset ? sortByScore(dataset.enterprises.score, rows, 'desc') : rows),
    [dataset, rows],
  );
  const order = useMemo(() => {
    if (!dataset || (!text && sort.key === 'name')) return byScore;
    return sortRows({ ...dataset, text: text ?? { name: { get: () => null } } }, byScore, sort);
  }, [dataset, text, byScore, sort]);

  // A new filter result starts at the top of the list.
  const { scrollRef, probeRef, virtualizer } = useVirtualRows(order, rows, FALLBACK_ROW_PX);

  // A selection made elsewhere (map, top list) scrolls its row into view when it is in the list.
  const orderRef = useRef(order);
  useEffect(() => {
    orderRef.current = order;
  }, [order]);
  useEffect(() => {
    if (selected === null) return;
    const k = orderRef.current.indexOf(selected);
    if (k >= 0) virtualizer.scrollToIndex(k, { align: 'auto' });
  }, [selected, virtualizer]);

  const onSort = (key: SortKey) => {
    const first = COLUMNS.find((c) => c.key === key)?.firstDir ?? 'asc';
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: first }));
    scrollRef.current?.scrollTo({ top: 0 });
  };

  /** The list of the rows as shown now, in the table's order, with the map's filters in words. */
  const makeFile = (): ExportDoc => {
    if (!dataset || !text) throw new Error('no dataset');
    const { model, whatIf } = useStore.getState();
    const what = tr(lang, EXPORT_CSV_TEXT.fileName);
    // A list exported under a what-if model says so in its name.
    const named = whatIf ? `${what}-${tr(lang, TABLE_TEXT.whatIfFileMark)}` : what;
    return {
      tables: [enterpriseTable({ ...dataset, text }, order, lang, model)],
      meta: exportMeta(named, mapFilterWords()),
    };
  };

  const onRowKey = (e: KeyboardEvent<HTMLDivElement>, row: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openEnterprise(row);
    }
  };

  const c = dataset?.enterprises;
  const m = dataset?.manifest;
  const items = virtualizer.getVirtualItems();
  const dash = <span className="et-none">—</span>;

  return (
    <section
      className="enterprise-table"
      data-lang={lang}
      data-testid="enterprise-table"
      aria-label={nameIn(lang, TABLE_TEXT.tableLabel)}
    >
      <div className="et-probe" ref={probeRef} aria-hidden="true" />
      <div className="et-toolbar">
        <span className="et-count" data-testid="table-count">
          {countLabel(lang, order.length)}
        </span>
        {!text && <DetailsPending what="names" inline />}
        <ExportButtons
          lang={lang}
          disabled={!dataset || !text || order.length === 0}
          testIdPrefix="export"
          titles={{ csv: TABLE_TEXT.exportTitle, xlsx: TABLE_TEXT.exportXlsxTitle }}
          make={makeFile}
        />
      </div>
      <div className="et-scroll" ref={scrollRef}>
        <div
          className="et-inner"
          role="table"
          aria-rowcount={order.length + 1}
          aria-label={nameIn(lang, TABLE_TEXT.tableLabel)}
          style={{ height: virtualizer.getTotalSize() }}
        >
          <div className="et-head et-grid" role="row" aria-rowindex={1}>
            {COLUMNS.map((col) => {
              const active = sort.key === col.key;
              return (
                <div
                  key={col.key}
                  role="columnheader"
                  className={`et-th${col.num ? ' num' : ''}${active ? ' active' : ''}`}
                  aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                  data-testid={`table-sort-${col.key}`}
                >
                  <button type="button" onClick={() => onSort(col.key)} title={nameIn(lang, TABLE_TEXT.sortBy)}>
                    <span className="et-th-label">{nameIn(lang, COLUMN_NAMES[col.key])}</span>
                    <span className="et-arrow" aria-hidden="true">
                      {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
          {c &&
            m &&
            items.map((item) => {
              const i = order[item.index];
              const name = text ? (text.name.get(i) ?? '') : null;
              const score = c.score[i];
              const sector = SECTORS[c.sector[i]];
              const town = c.town[i],
                grid = c.grid[i],
                park = c.park[i];
              const open = c.hazardsOpen[i],
                overdue = c.hazardsOverdue[i];
              const isSel = selected === i;
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-current={isSel || undefined}
                  tabIndex={0}
                  className={`et-row et-grid${item.index % 2 ? ' odd' : ''}${isSel ? ' selected' : ''}`}
                  style={{ transform: `translateY(${item.start}px)` }}
                  data-testid="table-row"
                  data-row={i}
                  onClick={() => openEnterprise(i)}
                  onKeyDown={(e) => onRowKey(e, i)}
                >
                  <div role="cell" className="et-td et-name" title={name ?? undefined}>
                    {name === null ? <span className="et-none">…</span> : name || dash}
                  </div>
                  <div role="cell" className="et-td">
                    <LevelBadge level={c.level[i]} />
                  </div>
                  <div role="cell" className="et-td num et-score">
                    {Number.isFinite(score) ? score.toFixed(1) : dash}
                  </div>
                  <div role="cell" className="et-td">
                    {sector ? nameIn(lang, sector) : dash}
                  </div>
                  <div role="cell" className="et-td">
                    {town >= 0 && town < m.towns.length ? m.towns[town].name : dash}
                  </div>
                  <div role="cell" className="et-td">
                    {grid >= 0 && grid < m.grids.length ? m.grids[grid].name : dash}
                  </div>
                  <div role="cell" className="et-td">
                    {park >= 0 && park < m.parks.length ? m.parks[park].name : dash}
                  </div>
                  <div role="cell" className={`et-td num${open > 0 ? ' et-has' : ''}`}>
                    {open}
                  </div>
                  <div role="cell" className={`et-td num${overdue > 0 ? ' et-warn' : ''}`}>
                    {overdue}
                  </div>
                </div>
              );
            })}
        </div>
        {order.length === 0 && (
          <div className="et-empty">{nameIn(lang, dataset ? TABLE_TEXT.noRows : TABLE_TEXT.noData)}</div>
        )}
      </div>
    </section>
  );
}
