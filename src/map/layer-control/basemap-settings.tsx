/**
 * The online basemap in the layers panel: off by default, a Tianditu key to give, vector or
 * imagery. Turning it on is what makes the app go online; the panel says so.
 */
import { useState } from 'react';
import { nameIn } from '../../i18n/strings.ts';
import { useStore } from '../../state/store.ts';
import { LAYER_TEXT as L } from '../common/layer-strings.ts';

export function BasemapSettings() {
  const lang = useStore((s) => s.lang);
  const basemap = useStore((s) => s.basemap);
  const setBasemap = useStore((s) => s.setBasemap);
  const [key, setKey] = useState(basemap.key);
  const tr = (k: keyof typeof L) => nameIn(lang, L[k]);
  const canTurnOn = key.trim() !== '' || basemap.tileUrl !== undefined;
  return (
    <fieldset data-testid="basemap-settings">
      <legend>{tr('basemap')}</legend>
      <label>
        <input
          type="checkbox"
          checked={basemap.enabled}
          disabled={!basemap.enabled && !canTurnOn}
          data-testid="basemap-enabled"
          onChange={(e) => setBasemap({ ...basemap, key: key.trim(), enabled: e.target.checked })}
        />
        {tr('basemapOn')}
      </label>
      <input
        type="password"
        value={key}
        placeholder={tr('basemapKey')}
        aria-label={tr('basemapKey')}
        autoComplete="off"
        data-testid="basemap-key"
        onChange={(e) => setKey(e.target.value)}
        onBlur={() => {
          if (key.trim() !== basemap.key) setBasemap({ ...basemap, key: key.trim() });
        }}
      />
      <div className="button-row">
        <button
          type="button"
          aria-pressed={basemap.kind === 'vec'}
          onClick={() => setBasemap({ ...basemap, kind: 'vec' })}
        >
          {tr('basemapVec')}
        </button>
        <button
          type="button"
          aria-pressed={basemap.kind === 'img'}
          onClick={() => setBasemap({ ...basemap, kind: 'img' })}
        >
          {tr('basemapImg')}
        </button>
      </div>
      <div className="choro-note">{tr('basemapNote')}</div>
    </fieldset>
  );
}
