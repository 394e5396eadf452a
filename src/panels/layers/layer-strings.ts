import type { LayerId } from '../../state/layers-slice.ts';

export const LAYER_NAMES: Record<LayerId, { zh: string; en: string }> = {
  points: { zh: '企业点位', en: 'Enterprise points' },
  hazards: { zh: '未销号隐患（圈）', en: 'Open hazards (rings)' },
  heatmap: { zh: '风险热力图', en: 'Risk heatmap' },
  hexagon: { zh: '蜂窝聚合', en: 'Hexagon aggregation' },
  gridChoro: { zh: '网格风险分级', en: 'Grid-cell choropleth' },
  townChoro: { zh: '镇街风险分级', en: 'Town choropleth' },
  parkChoro: { zh: '园区风险分级', en: 'Park choropleth' },
  parkBoundaries: { zh: '园区边界', en: 'Park boundaries' },
  gridLines: { zh: '网格线', en: 'Grid lines' },
  labels: { zh: '地名标注', en: 'Labels' },
};

export const L = {
  layers: { zh: '图层', en: 'Layers' },
  opacity: { zh: '透明度', en: 'Opacity' },
  heatWeight: { zh: '热力权重', en: 'Heat weight' },
  byLevel: { zh: '按等级（红8 橙4 黄2 蓝1）', en: 'By level (red 8, orange 4, yellow 2, blue 1)' },
  byScore: { zh: '按分值', en: 'By score' },
  hexColor: { zh: '蜂窝着色', en: 'Hexagons by' },
  count: { zh: '企业数', en: 'Count' },
  risk: { zh: '风险（等级加权）', en: 'Risk (level-weighted)' },
  view3d: { zh: '3D', en: '3D' },
  view2d: { zh: '2D', en: '2D' },
  resetNorth: { zh: '正北', en: 'North up' },
  metric: { zh: '分级指标', en: 'Metric' },
  method: { zh: '分级方法', en: 'Classification' },
  classes: { zh: '级数', en: 'Classes' },
  manual: { zh: '手动阈值（逗号分隔）', en: 'Manual thresholds (comma-separated)' },
  reclass: { zh: '按当前数据重新分级', en: 'Re-class from current data' },
  quantile: { zh: '分位数', en: 'Quantile' },
  equal: { zh: '等间距', en: 'Equal interval' },
  jenks: { zh: '自然断点', en: 'Natural breaks' },
  manualM: { zh: '手动', en: 'Manual' },
  noEnterprises: { zh: '无企业', en: 'No enterprises' },
  breaksFixed: { zh: '分级断点固定，筛选不改变', en: 'Breaks stay fixed while filtering' },
} as const;
