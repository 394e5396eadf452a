/**
 * The area ranking (区域排名): the top towns, grid cells or parks by one area metric over the current
 * filter selection, numbered, with the value and a small bar; a click opens the area panel. Areas with
 * no selected enterprise are left out (their value is "no data"). Kind and metric are local state unless
 * the parent controls them (props), e.g. to keep the map's rank labels on the same ranking.
 * While a comparison is open, each row also shows its move since the earlier data date ("↑2", "↓1",
 * "—", "新") and the value then → now, and the list can be ordered by the move (src/data/area/area-change.ts).
 * Fills its parent's height and scrolls inside.
 */
import { useMemo, useState } from 'react';
import * as d3 from 'd3';
import { AREA_METRICS, type AreaKind, type AreaMetricKey } from '../../data/area/area-metrics.ts';
import { nameIn } from '../../i18n/strings.ts';
import { tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { areaList, metricDef, rankedAreas, withUnit } from '../../data/area/area-data.ts';
import { rankChanges, rankMove, rankMoveLabel, sortByRankChange } from '../../data/area/area-change.ts';
import { metricUnit } from './area-labels.ts';
import { AREA_KINDS, AREA_TEXT, KIND_LABEL } from './strings.ts';
import { ExportButtons } from '../common/export-buttons.tsx';
import { gridWorkersFile, rankingFile } from './area-exports.ts';
import {
  DEFAULT_GRID_WORKER_SORT,
  GridWorkerRanking,
  useGridWorkerRows,
  type GridWorkerSort,
} from './grid-worker-ranking.tsx';
import './area.css';

export interface AreaRankingProps {
  /** Controlled kind; uncontrolled (starting at `defaultKind`) when omitted. */
  kind?: AreaKind;
  onKindChange?: (kind: AreaKind) => void;
  /** Controlled metric; uncontrolled (starting at the choropleth metric) when omitted. */
  metric?: AreaMetricKey;
  onMetricChange?: (metric: AreaMetricKey) => void;
  defaultKind?: AreaKind;
  /** How many areas (default 10). */
  top?: number;
}

export function AreaRanking({
  kind: kindProp,
  onKindChange,
  metric: metricProp,
  onMetricChange,
  defaultKind = 'grid',
  top = 10,
}: AreaRankingProps) {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const metrics = useStore((s) => s.areaMetrics);
  const current = useStore((s) => s.area);
  const openArea = useStore((s) => s.openArea);
  const [kindState, setKindState] = useState<AreaKind>(defaultKind);
  // The fourth choice, beside the area kinds: the ranking by grid worker.
  const [byWorker, setByWorker] = useState(false);
  const [workerSort, setWorkerSort] = useState<GridWorkerSort>(DEFAULT_GRID_WORKER_SORT);
  const workerRows = useGridWorkerRows(byWorker, workerSort);
  // Starts on the metric the map's choropleths show (their settings, under the id 'choro': src/map/choropleth/).
  const [metricState, setMetricState] = useState<AreaMetricKey>(() => {
    const shown = (useStore.getState().layerSettings.choro as { metric?: string } | undefined)?.metric;
    // A change between two data dates is not a ranking metric: its own metric ranks (the risk index).
    return AREA_METRICS.find((d) => d.key === shown)?.key ?? 'riskIndex';
  });
  const kind = kindProp ?? kindState;
  const metric = metricProp ?? metricState;
  const setKind = (k: AreaKind) => {
    setByWorker(false);
    setKindState(k);
    onKindChange?.(k);
  };
  const setMetric = (k: AreaMetricKey) => {
    setMetricState(k);
    onMetricChange?.(k);
  };

  const m = metrics?.[kind] ?? null;
  // While comparing: the earlier snapshot's metrics under the same filters (null when a filter does not apply to it).
  const comparison = useStore((s) => s.comparison);
  const earlier = useStore((s) => s.earlierAreaMetrics);
  const then = comparison ? (earlier?.[kind] ?? null) : null;
  const [order, setOrder] = useState<'rank' | 'rise' | 'fall'>('rank');
  const changes = useMemo(() => (m && then ? rankChanges(m, then, metric) : null), [m, then, metric]);
  const ranked = useMemo(() => {
    if (!m) return [];
    if (!changes || order === 'rank') return rankedAreas(m, metric, top);
    return sortByRankChange(rankedAreas(m, metric, Infinity), changes, order).slice(0, top);
  }, [m, metric, top, changes, order]);
  const def = metricDef(metric);
  const unit = metricUnit(metric, lang);
  const values = m ? ranked.map((a) => m[metric][a]) : [];
  const max = d3.max(values) ?? 0;
  const x = d3
    .scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, 100])
    .clamp(true);
  const list = dataset ? areaList(dataset.manifest, kind) : [];
  const towns = dataset?.manifest.towns ?? [];
  const townOf = (a: number): string => {
    if (!dataset || kind === 'town') return '';
    const t = kind === 'grid' ? dataset.manifest.grids[a]?.town : dataset.manifest.parks[a]?.town;
    return t !== undefined && t >= 0 && t < towns.length ? towns[t].name : '';
  };
  const topLabel = tr(lang, AREA_TEXT.rankingTop, top);

  return (
    <section className="area-ranking" data-testid="area-ranking" aria-label={nameIn(lang, AREA_TEXT.ranking)}>
      <div className="ar-controls">
        <div className="ar-kinds" role="group" aria-label={nameIn(lang, AREA_TEXT.rankingKind)}>
          {AREA_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={!byWorker && kind === k}
              className={!byWorker && kind === k ? 'on' : ''}
              onClick={() => setKind(k)}
              data-testid={`ranking-kind-${k}`}
            >
              {nameIn(lang, KIND_LABEL[k])}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={byWorker}
            className={byWorker ? 'on' : ''}
            onClick={() => setByWorker(true)}
            data-testid="ranking-kind-grid-worker"
          >
            {nameIn(lang, AREA_TEXT.kindGridWorker)}
          </button>
        </div>
        {!byWorker && (
          <label className="ar-metric">
            <span className="muted">{nameIn(lang, AREA_TEXT.rankingMetric)}</span>
            <select
              value={metric}
              onChange={(e) => setMetric(e.target.value as AreaMetricKey)}
              data-testid="ranking-metric"
            >
              {AREA_METRICS.map((d) => (
                <option key={d.key} value={d.key}>
                  {nameIn(lang, d)}
                </option>
              ))}
            </select>
          </label>
        )}
        {!byWorker && comparison && (
          <label className="ar-metric">
            <span className="muted">{nameIn(lang, AREA_TEXT.rankOrder)}</span>
            <select
              value={order}
              onChange={(e) => setOrder(e.target.value as typeof order)}
              disabled={!changes}
              data-testid="ranking-order"
            >
              <option value="rank">{nameIn(lang, AREA_TEXT.rankOrderRank)}</option>
              <option value="rise">{nameIn(lang, AREA_TEXT.rankOrderRise)}</option>
              <option value="fall">{nameIn(lang, AREA_TEXT.rankOrderFall)}</option>
            </select>
          </label>
        )}
        {!byWorker && comparison && (
          <span className="ar-top muted" data-testid="ranking-since">
            {changes
              ? tr(lang, AREA_TEXT.rankSince, comparison.earlier.manifest.asOf)
              : tr(lang, AREA_TEXT.rankNoEarlier)}
          </span>
        )}
        {!byWorker && (
          <span className="ar-top muted">
            {topLabel}
            {unit.startsWith('(') ? ` · ${nameIn(lang, def)} ${unit}` : ''}
          </span>
        )}
        <ExportButtons
          lang={lang}
          formats={['xlsx']}
          disabled={!dataset || !m || (byWorker ? workerRows.length === 0 : ranked.length === 0)}
          testIdPrefix="ranking-export"
          titles={
            byWorker
              ? { csv: AREA_TEXT.exportGridWorkersTitle, xlsx: AREA_TEXT.exportGridWorkersTitle }
              : { csv: AREA_TEXT.exportRankingTitle, xlsx: AREA_TEXT.exportRankingTitle }
          }
          make={() => {
            if (!dataset || !m) throw new Error('no dataset');
            return byWorker
              ? gridWorkersFile(dataset, workerRows, lang)
              : rankingFile(dataset, m, kind, metric, lang, changes ? then : null);
          }}
        />
      </div>
      {byWorker ? (
        <GridWorkerRanking rows={workerRows} sort={workerSort} onSort={setWorkerSort} />
      ) : !m || ranked.length === 0 ? (
        <div className="ar-empty">{nameIn(lang, AREA_TEXT.noData)}</div>
      ) : (
        <ol
          className={`ar-items${changes ? ' comparing' : ''}`}
          aria-label={`${nameIn(lang, AREA_TEXT.ranking)}: ${nameIn(lang, def)}`}
        >
          {ranked.map((a, k) => {
            const v = m[metric][a];
            const isCur = current?.kind === kind && current.index === a;
            const name = list[a]?.name || list[a]?.code || `#${a + 1}`;
            const sub = townOf(a);
            const now = withUnit(v, def.format, unit);
            // The rank now is the list's number (ordered by the move, the rows keep their ranks).
            const rank = changes ? changes.now[a] : k + 1;
            const move = changes ? rankMove(changes, a) : null;
            const valueThen = then && then.enterprises[a] > 0 ? then[metric][a] : NaN;
            const text = changes ? tr(lang, AREA_TEXT.valueThenNow, withUnit(valueThen, def.format, unit), now) : now;
            return (
              <li key={a} className={isCur ? 'current' : ''}>
                <button
                  type="button"
                  onClick={() => openArea({ kind, index: a })}
                  title={nameIn(lang, AREA_TEXT.rankingHint)}
                  aria-current={isCur || undefined}
                  data-testid="ranking-row"
                  data-kind={kind}
                  data-index={a}
                  data-value={String(v)}
                  data-rank={rank}
                  {...(changes && {
                    'data-rank-then': changes.then[a],
                    'data-move':
                      move!.kind === 'up' || move!.kind === 'down' ? `${move!.kind}:${move!.places}` : move!.kind,
                    'data-value-then': String(valueThen),
                  })}
                >
                  <span className="ar-rank">{rank}</span>
                  {move && (
                    <span
                      className={`ar-move ${move.kind}`}
                      data-testid="ranking-move"
                      title={
                        move.kind === 'new'
                          ? tr(lang, AREA_TEXT.rankNewTitle, rank)
                          : tr(lang, AREA_TEXT.rankMoveTitle, changes!.then[a], rank)
                      }
                    >
                      {rankMoveLabel(move, lang)}
                    </span>
                  )}
                  <span className="ar-main">
                    <span className="ar-name">{name}</span>
                    {sub && <span className="ar-sub">{sub}</span>}
                  </span>
                  <svg className="ar-bar" aria-hidden="true" focusable="false">
                    <rect
                      x="0"
                      y="20%"
                      height="60%"
                      width={`${Number.isFinite(v) && v > 0 ? Math.max(1, x(v)) : 0}%`}
                    />
                  </svg>
                  <span className="ar-value">{text}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
