/** The heatmap's settings in the layers panel: weight by level (with the four weights) or by score. */
import { LEVELS } from '../../domain/levels.ts';
import { nameIn } from '../../i18n/strings.ts';
import { tr } from '../../domain/text.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { useStore } from '../../state/store.ts';
import { heatmapSettings, type HeatSettings } from './heatmap-settings-spec.ts';
import { LAYER_TEXT } from '../common/layer-strings.ts';

export function HeatmapSettings() {
  const lang = useStore((s) => s.lang);
  const heat = useStore((s) => settingsOf(s, heatmapSettings));
  const setLayerSettings = useStore((s) => s.setLayerSettings);
  const setHeat = (patch: Partial<HeatSettings>) => setLayerSettings(heatmapSettings.id, patch);
  return (
    <fieldset>
      <legend>{tr(lang, LAYER_TEXT.heatWeight)}</legend>
      <label>
        <input type="radio" checked={heat.weight === 'level'} onChange={() => setHeat({ weight: 'level' })} />{' '}
        {tr(lang, LAYER_TEXT.byLevel)}
      </label>
      <label>
        <input type="radio" checked={heat.weight === 'score'} onChange={() => setHeat({ weight: 'score' })} />{' '}
        {tr(lang, LAYER_TEXT.byScore)}
      </label>
      {heat.weight === 'level' && (
        <div className="button-row level-weights">
          {LEVELS.map((l, k) => (
            <label key={l.key} title={nameIn(lang, l)}>
              {l.symbol}
              <input
                type="number"
                min={0}
                step={1}
                value={heat.levelWeights[k]}
                data-testid={`heat-weight-${l.key}`}
                onChange={(e) => {
                  const v = Number(e.target.value);
                  if (!Number.isFinite(v) || v < 0 || e.target.value === '') return;
                  const w = [...heat.levelWeights] as [number, number, number, number];
                  w[k] = v;
                  setHeat({ levelWeights: w });
                }}
              />
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
