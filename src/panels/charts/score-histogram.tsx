/**
 * The score distribution: result.counts.scoreHist (SCORE_BINS bins of SCORE_BIN_WIDTH over 0..100,
 * counted under crossfilter's rule, so the whole distribution stays visible while a range is set) as
 * SVG bars drawn by React, with a d3-brush (x only) on a ref'd <g> to pick a score range. On brush end
 * the extent snaps to bin edges and becomes `setFilters({ scoreRange: [lo, hi] })`, lo inclusive and
 * hi = upper edge - 0.001 (see score-range.ts); a click without dragging, or "clear", sets it to null.
 * The brush follows filters.scoreRange when it changes elsewhere (a link, a chip, clear all).
 * Each bar is stacked by the levels the map shows (重大 at the bottom), so a 重大 filter gives red
 * bars even where an assessed level or a veto puts a low score in 重大; with the default risk model
 * its thresholds are marked with the level symbols, and the chart says how many enterprises sit
 * outside their score's band. Bins outside a chosen range are drawn faded and unstacked.
 */
import { dimensionOf } from '../../data/filter-dimensions.ts';
import { useEffect, useMemo, useRef, useState } from 'react';
import * as d3 from 'd3';
import { SCORE_BIN_WIDTH } from '../../data/filter-engine.ts';
import { scoreLevelBins } from '../../data/score-level-bins.ts';
import { LEVELS } from '../../domain/levels.ts';
import { DEFAULT_RISK_MODEL } from '../../domain/risk-model.ts';
import { useStore } from '../../state/store.ts';
import { formatCount } from './bar-chart.tsx';
import { ChartFrame } from './chart-frame.tsx';
import { CHART_TEXT } from './chart-strings.ts';
import { tr } from '../../domain/text.ts';
import { binInRange, formatRange, rangeToEdges, SCORE_MAX, snapToBins } from './score-range.ts';
import { useBox } from '../use-box.ts';

const sameRange = (a: readonly [number, number] | null, b: readonly [number, number] | null) =>
  a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);

