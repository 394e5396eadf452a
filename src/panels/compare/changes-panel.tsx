/**
 * The dock's 变化 tab: what changed since the compared earlier data date. The level moves of the
 * whole district (then × now), and the movers of the selection (up first, then new, then down) with
 * from → to, the score's change, the main reason, town and grid cell; below, the enterprises gone
 * since. A row opens the enterprise (the drawer says why it moved). Without a comparison, the tab says
 * how to open one and offers the district's other data dates.
 */
import { useMemo } from 'react';
import { mainReason, moverRows, rowChange } from '../../data/compare/index.ts';
import {
  CHANGE_BITS,
  CHANGE_KINDS,
  KIND_DOWN,
  KIND_NEW,
  KIND_UP,
  kindOfCode,
} from '../../domain/compare/change-codes.ts';
import { LEVELS } from '../../domain/levels.ts';
import { formatNum, tr, type Text } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';
import { COLUMN_HEADERS } from '../../data/common/columns/column-strings.ts';
import { useStore } from '../../state/store.ts';
import { openEnterprise } from '../common/open-enterprise.ts';
import { EnterpriseName } from '../enterprise-name.tsx';
import { LevelBadge } from '../level-badge.tsx';
import { useVirtualRows } from '../use-virtual-rows.ts';
import { OtherDataDates } from './other-data-dates.tsx';
import { COMPARE_TEXT } from './strings.ts';
import './compare.css';

const KIND_NAME: Record<number, Text> = {
  [KIND_NEW]: CHANGE_BITS[0],
  [KIND_UP]: CHANGE_BITS[1],
  [KIND_DOWN]: CHANGE_BITS[2],
};
const FALLBACK_ROW_PX = 30;
const HEADERS: readonly Text[] = [
  COLUMN_HEADERS.enterpriseName,
  COMPARE_TEXT.kindCol,
  COMPARE_TEXT.levelCol,
  COMPARE_TEXT.scoreCol,
  COMPARE_TEXT.reasonCol,
  WORDS.town,
  WORDS.grid,
];

export function ChangesPanel() {
  const lang = useStore((s) => s.lang);
  const cmp = useStore((s) => s.comparison);
  const t = (e: Text, ...args: (string | number)[]) => tr(lang, e, ...args);
  if (!cmp)
    return (
      <div className="changes-panel changes-empty" data-testid="changes-panel">
        <p>{t(COMPARE_TEXT.noComparison)}</p>
        <OtherDataDates />
      </div>
    );
  return (
    <div className="changes-panel" data-testid="changes-panel">
      <Transitions />
      <MoverList />
    </div>
  );
}

