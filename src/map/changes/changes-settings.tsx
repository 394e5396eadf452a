/** The changes layer's settings in the layers panel: whether level down and the gone enterprises are marked too. */
import { tr } from '../../domain/text.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { useStore } from '../../state/store.ts';
import { CHANGE_MARKS, MARK_DOWN, MARK_GONE } from './change-marks.ts';
import { ChangeSwatch } from './change-swatch.tsx';
import { changeMarkSettings } from './changes-settings-spec.ts';
import { CHANGE_MARK_TEXT as T } from './strings.ts';

const OPTIONS = [
  { key: 'down', mark: CHANGE_MARKS[MARK_DOWN], label: T.showDown },
  { key: 'gone', mark: CHANGE_MARKS[MARK_GONE], label: T.showGone },
] as const;

export function ChangesSettings() {
  const lang = useStore((s) => s.lang);
  const choice = useStore((s) => settingsOf(s, changeMarkSettings));
  const setLayerSettings = useStore((s) => s.setLayerSettings);
  return (
    <fieldset data-testid="change-settings">
      <legend>{tr(lang, T.alsoShow)}</legend>
      {OPTIONS.map((o) => (
        <label key={o.key} style={{ display: 'flex', alignItems: 'center', gap: '0.3rem' }}>
          <input
            type="checkbox"
            checked={choice[o.key]}
            data-testid={`change-toggle-${o.key}`}
            onChange={(e) => setLayerSettings(changeMarkSettings.id, { [o.key]: e.target.checked })}
          />
          <ChangeSwatch mark={o.mark} />
          {tr(lang, o.label)}
        </label>
      ))}
    </fieldset>
  );
}
