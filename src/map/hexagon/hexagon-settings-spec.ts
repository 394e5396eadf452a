/** The hexagons' settings (colour by count or risk, radius, flat or 3D) and their link `hex=<count|risk>,<radius m>,<2d|3d>`. */
import type { LayerSettingsSpec } from '../../state/layer-settings.ts';

export interface HexSettings {
  extruded: boolean;
  colorBy: 'count' | 'risk';
  radius: number;
}

const DEFAULT_HEX: HexSettings = { extruded: false, colorBy: 'risk', radius: 400 };

export const hexagonSettings: LayerSettingsSpec<HexSettings, HexSettings> = {
  id: 'hex',
  defaults: DEFAULT_HEX,
  keys: ['hex'],
  toLink: (h) => (JSON.stringify(h) === JSON.stringify(DEFAULT_HEX) ? undefined : h),
  fromLink: (h) => h ?? DEFAULT_HEX,
  write: (h) => [`hex=${h.colorBy},${Math.round(h.radius)},${h.extruded ? '3d' : '2d'}`],
  read: (link) => {
    const hex = link.get('hex');
    if (hex === null) return undefined;
    const [colorBy, radiusText, dim] = hex.split(',');
    const radius = Number(radiusText);
    if (
      (colorBy === 'count' || colorBy === 'risk') &&
      Number.isFinite(radius) &&
      radius >= 50 &&
      radius <= 5000 &&
      (dim === '2d' || dim === '3d')
    )
      return { colorBy, radius, extruded: dim === '3d' };
    link.problems.push(`hex: not hexagon settings "${hex}"`);
    return undefined;
  },
};
