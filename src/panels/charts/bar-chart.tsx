/**
 * One general horizontal bar chart; the level, sector and town charts are thin variants of it.
 * Rows are buttons (role="button", aria-pressed) that toggle their value as a filter; a click with
 * Ctrl/⌘/Shift/Alt calls `onOnly` instead when given ("only this value"). Bars are SVG drawn by
 * React, widths from a d3 linear scale in percent of the track, so the chart needs no measuring and
 * follows the root font size (presentation mode). Value labels sit at the bar ends with thousands
 * separators. A bar whose value is left out by an active filter on its own dimension
 * (`selected: false`) is faded and hatched: its count still says what choosing it would give.
 */
import { useId, type CSSProperties, type MouseEvent } from 'react';
import * as d3 from 'd3';
import { useStore } from '../../state/store.ts';
import { CHART_TEXT } from './chart-strings.ts';
import { tr } from '../../domain/text.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { ChartFrame } from './chart-frame.tsx';
import type { BarRow } from './chart-rows.ts';

export type { BarRow } from './chart-rows.ts';

export interface BarChartProps {
  title: string;
  /** data-testid of the chart; bars get `bar-<dim>-<key>`. */
  testId: string;
  dim: string;
  rows: readonly BarRow[];
  onToggle: (key: number) => void;
  /** Modifier-click: make this value the only one. */
  onOnly?: (key: number) => void;
  /** Shown as "clear" while any row is selected. */
  onClear?: () => void;
  /** Width of the label column (CSS length). */
  labelWidth?: string;
  /** At most this many rows are visible at once; the rest scroll. */
  maxVisibleRows?: number;
}

export const formatCount = d3.format(',d');

export function BarChart({
  title,
  testId,
  dim,
  rows,
  onToggle,
  onOnly,
  onClear,
  labelWidth = '6rem',
  maxVisibleRows,
}: BarChartProps) {
  const lang = useStore((s) => s.lang);
  const hatchId = `bar-hatch-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const max = d3.max(rows, (r) => r.value) ?? 0;
  const x = d3
    .scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, 100])
    .clamp(true);
  const valueChars = d3.max(rows, (r) => formatCount(r.value).length) ?? 1;
  const anySelected = rows.some((r) => r.selected === true);
  const style = {
    '--bar-label-w': labelWidth,
    '--bar-value-w': `${valueChars + 1}ch`,
    ...(maxVisibleRows ? { maxHeight: `calc(${maxVisibleRows} * var(--bar-row-h))` } : {}),
  } as CSSProperties;
  const click = (key: number) => (e: MouseEvent) => {
    if (onOnly && (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey)) onOnly(key);
    else onToggle(key);
  };
  return (
    <ChartFrame title={title} testId={testId} onClear={anySelected ? onClear : undefined}>
      <svg className="chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="1.5" y1="0" x2="1.5" y2="6" stroke="#fff" strokeWidth="2.5" strokeOpacity="0.8" />
          </pattern>
        </defs>
      </svg>
      {rows.length === 0 ? (
        <p className="chart-empty">{tr(lang, CHART_TEXT.noData)}</p>
      ) : (
        <div className="bar-list" role="group" aria-label={title} style={style}>
          {rows.map((r) => {
            const state = r.selected === undefined ? 'none' : r.selected ? 'on' : 'off';
            const w = r.value > 0 ? Math.max(0.5, x(r.value)) : 0;
            const text = `${r.label}${tr(lang, PUNCT.colon)}${formatCount(r.value)}`;
            return (
              <button
                key={r.key}
                type="button"
                role="button"
                className={`bar-row bar-${state}`}
                aria-pressed={r.selected === true}
                aria-label={text}
                title={text}
                data-testid={`bar-${dim}-${r.key}`}
                onClick={click(r.key)}
              >
                <span className="bar-label">
                  {r.symbol && (
                    <span
                      className="bar-symbol"
                      style={{ background: r.color, color: r.symbolInk ?? '#fff' }}
                      aria-hidden="true"
                    >
                      {r.symbol}
                    </span>
                  )}
                  <span className="bar-name">{r.label}</span>
                </span>
                <span className="bar-track">
                  <svg className="bar-svg" aria-hidden="true" focusable="false">
                    <rect
                      className="bar-rect"
                      x="0"
                      y="14%"
                      height="72%"
                      width={`${w}%`}
                      style={r.color ? { fill: r.color } : undefined}
                    />
                    {state === 'off' && w > 0 && (
                      <rect x="0" y="14%" height="72%" width={`${w}%`} fill={`url(#${hatchId})`} />
                    )}
                    <text className="bar-value" x={`${w}%`} dx="0.3em" y="50%" dominantBaseline="central">
                      {formatCount(r.value)}
                    </text>
                  </svg>
                </span>
              </button>
            );
          })}
        </div>
      )}
    </ChartFrame>
  );
}
