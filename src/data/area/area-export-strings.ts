/** The text of the area exports (area-export.ts): sheet and file names, the headers besides the figures'. */
import { defineStrings } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';

export const AREA_EXPORT_TEXT = defineStrings({
  rankingSheet: WORDS.areaRanking,
  rankingFile: { zh: '区域排名', en: 'area-ranking' },
  comparisonSheet: { zh: '区域对比', en: 'Area comparison' },
  comparisonFile: { zh: '区域对比', en: 'area-comparison' },
  gridWorkerSheet: { zh: '网格员排名', en: 'Grid workers' },
  gridWorkerFile: { zh: '网格员排名', en: 'grid-workers' },
  rank: { zh: '排名', en: 'Rank' },
  code: { zh: '编码', en: 'Code' },
  town: WORDS.town,
  gridWorker: WORDS.gridWorker,
  /** The grid-worker ranking's columns. */
  gridCells: { zh: '负责网格', en: 'Grid cells' },
  gridCellCount: { zh: '网格数', en: 'Cells' },
  enterprises: WORDS.enterpriseCount,
  openHazards: WORDS.openHazards,
  overdueHazards: WORDS.overdueHazards,
  foundThisWeek: { zh: '本周新发现隐患', en: 'Hazards found this week' },
  /** The group of grid cells without a grid worker. */
  noGridWorker: { zh: '未指定网格员', en: 'No grid worker' },
});
