/**
 * The hazard trend (隐患趋势) for the weekly dispatch and monthly bulletin meetings: per week (周) or
 * month (月), hazards found (新增, bars), hazards closed (销号, bars) and hazards still open at the end
 * of the period (仍未销号, line, its own axis on the right), from `hazardTrend` (see its TSDoc for
 * the definitions). SVG drawn by React with d3 scales; sizes follow the root font size.
 *
 * A time slider (`time-slider`) runs over the periods, with a play button (`time-play`) that steps
 * one period every 700 ms and stops at the last. The picked period is highlighted and its figures
 * are written above the chart; it is shared through the ledger store (`period`, `ledgerDay`), so the
 * map can show the hazards open at its end. A click on the chart picks the period under it.
 *
 * `trend-summary` carries the figures of the last period (the one holding the data date) in
 * `data-label`, `data-opened`, `data-closed`, `data-open` (and `data-overdue`), whatever is picked;
 * the picked one's are in `data-selected-*`.
 */
import { useEffect, useMemo, useState } from 'react';
import * as d3 from 'd3';
import type { HazardColumns } from '../../data/dataset.ts';
import { formatDay } from '../../data/dates.ts';
import { hazardTrend, type HazardQuery, type TrendStep } from '../../data/ledger/hazard-ledger.ts';
import { nameIn } from '../../i18n/strings.ts';
import { useLedgerStore, useStore } from '../../state/store.ts';
import { LEDGER_TEXT, periodSummary } from './strings.ts';
import { useBox } from '../use-box.ts';

export interface HazardTrendChartProps {
  hazards: HazardColumns;
  /** The data date (day number). */
  asOf: number;
  /** The ledger's query; its date range is ignored. Memoise it: a new object recomputes the trend. */
  query: HazardQuery;
  /** Changes with every recompute (the store's resultVersion): the memo key of the mask. */
  version?: number;
}

const STEP_MS = 700;
const formatCount = d3.format(',d');

