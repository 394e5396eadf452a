import { useState } from 'react';
import { LEVELS } from '../domain/levels.ts';
import { PARK_TYPES } from '../domain/parks.ts';
import { useStore } from '../state/store.ts';
import { HAZARD_RINGS, layerShown } from '../state/layers-slice.ts';
import { useT } from '../i18n/use-t.ts';
import { nameIn } from '../i18n/strings.ts';
import { formatNum } from '../domain/text.ts';

import { selectedPerLevel } from '../state/selectors.ts';
import { HAZARD_RING_GENERAL, HAZARD_RING_MAJOR } from '../ui/map-look.ts';

/**
 * Map height (rem) the unfolded legend needs beside the area-mode bar, and what each legend below it
 * (choropleth, heatmap, hexagons) adds; below that the legend starts folded.
 */
const ROOM_REM = { legend: 36, perLegendBelow: 12 };

/**
 * The four levels with the number of enterprises on the map (after filters), and the park types.
 * Where the map is short (an office laptop, a browser zoomed to 150%) it folds to one row of
 * symbols and counts; the user can unfold or fold it either way.
 */
export function Legend({ mapHeightRem, legendsBelow }: { mapHeightRem: number; legendsBelow: number }) {
  const t = useT();
  const [userFolded, setUserFolded] = useState<boolean | null>(null);
  const folded = userFolded ?? mapHeightRem < ROOM_REM.legend + ROOM_REM.perLegendBelow * legendsBelow;
  const lang = useStore((s) => s.lang);
  const result = useStore((s) => s.result);
  const showRings = useStore((s) => layerShown(s.layers, HAZARD_RINGS));
  const filters = useStore((s) => s.filters);
  useStore((s) => s.resultVersion);
  if (!result) return null;
  const counts = selectedPerLevel(result, filters);
  const total = counts.reduce((a, b) => a + b, 0);
  return (
    <aside className={`legend${folded ? ' folded' : ''}`} data-testid="legend" aria-label={t('legend')}>
      <div className="legend-head">
        <h2>{t('riskLevel')}</h2>
        <button
          type="button"
          className="legend-fold"
          aria-expanded={!folded}
          title={t(folded ? 'legendUnfold' : 'legendFold')}
          aria-label={t(folded ? 'legendUnfold' : 'legendFold')}
          data-testid="legend-fold"
          onClick={() => setUserFolded(!folded)}
        >
          {folded ? '▸' : '▾'}
        </button>
      </div>
      <ul className="legend-levels">
        {LEVELS.map((l, i) => (
          <li key={l.key} data-level={l.key} title={nameIn(lang, l)}>
            <span className={`swatch level-${l.key}`} aria-hidden="true">
              {l.symbol}
            </span>
            <span className="legend-name">{nameIn(lang, l)}</span>
            <span className="legend-count" data-testid={`legend-count-${l.key}`}>
              {formatNum(lang, counts[i])}
            </span>
          </li>
        ))}
        <li className="legend-total">
          <span className="swatch" aria-hidden="true" />
          <span className="legend-name">{t('total')}</span>
          <span className="legend-count" data-testid="legend-total">
            {formatNum(lang, total)}
          </span>
        </li>
      </ul>
      {!folded && <h2>{t('parkTypes')}</h2>}
      <ul className="legend-parks" aria-label={t('parkTypes')}>
        {PARK_TYPES.map((p) => (
          <li key={p.key}>
            <span
              className="park-swatch"
              style={{ borderColor: `rgb(${p.fill.join(',')})`, background: `rgba(${p.fill.join(',')},0.22)` }}
              aria-hidden="true"
            />
            <span className="legend-name">{nameIn(lang, p)}</span>
          </li>
        ))}
      </ul>
      {showRings && (
        <>
          {!folded && <h2>{t('hazards')}</h2>}
          <ul className="legend-rings" data-testid="legend-rings">
            <li>
              <span
                className="ring"
                style={{ borderColor: `rgb(${HAZARD_RING_MAJOR.join(',')})` }}
                aria-hidden="true"
              />
              <span className="legend-name">{t('kpiOpenMajor')}</span>
            </li>
            <li>
              <span
                className="ring"
                style={{ borderColor: `rgb(${HAZARD_RING_GENERAL.join(',')})` }}
                aria-hidden="true"
              />
              <span className="legend-name">{t('kpiOpen')}</span>
            </li>
          </ul>
        </>
      )}
    </aside>
  );
}
