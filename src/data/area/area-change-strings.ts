/** The text of the area changes between two data dates (area-change.ts): the change metrics' names. */
import { defineStrings } from '../../domain/text.ts';

export const AREA_CHANGE_TEXT = defineStrings({
  riskIndexChange: { zh: '区域风险变化', en: 'Change in area risk' },
});
