/**
 * The bulletin's trend chart: hazards found (新增) and closed (销号) per period as paired bars, hazards
 * still open at the end of each period (仍未销号) as a line on its own axis at the right. A pure
 * component of its props (no store, no measuring): drawn in millimetres (`viewBox` in mm, the SVG
 * sized in mm), so its text prints at the size it says. Grey and black, with the bars told apart by
 * fill and pattern as well as shade, so it reads on a black-and-white printer.
 */
import * as d3 from 'd3';
import type { Lang } from '../../domain/lang.ts';
import type { TrendPeriod, TrendStep } from '../../data/ledger/hazard-ledger.ts';
import { formatNum, localeOf, tr } from '../../domain/text.ts';
import { BULLETIN_TEXT } from './strings.ts';

export interface BulletinTrendProps {
  periods: readonly TrendPeriod[];
  step: TrendStep;
  lang: Lang;
  /** Size in mm. */
  width: number;
  height: number;
}

/** Font sizes in mm (1 pt = 0.3528 mm). */
const TICK = 2.6; // 7.4 pt
const LEGEND = 2.8; // 8 pt

/** An axis label short enough for twelve under a chart: 'W43' for a week, '10月' / 'Oct' for a month. */
function shortLabel(p: TrendPeriod, step: TrendStep, lang: Lang): string {
  if (step === 'week') return p.label.slice(5);
  const month = Number(p.label.slice(5, 7));
  return new Intl.DateTimeFormat(localeOf(lang), { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

export function BulletinTrend({ periods, step, lang, width, height }: BulletinTrendProps) {
  const legendH = 4;
  const m = { l: 8, r: 8, t: legendH + 1.5, b: 4.5 };
  const x0 = m.l,
    x1 = width - m.r,
    y0 = m.t,
    y1 = height - m.b;
  const x = d3
    .scaleBand<number>()
    .domain(periods.map((_, i) => i))
    .range([x0, x1])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const yBar = d3
    .scaleLinear()
    .domain([0, Math.max(1, d3.max(periods, (p) => Math.max(p.opened, p.closed)) ?? 0)])
    .range([y1, y0])
    .nice(4);
  const yOpen = d3
    .scaleLinear()
    .domain([0, Math.max(1, d3.max(periods, (p) => p.open) ?? 0)])
    .range([y1, y0])
    .nice(4);
  const bw = x.bandwidth();
  const cx = (i: number) => (x(i) ?? 0) + bw / 2;
  const line =
    d3
      .line<number>()
      .x((_, i) => cx(i))
      .y((v) => yOpen(v))(periods.map((p) => p.open)) ?? '';
  const barTicks = yBar.ticks(4).filter(Number.isInteger);
  const openTicks = yOpen.ticks(4).filter(Number.isInteger);
  const keys = [
    { cls: 'opened', text: tr(lang, BULLETIN_TEXT.opened) },
    { cls: 'closed', text: tr(lang, BULLETIN_TEXT.closed) },
  ];

  return (
    <svg
      className="bl-trend-svg"
      data-testid="bulletin-trend-svg"
      viewBox={`0 0 ${width} ${height}`}
      style={{ width: `${width}mm`, height: `${height}mm` }}
      role="img"
    >
      <defs>
        <pattern id="bl-hatch" width="1.2" height="1.2" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="1.2" height="1.2" fill="#fff" />
          <line x1="0" y1="0" x2="0" y2="1.2" stroke="#333" strokeWidth="0.5" />
        </pattern>
      </defs>
      <g className="bl-trend-legend" transform={`translate(${x0},${legendH / 2})`} fontSize={LEGEND}>
        {keys.map((k, i) => (
          <g key={k.cls} transform={`translate(${i * 18},0)`}>
            <rect className={`bl-bar-${k.cls}`} x={0} y={-1.3} width={3} height={2.6} />
            <text x={4} dominantBaseline="central">
              {k.text}
            </text>
          </g>
        ))}
        <g transform="translate(36,0)">
          <line className="bl-open-line" x1={0} x2={5} y1={0} y2={0} />
          <circle className="bl-open-dot" cx={2.5} cy={0} r={0.7} />
          <text x={6.5} dominantBaseline="central">
            {tr(lang, BULLETIN_TEXT.stillOpen)}
          </text>
        </g>
      </g>
      <g className="bl-trend-grid" fontSize={TICK}>
        {barTicks.map((v) => (
          <g key={v} transform={`translate(0,${yBar(v)})`}>
            <line x1={x0} x2={x1} />
            <text x={x0 - 0.8} dominantBaseline="central" textAnchor="end">
              {formatNum(lang, v)}
            </text>
          </g>
        ))}
        {openTicks.map((v) => (
          <text key={v} className="bl-tick-open" x={x1 + 0.8} y={yOpen(v)} dominantBaseline="central">
            {formatNum(lang, v)}
          </text>
        ))}
      </g>
      <g className="bl-trend-bars">
        {periods.map((p, i) => {
          const bx = x(i) ?? 0,
            half = bw / 2;
          return (
            <g
              key={p.start}
              data-testid="bulletin-trend-period"
              data-label={p.label}
              data-opened={p.opened}
              data-closed={p.closed}
              data-open={p.open}
            >
              <rect
                className="bl-bar-opened"
                x={bx}
                width={half}
                y={yBar(p.opened)}
                height={Math.max(0, y1 - yBar(p.opened))}
              />
              <rect
                className="bl-bar-closed"
                x={bx + half}
                width={half}
                y={yBar(p.closed)}
                height={Math.max(0, y1 - yBar(p.closed))}
              />
            </g>
          );
        })}
      </g>
      <path className="bl-open-line" d={line} />
      {periods.map((p, i) => (
        <circle key={p.start} className="bl-open-dot" cx={cx(i)} cy={yOpen(p.open)} r={0.6} />
      ))}
      <g className="bl-trend-axis" transform={`translate(0,${y1})`} fontSize={TICK}>
        <line x1={x0} x2={x1} />
        {periods.map((p, i) => (
          <text key={p.start} x={cx(i)} y={0.8} dominantBaseline="hanging" textAnchor="middle">
            {shortLabel(p, step, lang)}
          </text>
        ))}
      </g>
    </svg>
  );
}
