/** The area-picking toolbar's buttons (one per AreaMode), Chinese first. */
import { defineStrings } from '../domain/text.ts';
import { WORDS } from '../domain/words-strings.ts';

export const AREA_MODE_TEXT = defineStrings({
  town: WORDS.town,
  grid: { zh: '网格', en: 'Grid' },
  park: WORDS.park,
});
