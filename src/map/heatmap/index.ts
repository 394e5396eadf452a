/** What the other features of src/map may use of this one (src/map/heatmap). */
export { DensityLegend } from './density-legend.tsx';
export { heatmapSettings } from './heatmap-settings-spec.ts';
