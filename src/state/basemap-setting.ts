/**
 * The online basemap setting (src/map/base/online-basemap.ts draws it): off unless a user turns it
 * on in the layers panel or the deployment presets it in `config.json`. A user's own choice is kept
 * in localStorage and wins over the preset; anything malformed reads as off.
 */
import { readSetting, writeSetting } from './storage.ts';

export type BasemapKind = 'vec' | 'img';

export interface BasemapSetting {
  enabled: boolean;
  kind: BasemapKind;
  /** The bureau's Tianditu key (tk). */
  key: string;
  /**
   * A tile URL template with {z}, {x}, {y}, {kind} and {key}, for an intranet mirror of Tianditu
   * (and the tests); Tianditu's own servers when absent.
   */
  tileUrl?: string;
  /** The map review number (审图号) to show with the attribution, as the provider publishes it. */
  reviewNumber?: string;
}

export const BASEMAP_OFF: BasemapSetting = { enabled: false, kind: 'vec', key: '' };

/** A setting read from config.json or localStorage: anything malformed is off (and says why). */
export function parseBasemapSetting(json: unknown): { setting: BasemapSetting; problem?: string } {
  if (json === undefined || json === null) return { setting: BASEMAP_OFF };
  if (typeof json !== 'object' || Array.isArray(json))
    return { setting: BASEMAP_OFF, problem: 'basemap: not an object' };
  const o = json as Record<string, unknown>;
  const kind = o.kind === 'img' ? 'img' : 'vec';
  const key = typeof o.key === 'string' ? o.key.trim() : '';
  const tileUrl =
    typeof o.tileUrl === 'string' && /\{z\}/.test(o.tileUrl) && /\{x\}/.test(o.tileUrl) && /\{y\}/.test(o.tileUrl)
      ? o.tileUrl
      : undefined;
  if (o.tileUrl !== undefined && !tileUrl)
    return { setting: BASEMAP_OFF, problem: 'basemap.tileUrl: needs {z}, {x} and {y}' };
  const enabled = o.enabled === true && (key !== '' || tileUrl !== undefined);
  const reviewNumber = typeof o.reviewNumber === 'string' && o.reviewNumber.trim() ? o.reviewNumber.trim() : undefined;
  return {
    setting: { enabled, kind, key, tileUrl, reviewNumber },
    problem: o.enabled === true && !enabled ? 'basemap: enabled without a key' : undefined,
  };
}

const BASEMAP_KEY = 'risk-map.basemap';

/** The user's saved choice, or null when they never made one (the deployment's preset then applies). */
export function savedBasemap(): BasemapSetting | null {
  const raw = readSetting<unknown>(BASEMAP_KEY, (v): v is unknown => v !== null && typeof v === 'object', null);
  return raw === null ? null : parseBasemapSetting(raw).setting;
}

export function saveBasemap(s: BasemapSetting): void {
  writeSetting(BASEMAP_KEY, s);
}
