/** What the other features of src/map may use of this one (src/map/choropleth). */
export { formatMetric } from './choropleth-legend.tsx';
export { NO_RANKS, RANK_SOURCE, TOWN_LABEL_TEXT, rankLayer } from './rank-labels.ts';
