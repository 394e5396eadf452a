/** The text of the area changes between two data dates (area-change.ts): the change metrics' names, the rank moves and
 * the ranking export's columns while comparing. */
import { defineStrings } from '../../domain/text.ts';

export const AREA_CHANGE_TEXT = defineStrings({
  riskIndexChange: { zh: '区域风险变化', en: 'Change in area risk' },
  /** A rank move: the area had no rank then (no selected enterprise at the earlier data date). */
  rankNew: { zh: '新', en: 'New' },
  /** The ranking export's columns while comparing. */
  rankThen: { zh: '上期排名', en: 'Rank then' },
  rankChange: { zh: '排名变化', en: 'Change in rank' },
  valueThen: { zh: '上期值', en: 'Value then' },
});