export function HazardTrendChart({ hazards, asOf, query, version }: HazardTrendChartProps) {
  const lang = useStore((s) => s.lang);
  const step = useLedgerStore((s) => s.step);
  const setStep = useLedgerStore((s) => s.setStep);
  const period = useLedgerStore((s) => s.period);
  const setPeriod = useLedgerStore((s) => s.setPeriod);
  const [playing, setPlaying] = useState(false);
  const [wrapRef, box] = useBox();

  const periods = useMemo(() => {
    void version;
    return hazardTrend(hazards, step, asOf, query);
  }, [hazards, step, asOf, query, version]);
  const last = periods.length - 1;
  const found = period ? periods.findIndex((p) => p.start === period.start) : -1;
  const index = found >= 0 ? found : last;

  // A picked period that no longer exists (another dataset) falls back to the last one.
  useEffect(() => {
    if (period && found < 0) setPeriod(null);
  }, [period, found, setPeriod]);

  const pick = (i: number) => {
    const p = periods[Math.max(0, Math.min(last, i))];
    if (p) setPeriod({ start: p.start, end: p.end, label: p.label }, i >= last);
  };

  // Play: one period per STEP_MS, stopping at the last.
  useEffect(() => {
    if (!playing) return;
    const t = setTimeout(() => {
      const next = index + 1;
      const p = periods[next];
      if (p) setPeriod({ start: p.start, end: p.end, label: p.label }, next >= last);
      if (next >= last) setPlaying(false);
    }, STEP_MS);
    return () => clearTimeout(t);
  }, [playing, index, last, periods, setPeriod]);

  const onPlay = () => {
    if (playing) return setPlaying(false);
    if (last <= 0) return;
    if (index >= last) pick(0);
    setPlaying(true);
  };

  const cur = periods[index];
  const end = periods[last];
  const rem = box?.rem ?? 16;
  const m = { l: 2.8 * rem, r: 3 * rem, t: 0.5 * rem, b: 1.5 * rem };
  const x0 = m.l,
    x1 = Math.max(m.l + 1, (box?.w ?? 0) - m.r);
  const y0 = m.t,
    y1 = Math.max(m.t + 1, (box?.h ?? 0) - m.b);
  const x = d3
    .scaleBand<number>()
    .domain(periods.map((_, i) => i))
    .range([x0, x1])
    .paddingInner(periods.length > 60 ? 0.1 : 0.2);
  const yBar = d3
    .scaleLinear()
    .domain([0, Math.max(1, d3.max(periods, (p) => Math.max(p.opened, p.closed)) ?? 0)])
    .range([y1, y0])
    .nice(3);
  const yOpen = d3
    .scaleLinear()
    .domain([0, Math.max(1, d3.max(periods, (p) => p.open) ?? 0)])
    .range([y1, y0])
    .nice(3);
  const bw = x.bandwidth();
  const cx = (i: number) => (x(i) ?? 0) + bw / 2;
  const line =
    d3
      .line<number>()
      .x((_, i) => cx(i))
      .y((v) => yOpen(v))(periods.map((p) => p.open)) ?? '';
  const labelPx = (step === 'week' ? 4.6 : 4) * 0.75 * rem;
  const every = Math.max(1, Math.ceil(labelPx / Math.max(1, x.step())));
  // Tick labels counted back from the last period, so the current one is always labelled.
  const xTicks = periods.map((_, i) => i).filter((i) => (last - i) % every === 0);
  const barTicks = yBar.ticks(3).filter(Number.isInteger);
  const openTicks = yOpen.ticks(3).filter(Number.isInteger);

  const summary = cur ? periodSummary(lang, step, index === last, cur.label, cur.opened, cur.closed, cur.open) : '';
  const title = nameIn(lang, LEDGER_TEXT.trendTitle);

  return (
    <section className="hazard-trend" data-testid="hazard-trend" aria-label={title}>
      <header className="ht-head">
        <h3 className="ht-title">{title}</h3>
        <div className="ht-steps" role="group" aria-label={title}>
          {(['week', 'month'] as const satisfies readonly TrendStep[]).map((s) => (
            <button
              key={s}
              type="button"
              className={step === s ? 'on' : ''}
              aria-pressed={step === s}
              data-testid={`trend-step-${s}`}
              onClick={() => {
                setPlaying(false);
                if (s !== step) setStep(s);
              }}
            >
              {nameIn(lang, LEDGER_TEXT[s])}
            </button>
          ))}
        </div>
        <ul className="ht-legend" aria-hidden="true">
          <li>
            <span className="ht-key ht-key-opened" />
            {nameIn(lang, LEDGER_TEXT.opened)}
          </li>
          <li>
            <span className="ht-key ht-key-closed" />
            {nameIn(lang, LEDGER_TEXT.closed)}
          </li>
          <li>
            <span className="ht-key ht-key-open" />
            {nameIn(lang, LEDGER_TEXT.stillOpen)}
          </li>
        </ul>
      </header>
      <p
        className="ht-summary"
        data-testid="trend-summary"
        data-label={end?.label ?? ''}
        data-opened={end?.opened ?? 0}
        data-closed={end?.closed ?? 0}
        data-open={end?.open ?? 0}
        data-overdue={end?.overdue ?? 0}
        data-selected-label={cur?.label ?? ''}
        data-selected-opened={cur?.opened ?? 0}
        data-selected-closed={cur?.closed ?? 0}
        data-selected-open={cur?.open ?? 0}
        aria-live="polite"
        title={nameIn(lang, LEDGER_TEXT.trendBasis)}
      >
        {summary}
      </p>
      <div className="ht-plot" ref={wrapRef}>
        {box && periods.length > 0 && (
          <svg className="ht-svg" width={box.w} height={box.h} role="img" aria-label={`${title}: ${summary}`}>
            {cur && (
              <rect
                className="ht-selected"
                x={(x(index) ?? 0) - (x.step() - bw) / 2}
                width={x.step()}
                y={y0}
                height={y1 - y0}
              />
            )}
            <g className="ht-grid">
              {barTicks.map((v) => (
                <g key={v} transform={`translate(0,${yBar(v)})`}>
                  <line x1={x0} x2={x1} />
                  <text className="ht-tick" x={x0 - 0.3 * rem} dominantBaseline="central" textAnchor="end">
                    {formatCount(v)}
                  </text>
                </g>
              ))}
              {openTicks.map((v) => (
                <text
                  key={v}
                  className="ht-tick ht-tick-open"
                  x={x1 + 0.3 * rem}
                  y={yOpen(v)}
                  dominantBaseline="central"
                >
                  {formatCount(v)}
                </text>
              ))}
            </g>
            <g className="ht-bars">
              {periods.map((p, i) => {
                const bx = x(i) ?? 0;
                const half = bw / 2;
                return (
                  <g key={p.start} className={i === index ? 'ht-period on' : 'ht-period'}>
                    <rect
                      className="ht-bar-opened"
                      x={bx}
                      width={Math.max(0.5, half)}
                      y={yBar(p.opened)}
                      height={Math.max(0, y1 - yBar(p.opened))}
                    />
                    <rect
                      className="ht-bar-closed"
                      x={bx + half}
                      width={Math.max(0.5, half)}
                      y={yBar(p.closed)}
                      height={Math.max(0, y1 - yBar(p.closed))}
                    />
                  </g>
                );
              })}
            </g>
            <path className="ht-line" d={line} />
            {cur && <circle className="ht-dot" cx={cx(index)} cy={yOpen(cur.open)} r={0.28 * rem} />}
            <g className="ht-axis" transform={`translate(0,${y1})`}>
              <line x1={x0} x2={x1} />
              {xTicks.map((i) => (
                <text
                  key={i}
                  className={i === index ? 'ht-tick on' : 'ht-tick'}
                  x={cx(i)}
                  y={0.3 * rem}
                  dominantBaseline="hanging"
                  textAnchor="middle"
                >
                  {periods[i].label}
                </text>
              ))}
            </g>
            <g className="ht-hits">
              {periods.map((p, i) => (
                <rect
                  key={p.start}
                  x={(x(i) ?? 0) - (x.step() - bw) / 2}
                  width={x.step()}
                  y={y0}
                  height={y1 - y0}
                  onClick={() => {
                    setPlaying(false);
                    pick(i);
                  }}
                >
                  <title>{periodSummary(lang, step, i === last, p.label, p.opened, p.closed, p.open)}</title>
                </rect>
              ))}
            </g>
          </svg>
        )}
      </div>
      <div className="ht-time">
        <button
          type="button"
          className="ht-play"
          data-testid="time-play"
          aria-pressed={playing}
          onClick={onPlay}
          disabled={last <= 0}
          title={nameIn(lang, playing ? LEDGER_TEXT.pause : LEDGER_TEXT.play)}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
          {nameIn(lang, playing ? LEDGER_TEXT.pause : LEDGER_TEXT.play)}
        </button>
        <input
          type="range"
          className="ht-slider"
          data-testid="time-slider"
          min={0}
          max={Math.max(0, last)}
          step={1}
          value={index}
          aria-label={nameIn(lang, LEDGER_TEXT.slider)}
          aria-valuetext={cur?.label ?? ''}
          onChange={(e) => {
            setPlaying(false);
            pick(Number(e.currentTarget.value));
          }}
          disabled={last <= 0}
        />
        <span
          className="ht-day"
          data-testid="time-day"
          data-day={cur ? formatDay(cur.end) : ''}
          title={nameIn(lang, LEDGER_TEXT.mapDayTitle)}
        >
          {cur && `${nameIn(lang, LEDGER_TEXT.mapDay)} ${formatDay(cur.end)}`}
        </span>
      </div>
    </section>
  );
}
