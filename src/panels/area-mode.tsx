/** Toolbar for picking towns, grid cells or parks on the map as filters (Alt-click picks a grid cell any time). */
import { useT } from '../i18n/use-t.ts';
import { tr } from '../domain/text.ts';
import { useStore, type AreaMode } from '../state/store.ts';
import { AREA_MODE_TEXT } from './area-mode-strings.ts';

const MODES: readonly AreaMode[] = ['town', 'grid', 'park'];

export function AreaModeBar() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const mode = useStore((s) => s.areaMode);
  const setMode = useStore((s) => s.setAreaMode);
  return (
    <div className="area-mode" role="group" aria-label={t('areaMode')} data-testid="area-mode">
      <span className="area-mode-label">{t('areaMode')}</span>
      {MODES.map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={mode === m}
          className={mode === m ? 'on' : ''}
          onClick={() => setMode(mode === m ? null : m)}
          data-testid={`area-mode-${m}`}
        >
          {tr(lang, AREA_MODE_TEXT[m])}
        </button>
      ))}
    </div>
  );
}