/** Enterprises by level then (rows) and now (columns): the diagonal stayed, above it moved up. */
function Transitions() {
  const lang = useStore((s) => s.lang);
  const cmp = useStore((s) => s.comparison)!;
  const tt = cmp.diff.transitions;
  return (
    <div className="changes-side">
      <table className="changes-transitions" data-testid="changes-transitions">
        <caption>{tr(lang, COMPARE_TEXT.transitions)}</caption>
        <thead>
          <tr>
            <th />
            {LEVELS.map((_, k) => (
              <th key={k} scope="col">
                <LevelBadge level={k} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LEVELS.map((_, then) => (
            <tr key={then}>
              <th scope="row">
                <LevelBadge level={then} />
              </th>
              {LEVELS.map((_, now) => {
                const n = tt[then * 4 + now];
                const cls = now < then ? 'moved-up' : now > then ? 'moved-down' : 'stayed';
                return (
                  <td key={now} className={n ? cls : 'zero'} data-testid={`transition-${then}-${now}`}>
                    {formatNum(lang, n)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MoverList() {
  const lang = useStore((s) => s.lang);
  const cmp = useStore((s) => s.comparison)!;
  const d = useStore((s) => s.dataset)!;
  const result = useStore((s) => s.result);
  const resultVersion = useStore((s) => s.resultVersion);
  const model = useStore((s) => s.model);
  const selected = useStore((s) => s.selected);
  const c = d.enterprises;
  const order = useMemo(() => {
    void resultVersion;
    return moverRows(cmp.diff.changeState, result?.mask ?? null, c.level, c.score);
  }, [cmp, result, resultVersion, c]);
  const { scrollRef, probeRef, virtualizer } = useVirtualRows(order, order, FALLBACK_ROW_PX);
  const m = d.manifest;
  const e = cmp.earlier.enterprises;
  const dash = <span className="ch-none">—</span>;
  const items = virtualizer.getVirtualItems();
  return (
    <div className="changes-list" data-testid="changes-list" data-count={order.length}>
      <div className="ch-probe" ref={probeRef} aria-hidden="true" />
      <div className="changes-toolbar">
        <strong>{tr(lang, COMPARE_TEXT.moversOf, formatNum(lang, order.length))}</strong>
      </div>
      <div className="ch-scroll" ref={scrollRef}>
        <div className="ch-inner" role="table" style={{ height: virtualizer.getTotalSize() }}>
          <div className="ch-head ch-grid" role="row">
            {HEADERS.map((h, k) => (
              <div key={k} role="columnheader" className="ch-th">
                {tr(lang, h)}
              </div>
            ))}
          </div>
          {items.map((item) => {
            const i = order[item.index];
            const kind = kindOfCode(cmp.diff.changeState[i]);
            const p = cmp.diff.prevRow[i];
            const reason = p >= 0 ? mainReason(rowChange(c, e, i, p, model), lang) : null;
            const town = c.town[i],
              grid = c.grid[i];
            const delta = p >= 0 ? c.score[i] - e.score[p] : NaN;
            return (
              <div
                key={item.key}
                role="row"
                tabIndex={0}
                className={`ch-row ch-grid${item.index % 2 ? ' odd' : ''}${selected === i ? ' selected' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
                data-testid="changes-row"
                data-row={i}
                data-kind={CHANGE_KINDS[kind]}
                onClick={() => openEnterprise(i)}
                onKeyDown={(ev) => {
                  if (ev.key === 'Enter') openEnterprise(i);
                }}
              >
                <div role="cell" className="ch-td ch-name">
                  <EnterpriseName row={i} />
                </div>
                <div role="cell" className={`ch-td changes-kind kind-${CHANGE_KINDS[kind]}`}>
                  {tr(lang, KIND_NAME[kind])}
                </div>
                <div role="cell" className="ch-td">
                  {p >= 0 ? <LevelBadge level={e.level[p]} /> : dash} → <LevelBadge level={c.level[i]} />
                </div>
                <div role="cell" className="ch-td num">
                  {delta === delta ? `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${Math.abs(delta).toFixed(1)}` : dash}
                </div>
                <div role="cell" className="ch-td changes-reason" title={reason ?? undefined}>
                  {reason ?? dash}
                </div>
                <div role="cell" className="ch-td">
                  {town >= 0 && town < m.towns.length ? m.towns[town].name : dash}
                </div>
                <div role="cell" className="ch-td">
                  {grid >= 0 && grid < m.grids.length ? m.grids[grid].name : dash}
                </div>
              </div>
            );
          })}
        </div>
      </div>
      <GoneList />
    </div>
  );
}

/** The enterprises of the earlier data date with no match now, by their earlier level. */
function GoneList() {
  const lang = useStore((s) => s.lang);
  const cmp = useStore((s) => s.comparison)!;
  const e = cmp.earlier;
  const rows = useMemo(
    () => Array.from(cmp.diff.gone).sort((a, b) => e.enterprises.level[a] - e.enterprises.level[b] || a - b),
    [cmp, e],
  );
  if (rows.length === 0) return null;
  const towns = e.manifest.towns;
  return (
    <details className="changes-gone" data-testid="changes-gone">
      <summary>
        {tr(lang, COMPARE_TEXT.goneList)} {formatNum(lang, rows.length)}
      </summary>
      <ul>
        {rows.map((p) => {
          const town = e.enterprises.town[p];
          return (
            <li key={p} data-testid="changes-gone-row">
              <LevelBadge level={e.enterprises.level[p]} /> {e.text.name.get(p) ?? ''}
              <span className="muted"> · {town >= 0 && town < towns.length ? towns[town].name : ''}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
