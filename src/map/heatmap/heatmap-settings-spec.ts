/** The heatmap's weights, by level (four weights) or by score, and their link `heat=score|level:<w,w,w,w>`. */
import type { LayerSettingsSpec } from '../../state/layer-settings.ts';

export interface HeatSettings {
  weight: 'level' | 'score';
  levelWeights: [number, number, number, number];
}

const DEFAULT_HEAT: HeatSettings = { weight: 'level', levelWeights: [8, 4, 2, 1] };

export const heatmapSettings: LayerSettingsSpec<HeatSettings, HeatSettings> = {
  id: 'heat',
  defaults: DEFAULT_HEAT,
  keys: ['heat'],
  toLink: (h) => (JSON.stringify(h) === JSON.stringify(DEFAULT_HEAT) ? undefined : h),
  fromLink: (h) => h ?? DEFAULT_HEAT,
  write: (h) => [`heat=${h.weight === 'score' ? 'score' : `level:${h.levelWeights.join(',')}`}`],
  read: (link) => {
    const heat = link.get('heat');
    if (heat === null) return undefined;
    const w = heat.startsWith('level:') ? heat.slice(6).split(',').map(Number) : [];
    if (heat === 'score') return { weight: 'score', levelWeights: [8, 4, 2, 1] };
    if (w.length === 4 && w.every((x) => Number.isFinite(x) && x >= 0))
      return { weight: 'level', levelWeights: w as [number, number, number, number] };
    link.problems.push(`heat: not a weighting "${heat}"`);
    return undefined;
  },
};
