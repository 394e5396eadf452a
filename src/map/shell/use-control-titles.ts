/** MapLibre's own control buttons speak the UI's language (it would otherwise title them in English). */
import { useEffect } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import type { StringKey } from '../../i18n/strings.ts';
import { useT } from '../../i18n/use-t.ts';

const TITLES: [selector: string, key: StringKey][] = [
  ['.maplibregl-ctrl-zoom-in', 'mapZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'mapZoomOut'],
  ['.maplibregl-ctrl-compass', 'mapResetBearing'],
];

export function useControlTitles(map: MlMap | null): void {
  const t = useT();
  useEffect(() => {
    const root = map?.getContainer();
    if (!root) return;
    for (const [selector, key] of TITLES) {
      const button = root.querySelector<HTMLButtonElement>(selector);
      if (!button) continue;
      button.title = t(key);
      button.setAttribute('aria-label', t(key));
    }
  }, [t, map]);
}
