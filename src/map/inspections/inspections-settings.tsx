/** The inspection-status layer's settings in the layers panel: which statuses it marks, each with its mark. */
import { tr } from '../../domain/text.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { useStore } from '../../state/store.ts';
import { INSPECTION_MARKS } from './inspection-marks.ts';
import { inMarkOrder, inspectionMarkSettings } from './inspections-settings-spec.ts';
import { MarkSwatch } from './mark-swatch.tsx';
import { INSPECTION_MARK_TEXT as T } from './strings.ts';

export function InspectionSettings() {
  const lang = useStore((s) => s.lang);
  const { marks } = useStore((s) => settingsOf(s, inspectionMarkSettings));
  const setLayerSettings = useStore((s) => s.setLayerSettings);
  return (
    <fieldset data-testid="inspection-settings">
      <legend>{tr(lang, T.marksToShow)}</legend>
      {INSPECTION_MARKS.map((m) => (
        <label key={m.key} style={{ display: 'flex', alignItems: 'center', gap: '0.3rem' }}>
          <input
            type="checkbox"
            checked={marks.includes(m.key)}
            data-testid={`inspection-mark-toggle-${m.key}`}
            onChange={(e) =>
              setLayerSettings(inspectionMarkSettings.id, {
                marks: inMarkOrder(e.target.checked ? [...marks, m.key] : marks.filter((k) => k !== m.key)),
              })
            }
          />
          <MarkSwatch mark={m} />
          {tr(lang, m.name)}
        </label>
      ))}
    </fieldset>
  );
}
