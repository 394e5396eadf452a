/**
 * The area panel's two small charts: the level composition (one stacked horizontal bar in the four
 * level colours, with symbol + words + count under it, never colour alone) and the sector composition
 * (small horizontal bars). Drawn as SVG by React with d3 linear scales in percent of the width, so they
 * need no measuring and follow the root font size (presentation mode). Not interactive: the filters are
 * in the filter column and the dock charts.
 */
import * as d3 from 'd3';
import { LEVELS } from '../../domain/levels.ts';
import { SECTORS } from '../../domain/sectors.ts';
import { nameIn, type Lang } from '../../i18n/strings.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { shortName, tr } from '../../domain/text.ts';
import { formatNumber, type SectorShare } from '../../data/area/area-data.ts';
import { AREA_TEXT } from './strings.ts';

/** Enterprises per level code 0..3 as one stacked bar with a labelled key under it. */
export function LevelBar({
  counts,
  lang,
  caption,
  testId,
}: {
  counts: readonly number[];
  lang: Lang;
  caption?: string;
  testId?: string;
}) {
  const total = d3.sum(counts);
  const x = d3
    .scaleLinear()
    .domain([0, total > 0 ? total : 1])
    .range([0, 100]);
  const starts = d3.cumsum([0, ...counts]);
  const text = LEVELS.map((l, k) => `${nameIn(lang, l)} ${formatNumber(counts[k] ?? 0, 'int')}`).join(
    tr(lang, PUNCT.listSep),
  );
  return (
    <figure className="area-levelbar" data-testid={testId}>
      {caption !== undefined && <figcaption className="area-levelbar-caption">{caption}</figcaption>}
      <svg className="area-levelbar-svg" role="img" aria-label={text}>
        {total === 0 ? (
          <rect className="area-levelbar-empty" x="0" y="0" width="100%" height="100%" />
        ) : (
          LEVELS.map((l, k) => {
            const n = counts[k] ?? 0;
            if (n === 0) return null;
            const w = x(n);
            return (
              <g key={l.key}>
                <rect
                  x={`${x(starts[k])}%`}
                  y="0"
                  width={`${w}%`}
                  height="100%"
                  style={{ fill: `var(--level-${l.key})` }}
                >
                  <title>{`${nameIn(lang, l)}${tr(lang, PUNCT.colon)}${formatNumber(n, 'int')}`}</title>
                </rect>
                {/* The symbol inside the segment when it is wide enough to hold it. */}
                {w >= 7 && (
                  <text
                    x={`${x(starts[k]) + w / 2}%`}
                    y="50%"
                    textAnchor="middle"
                    dominantBaseline="central"
                    className="area-levelbar-symbol"
                    style={{ fill: l.key === 'general' ? 'var(--level-text-on-general)' : '#fff' }}
                  >
                    {l.symbol}
                  </text>
                )}
              </g>
            );
          })
        )}
      </svg>
      <ul className="area-levelbar-key">
        {LEVELS.map((l, k) => (
          <li key={l.key}>
            <span className={`area-levelbar-swatch level-${l.key}`} aria-hidden="true">
              {l.symbol}
            </span>
            <span>{shortName(lang, l)}</span>
            <span className="area-num">{formatNumber(counts[k] ?? 0, 'int')}</span>
            {total > 0 && <span className="muted">({formatNumber((counts[k] ?? 0) / total, 'pct')})</span>}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The largest sectors of the area as small bars (label | bar | count). */
export function SectorBars({ rows, lang }: { rows: readonly SectorShare[]; lang: Lang }) {
  const max = d3.max(rows, (r) => r.count) ?? 0;
  const x = d3
    .scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, 100])
    .clamp(true);
  return (
    <ul className="area-sectors" data-testid="area-sectors">
      {rows.map((r) => {
        const label = r.code < 0 ? nameIn(lang, AREA_TEXT.other) : nameIn(lang, SECTORS[r.code]);
        return (
          <li key={r.code} title={`${label}${tr(lang, PUNCT.colon)}${formatNumber(r.count, 'int')}`}>
            <span className="area-sector-name">{label}</span>
            <svg className="area-sector-bar" aria-hidden="true" focusable="false">
              <rect
                x="0"
                y="15%"
                height="70%"
                width={`${Math.max(r.count > 0 ? 1 : 0, x(r.count))}%`}
                className={r.code < 0 ? 'other' : ''}
              />
            </svg>
            <span className="area-num">{formatNumber(r.count, 'int')}</span>
          </li>
        );
      })}
    </ul>
  );
}
