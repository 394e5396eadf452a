/**
 * The layers panel: visibility and opacity of every layer kind in the registry, in its order, and
 * below them the settings of the kinds that are on (a setting shared by several kinds shows once).
 */
import { useCallback, useState } from 'react';
import { useEscape } from '../../ui/use-escape.ts';
import { tr } from '../../domain/text.ts';
import { layerShown } from '../../state/layers-slice.ts';
import { useStore } from '../../state/store.ts';
import { LAYER_KINDS } from '../layer-registry.ts';
import { LAYER_TEXT } from '../common/layer-strings.ts';
import { BasemapSettings } from './basemap-settings.tsx';

export function LayersPanel() {
  const lang = useStore((s) => s.lang);
  const layers = useStore((s) => s.layers);
  const setLayer = useStore((s) => s.setLayer);
  const [open, setOpen] = useState(false);
  // Under the drawer and the area panel: Escape closes those first.
  useEscape(
    open,
    useCallback(() => setOpen(false), []),
    useCallback(() => {
      const s = useStore.getState();
      return s.selected === null && s.area === null && !s.importOpen;
    }, []),
  );
  const settings = [
    ...new Set(LAYER_KINDS.filter((k) => k.Settings && layerShown(layers, k.id)).map((k) => k.Settings!)),
  ];
  return (
    <div className="layers-panel" data-testid="layers-panel">
      <button
        type="button"
        className="layers-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="layers-button"
      >
        ☰ {tr(lang, LAYER_TEXT.layers)}
      </button>
      {open && (
        <div className="layers-body">
          {LAYER_KINDS.map(
            (k) =>
              layers[k.id] && (
                <div key={k.id} className="layer-row">
                  <label>
                    <input
                      type="checkbox"
                      checked={layers[k.id].visible}
                      onChange={(e) => setLayer(k.id, { visible: e.target.checked })}
                      data-testid={`layer-${k.id}`}
                    />
                    {tr(lang, k.name)}
                  </label>
                  <input
                    type="range"
                    min={0.1}
                    max={1}
                    step={0.05}
                    value={layers[k.id].opacity}
                    aria-label={`${tr(lang, k.name)} ${tr(lang, LAYER_TEXT.opacity)}`}
                    onChange={(e) => setLayer(k.id, { opacity: Number(e.target.value) })}
                  />
                </div>
              ),
          )}
          {settings.map((Settings, i) => (
            <Settings key={i} />
          ))}
          <BasemapSettings />
        </div>
      )}
    </div>
  );
}
