/** What the other features of src/map may use of this one (src/map/choropleth). */
export { formatMetric } from './choropleth-legend.tsx';
export {
  NO_RANKS,
  RANK_BADGE,
  RANK_BADGE_OPTIONS,
  RANK_SOURCE,
  rankBadgeImage,
  rankedTownLabels,
  rankLabelFeatures,
  rankLayer,
  TOWN_LABEL_TEXT,
} from './rank-labels.ts';
export { choroplethSettings } from './choropleth-settings-spec.ts';
