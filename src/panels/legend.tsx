import { LEVELS } from '../domain/levels.ts';
import { PARK_TYPES } from '../domain/parks.ts';
import { useStore } from '../state/store.ts';
import { useT } from '../i18n/use-t.ts';
import { nameIn } from '../i18n/strings.ts';

import { selectedPerLevel } from '../state/selectors.ts';
import { HAZARD_RING_GENERAL, HAZARD_RING_MAJOR } from '../map/hazards/build-hazard-layer.ts';

/** The four levels with the number of enterprises on the map (after filters), and the park types. */
export function Legend() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const result = useStore((s) => s.result);
  const showRings = useStore((s) => s.layers.hazards.visible);
  const filters = useStore((s) => s.filters);
  useStore((s) => s.resultVersion);
  if (!result) return null;
  const counts = selectedPerLevel(result, filters);
  const total = counts.reduce((a, b) => a + b, 0);
  return (
    <aside className="legend" data-testid="legend" aria-label={t('legend')}>
      <h2>{t('riskLevel')}</h2>
      <ul className="legend-levels">
        {LEVELS.map((l, i) => (
          <li key={l.key} data-level={l.key}>
            <span className={`swatch level-${l.key}`} aria-hidden="true">{l.symbol}</span>
            <span className="legend-name">{nameIn(lang, l)}</span>
            <span className="legend-count" data-testid={`legend-count-${l.key}`}>{counts[i].toLocaleString()}</span>
          </li>
        ))}
        <li className="legend-total">
          <span className="swatch" aria-hidden="true" />
          <span className="legend-name">{t('total')}</span>
          <span className="legend-count" data-testid="legend-total">{total.toLocaleString()}</span>
        </li>
      </ul>
      <h2>{t('parkTypes')}</h2>
      <ul className="legend-parks">
        {PARK_TYPES.map((p) => (
          <li key={p.key}>
            <span className="park-swatch" style={{ borderColor: `rgb(${p.fill.join(',')})`, background: `rgba(${p.fill.join(',')},0.22)` }} aria-hidden="true" />
            <span className="legend-name">{nameIn(lang, p)}</span>
          </li>
        ))}
      </ul>
      {showRings && (
        <>
          <h2>{t('hazards')}</h2>
          <ul className="legend-rings" data-testid="legend-rings">
            <li><span className="ring" style={{ borderColor: `rgb(${HAZARD_RING_MAJOR.join(',')})` }} aria-hidden="true" /><span className="legend-name">{t('kpiOpenMajor')}</span></li>
            <li><span className="ring" style={{ borderColor: `rgb(${HAZARD_RING_GENERAL.join(',')})` }} aria-hidden="true" /><span className="legend-name">{t('kpiOpen')}</span></li>
          </ul>
        </>
      )}
    </aside>
  );
}
