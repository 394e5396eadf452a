/** The area-picking toolbar's buttons (one per AreaMode), Chinese first. */
import { defineStrings } from '../domain/text.ts';

export const AREA_MODE_TEXT = defineStrings({
  town: { zh: '镇街', en: 'Town' },
  grid: { zh: '网格', en: 'Grid' },
  park: { zh: '园区', en: 'Park' },
});
