/**
 * The choropleths' settings in the layers panel (shared by the three area kinds, shown once): the
 * metric, the classification method and classes, manual thresholds, and re-class from the filtered data.
 * The change between two data dates is offered only while a comparison is open; otherwise a line says so.
 */
import { useState } from 'react';
import { isChangeMetric, MAP_METRICS, type MapMetricKey } from '../../data/area/area-change.ts';
import type { ClassMethod } from '../../domain/classify.ts';
import { nameIn } from '../../i18n/strings.ts';
import { tr } from '../../domain/text.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { useStore } from '../../state/store.ts';
import { choroplethSettings, type ChoroSettings } from './choropleth-settings-spec.ts';
import { LAYER_TEXT } from '../common/layer-strings.ts';
import { CHORO_TEXT } from './strings.ts';

const METHODS: { key: ClassMethod; label: keyof typeof LAYER_TEXT }[] = [
  { key: 'quantile', label: 'quantile' },
  { key: 'equal', label: 'equal' },
  { key: 'jenks', label: 'jenks' },
  { key: 'manual', label: 'manualM' },
];

export function ChoroplethSettings() {
  const lang = useStore((s) => s.lang);
  const choro = useStore((s) => settingsOf(s, choroplethSettings));
  const { setLayerSettings, refreeze } = useStore.getState();
  const setChoro = (patch: Partial<Omit<ChoroSettings, 'breaks'>>) => setLayerSettings(choroplethSettings.id, patch);
  const comparing = useStore((s) => s.comparison !== null);
  const [manualText, setManualText] = useState(choro.manual.join(', '));
  // A change stays listed while it is the chosen metric (from a link, before the comparison is in).
  const metrics = MAP_METRICS.filter((m) => !isChangeMetric(m.key) || comparing || m.key === choro.metric);
  return (
    <fieldset>
      <legend>{tr(lang, LAYER_TEXT.metric)}</legend>
      <select
        value={choro.metric}
        onChange={(e) => setChoro({ metric: e.target.value as MapMetricKey })}
        data-testid="choro-metric"
      >
        {metrics.map((m) => (
          <option key={m.key} value={m.key}>
            {nameIn(lang, m)}
          </option>
        ))}
      </select>
      {!comparing && (
        <p className="muted" data-testid="choro-change-unavailable">
          {tr(lang, CHORO_TEXT.changeNeedsComparison)}
        </p>
      )}
      <div className="button-row">
        <select
          value={choro.method}
          onChange={(e) => setChoro({ method: e.target.value as ClassMethod })}
          aria-label={tr(lang, LAYER_TEXT.method)}
          data-testid="choro-method"
        >
          {METHODS.map((m) => (
            <option key={m.key} value={m.key}>
              {tr(lang, LAYER_TEXT[m.label])}
            </option>
          ))}
        </select>
        <select
          value={choro.classes}
          onChange={(e) => setChoro({ classes: Number(e.target.value) })}
          aria-label={tr(lang, LAYER_TEXT.classes)}
        >
          {[3, 4, 5, 6, 7].map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      {choro.method === 'manual' && (
        <label className="manual">
          {tr(lang, LAYER_TEXT.manual)}
          <input
            value={manualText}
            onChange={(e) => setManualText(e.target.value)}
            onBlur={() => {
              const values = manualText
                .split(/[,，\s]+/)
                .map(Number)
                .filter(Number.isFinite);
              if (values.length) setChoro({ manual: values });
            }}
          />
        </label>
      )}
      <button type="button" onClick={() => refreeze(choroplethSettings.id)} data-testid="reclass">
        {tr(lang, LAYER_TEXT.reclass)}
      </button>
    </fieldset>
  );
}
