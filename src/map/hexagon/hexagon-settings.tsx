/** The hexagons' settings in the layers panel: colour by count or by risk, 2D or 3D, north up. */
import { tr } from '../../domain/text.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { useStore } from '../../state/store.ts';
import { hexagonSettings, type HexSettings } from './hexagon-settings-spec.ts';
import { LAYER_TEXT } from '../common/layer-strings.ts';

export function HexagonSettings() {
  const lang = useStore((s) => s.lang);
  const hex = useStore((s) => settingsOf(s, hexagonSettings));
  const { setLayerSettings, requestCamera } = useStore.getState();
  const setHex = (patch: Partial<HexSettings>) => setLayerSettings(hexagonSettings.id, patch);
  const turn = (patch: { pitch?: number; bearing?: number }) => {
    const c = useStore.getState().camera;
    if (c) requestCamera({ ...c, ...patch });
  };
  const set3d = (on: boolean) => {
    setHex({ extruded: on });
    turn({ pitch: on ? 50 : 0 });
  };
  return (
    <fieldset>
      <legend>{tr(lang, LAYER_TEXT.hexColor)}</legend>
      <label>
        <input type="radio" checked={hex.colorBy === 'count'} onChange={() => setHex({ colorBy: 'count' })} />{' '}
        {tr(lang, LAYER_TEXT.count)}
      </label>
      <label>
        <input type="radio" checked={hex.colorBy === 'risk'} onChange={() => setHex({ colorBy: 'risk' })} />{' '}
        {tr(lang, LAYER_TEXT.risk)}
      </label>
      <div className="button-row">
        <button type="button" aria-pressed={!hex.extruded} onClick={() => set3d(false)} data-testid="view-2d">
          {tr(lang, LAYER_TEXT.view2d)}
        </button>
        <button type="button" aria-pressed={hex.extruded} onClick={() => set3d(true)} data-testid="view-3d">
          {tr(lang, LAYER_TEXT.view3d)}
        </button>
        <button type="button" onClick={() => turn({ bearing: 0 })}>
          {tr(lang, LAYER_TEXT.resetNorth)}
        </button>
      </div>
    </fieldset>
  );
}
