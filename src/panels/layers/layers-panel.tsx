/**
 * The layers panel: visibility and opacity of every layer, and the settings of the heatmap, the
 * hexagons (2D/3D) and the area choropleths (metric, classification, re-class).
 */
import { useCallback, useState } from 'react';
import { useEscape } from '../use-escape.ts';
import { AREA_METRICS, type AreaMetricKey } from '../../data/area-metrics.ts';
import type { ClassMethod } from '../../domain/classify.ts';
import { nameIn } from '../../i18n/strings.ts';
import { LEVELS } from '../../domain/levels.ts';
import { LAYER_IDS } from '../../state/layers-slice.ts';
import { useStore } from '../../state/store.ts';
import { L, LAYER_NAMES } from './layer-strings.ts';
import { BasemapSettings } from './basemap-settings.tsx';

const METHODS: { key: ClassMethod; label: keyof typeof L }[] = [
  { key: 'quantile', label: 'quantile' }, { key: 'equal', label: 'equal' }, { key: 'jenks', label: 'jenks' }, { key: 'manual', label: 'manualM' },
];

export function LayersPanel() {
  const lang = useStore((s) => s.lang);
  const layers = useStore((s) => s.layers);
  const heat = useStore((s) => s.heat);
  const hex = useStore((s) => s.hex);
  const choro = useStore((s) => s.choro);
  const { setLayer, setHeat, setHex, setChoro, reclass, requestCamera } = useStore.getState();
  const [open, setOpen] = useState(false);
  // Under the drawer and the area panel: Escape closes those first.
  useEscape(open, useCallback(() => setOpen(false), []), useCallback(() => { const s = useStore.getState(); return s.selected === null && s.area === null && !s.importOpen; }, []));
  const [manualText, setManualText] = useState(choro.manual.join(', '));
  const tr = (k: keyof typeof L) => nameIn(lang, L[k]);
  const set3d = (on: boolean) => {
    setHex({ extruded: on });
    const c = useStore.getState().camera;
    if (c) requestCamera({ ...c, pitch: on ? 50 : 0 });
  };
  const anyChoro = layers.gridChoro.visible || layers.townChoro.visible || layers.parkChoro.visible;
  return (
    <div className="layers-panel" data-testid="layers-panel">
      <button type="button" className="layers-button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="layers-button">☰ {tr('layers')}</button>
      {open && (
        <div className="layers-body">
          {LAYER_IDS.map((id) => (
            <div key={id} className="layer-row">
              <label>
                <input type="checkbox" checked={layers[id].visible} onChange={(e) => setLayer(id, { visible: e.target.checked })} data-testid={`layer-${id}`} />
                {nameIn(lang, LAYER_NAMES[id])}
              </label>
              <input type="range" min={0.1} max={1} step={0.05} value={layers[id].opacity} aria-label={`${nameIn(lang, LAYER_NAMES[id])} ${tr('opacity')}`} onChange={(e) => setLayer(id, { opacity: Number(e.target.value) })} />
            </div>
          ))}
          {layers.heatmap.visible && (
            <fieldset>
              <legend>{tr('heatWeight')}</legend>
              <label><input type="radio" checked={heat.weight === 'level'} onChange={() => setHeat({ weight: 'level' })} /> {tr('byLevel')}</label>
              <label><input type="radio" checked={heat.weight === 'score'} onChange={() => setHeat({ weight: 'score' })} /> {tr('byScore')}</label>
              {heat.weight === 'level' && (
                <div className="button-row level-weights">
                  {LEVELS.map((l, k) => (
                    <label key={l.key} title={nameIn(lang, l)}>
                      {l.symbol}
                      <input type="number" min={0} step={1} value={heat.levelWeights[k]} data-testid={`heat-weight-${l.key}`} onChange={(e) => {
                        const v = Number(e.target.value);
                        if (!Number.isFinite(v) || v < 0 || e.target.value === '') return;
                        const w = [...heat.levelWeights] as [number, number, number, number];
                        w[k] = v;
                        setHeat({ levelWeights: w });
                      }} />
                    </label>
                  ))}
                </div>
              )}
            </fieldset>
          )}
          {layers.hexagon.visible && (
            <fieldset>
              <legend>{tr('hexColor')}</legend>
              <label><input type="radio" checked={hex.colorBy === 'count'} onChange={() => setHex({ colorBy: 'count' })} /> {tr('count')}</label>
              <label><input type="radio" checked={hex.colorBy === 'risk'} onChange={() => setHex({ colorBy: 'risk' })} /> {tr('risk')}</label>
              <div className="button-row">
                <button type="button" aria-pressed={!hex.extruded} onClick={() => set3d(false)} data-testid="view-2d">{tr('view2d')}</button>
                <button type="button" aria-pressed={hex.extruded} onClick={() => set3d(true)} data-testid="view-3d">{tr('view3d')}</button>
                <button type="button" onClick={() => { const c = useStore.getState().camera; if (c) requestCamera({ ...c, bearing: 0 }); }}>{tr('resetNorth')}</button>
              </div>
            </fieldset>
          )}
          {anyChoro && (
            <fieldset>
              <legend>{tr('metric')}</legend>
              <select value={choro.metric} onChange={(e) => setChoro({ metric: e.target.value as AreaMetricKey })} data-testid="choro-metric">
                {AREA_METRICS.map((m) => <option key={m.key} value={m.key}>{nameIn(lang, m)}</option>)}
              </select>
              <div className="button-row">
                <select value={choro.method} onChange={(e) => setChoro({ method: e.target.value as ClassMethod })} aria-label={tr('method')} data-testid="choro-method">
                  {METHODS.map((m) => <option key={m.key} value={m.key}>{tr(m.label)}</option>)}
                </select>
                <select value={choro.classes} onChange={(e) => setChoro({ classes: Number(e.target.value) })} aria-label={tr('classes')}>
                  {[3, 4, 5, 6, 7].map((k) => <option key={k} value={k}>{k}</option>)}
                </select>
              </div>
              {choro.method === 'manual' && (
                <label className="manual">{tr('manual')}
                  <input value={manualText} onChange={(e) => setManualText(e.target.value)} onBlur={() => {
                    const values = manualText.split(/[,，\s]+/).map(Number).filter(Number.isFinite);
                    if (values.length) setChoro({ manual: values });
                  }} />
                </label>
              )}
              <button type="button" onClick={reclass} data-testid="reclass">{tr('reclass')}</button>
            </fieldset>
          )}
          <BasemapSettings />
        </div>
      )}
    </div>
  );
}
