/** Toolbar for picking towns, grid cells or parks on the map as filters (Alt-click picks a grid cell any time). */
import { useT } from '../i18n/use-t.ts';
import { useStore, type AreaMode } from '../state/store.ts';

const MODES: { mode: AreaMode; zh: string; en: string }[] = [
  { mode: 'town', zh: '镇街', en: 'Town' },
  { mode: 'grid', zh: '网格', en: 'Grid' },
  { mode: 'park', zh: '园区', en: 'Park' },
];

export function AreaModeBar() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const mode = useStore((s) => s.areaMode);
  const setMode = useStore((s) => s.setAreaMode);
  return (
    <div className="area-mode" role="group" aria-label={t('areaMode')} data-testid="area-mode">
      <span className="area-mode-label">{t('areaMode')}</span>
      {MODES.map((m) => (
        <button key={m.mode} type="button" aria-pressed={mode === m.mode} className={mode === m.mode ? 'on' : ''} onClick={() => setMode(mode === m.mode ? null : m.mode)} data-testid={`area-mode-${m.mode}`}>
          {lang === 'zh' ? m.zh : m.en}
        </button>
      ))}
    </div>
  );
}