export function ScoreHistogram() {
  const lang = useStore((s) => s.lang);
  const result = useStore((s) => s.result);
  // Re-render on every recompute (the store's resultVersion counts them).
  useStore((s) => s.resultVersion);
  const scoreRange = useStore((s) => s.filters.scoreRange);
  const setFilters = useStore((s) => s.setFilters);
  const modelName = useStore((s) => s.dataset?.manifest.riskModelName);
  const dataset = useStore((s) => s.dataset);
  const resultVersion = useStore((s) => s.resultVersion);
  const [wrapRef, box] = useBox();
  const brushRef = useRef<SVGGElement>(null);
  const brushApi = useRef<d3.BrushBehavior<unknown> | null>(null);
  const [draft, setDraft] = useState<[number, number] | null>(null);

  const thresholds = modelName === DEFAULT_RISK_MODEL.name ? DEFAULT_RISK_MODEL.thresholds : null;
  const stacks = useMemo(
    () =>
      dataset && result
        ? scoreLevelBins(dataset.enterprises.score, dataset.enterprises.level, result.mask, thresholds)
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataset, result, resultVersion, thresholds],
  );
  const rem = box?.rem ?? 16;
  const m = { l: 3.4 * rem, r: 1 * rem, t: (thresholds ? 1.4 : 0.6) * rem, b: 1.7 * rem };
  const x0 = m.l,
    x1 = Math.max(m.l + 1, (box?.w ?? 0) - m.r);
  const y0 = m.t,
    y1 = Math.max(m.t + 1, (box?.h ?? 0) - m.b);
  const hist = result ? Array.from(result.counts.scoreHist) : [];
  const x = d3.scaleLinear().domain([0, SCORE_MAX]).range([x0, x1]);
  const y = d3
    .scaleLinear()
    .domain([0, Math.max(1, d3.max(hist) ?? 0)])
    .range([y1, y0])
    .nice(3);

  // The brush: (re)built when the plot area changes size. d3 owns the <g>'s children; React renders none.
  useEffect(() => {
    const g = brushRef.current;
    if (!g || !box) return;
    const sx = d3.scaleLinear().domain([0, SCORE_MAX]).range([x0, x1]);
    const sel = d3.select(g);
    const brush = d3
      .brushX<unknown>()
      .extent([
        [x0, y0],
        [x1, y1],
      ])
      .on('brush', (ev: d3.D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent || !ev.selection) return;
        const [a, b] = ev.selection as [number, number];
        setDraft(snapToBins(sx.invert(a), sx.invert(b)));
      })
      .on('end', (ev: d3.D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent) return; // our own brush.move below
        setDraft(null);
        const current = useStore.getState().filters.scoreRange;
        const px = ev.selection as [number, number] | null;
        const next = px ? snapToBins(sx.invert(px[0]), sx.invert(px[1])) : null;
        if (!sameRange(current, next)) setFilters({ scoreRange: next });
        else if (next) brush.move(sel, rangeToEdges(next).map(sx) as [number, number]); // snap back
      });
    sel.call(brush);
    brushApi.current = brush;
    return () => {
      brushApi.current = null;
      sel.on('.brush', null);
      sel.selectAll('*').remove();
    };
  }, [box, x0, x1, y0, y1, setFilters]);

  // The brush shows filters.scoreRange, however it was set.
  useEffect(() => {
    const g = brushRef.current,
      brush = brushApi.current;
    if (!g || !brush) return;
    const sx = d3.scaleLinear().domain([0, SCORE_MAX]).range([x0, x1]);
    brush.move(d3.select(g), scoreRange ? (rangeToEdges(scoreRange).map(sx) as [number, number]) : null);
  }, [scoreRange, box, x0, x1, y0, y1]);

  const shown = draft ?? scoreRange;
  const outside =
    stacks && stacks.outsideBand > 0 ? (
      <span className="hist-outside" data-testid="score-outside-band" title={tr(lang, CHART_TEXT.outsideBandTitle)}>
        {tr(lang, CHART_TEXT.outsideBand, stacks.outsideBand)}
      </span>
    ) : null;
  const note = (
    <>
      {shown ? (
        <span className={draft ? 'hist-range draft' : 'hist-range'} data-testid="score-range-label">
          {tr(lang, dimensionOf('scoreRange').name)} {formatRange(shown)}
        </span>
      ) : (
        <span className="hist-hint">{tr(lang, CHART_TEXT.scoreHint)}</span>
      )}
      {outside}
    </>
  );
  const xTicks = box ? x.ticks(Math.max(2, Math.min(10, Math.floor((x1 - x0) / (3.5 * rem))))) : [];
  const yTicks = y.ticks(3).filter(Number.isInteger);
  // Threshold labels ("●24", "◆36", "▲55") above the plot; one that would touch its left neighbour
  // moves down into the plot (with a halo).
  const labelW = 2.4 * 0.85 * rem;
  let lastX = -Infinity;
  const thresholdMarks = (
    thresholds
      ? ([
          ['general', 2],
          ['significant', 1],
          ['major', 0],
        ] as const)
      : []
  ).map(([key, code]) => {
    const tx = x(thresholds![key]);
    const row = tx - lastX < labelW ? 1 : 0;
    if (row === 0) lastX = tx;
    return { key, code, value: thresholds![key], tx, row };
  });

  return (
    <ChartFrame
      title={tr(lang, CHART_TEXT.scoreTitle)}
      testId="chart-score"
      note={note}
      className="chart-hist"
      onClear={scoreRange ? () => setFilters({ scoreRange: null }) : undefined}
      clearTestId="score-clear"
    >
      <div className="hist-wrap" ref={wrapRef}>
        {box && (
          <svg
            className="hist-svg"
            width={box.w}
            height={box.h}
            role="img"
            aria-label={tr(lang, CHART_TEXT.scoreTitle)}
          >
            <g className="hist-grid">
              {yTicks.map((v) => (
                <g key={v} transform={`translate(0,${y(v)})`}>
                  <line x1={x0} x2={x1} />
                  <text className="hist-tick" x={x0 - 0.35 * rem} dominantBaseline="central" textAnchor="end">
                    {formatCount(v)}
                  </text>
                </g>
              ))}
            </g>
            <g className="hist-bars">
              {result &&
                hist.map((count, b) => {
                  const lo = b * SCORE_BIN_WIDTH;
                  const bx = x(lo) + 0.5,
                    bw = Math.max(0.5, x(lo + SCORE_BIN_WIDTH) - x(lo) - 1);
                  if (!binInRange(b, scoreRange) || !stacks) {
                    return (
                      <rect
                        key={b}
                        data-bin={b}
                        className="hist-bar hist-off"
                        x={bx}
                        width={bw}
                        y={y(count)}
                        height={Math.max(0, y1 - y(count))}
                      />
                    );
                  }
                  // Inside the range the bin's enterprises are exactly the selected ones: stack them by level.
                  let base = 0;
                  return (
                    <g key={b} data-bin={b} data-count={count}>
                      {LEVELS.map((l, k) => {
                        const n = stacks.counts[b * 4 + k];
                        if (n === 0) return null;
                        const top = base + n;
                        const rect = (
                          <rect
                            key={l.key}
                            className="hist-bar"
                            data-level={l.key}
                            x={bx}
                            width={bw}
                            y={y(top)}
                            height={Math.max(0, y(base) - y(top))}
                            style={{ fill: `var(--level-${l.key})` }}
                          />
                        );
                        base = top;
                        return rect;
                      })}
                    </g>
                  );
                })}
            </g>
            {thresholdMarks.map(({ key, code, value, tx, row }) => (
              <g key={key} className="hist-threshold">
                <line x1={tx} x2={tx} y1={y0 - 0.2 * rem} y2={y1} />
                <text x={tx + 0.15 * rem} y={row === 0 ? y0 - 0.35 * rem : y0 + 1.1 * rem}>
                  <tspan className={`hist-symbol level-${LEVELS[code].key}-text`}>{LEVELS[code].symbol}</tspan>
                  {value}
                </text>
              </g>
            ))}
            <g className="hist-axis" transform={`translate(0,${y1})`}>
              <line x1={x0} x2={x1} />
              {xTicks.map((v) => (
                <g key={v} transform={`translate(${x(v)},0)`}>
                  <line y2={0.25 * rem} />
                  <text className="hist-tick" y={0.35 * rem} dominantBaseline="hanging" textAnchor="middle">
                    {v}
                  </text>
                </g>
              ))}
            </g>
            <g ref={brushRef} className="hist-brush" data-testid="score-brush" />
          </svg>
        )}
      </div>
    </ChartFrame>
  );
}
