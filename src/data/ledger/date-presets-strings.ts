/** The names of the ledger's date presets (date-presets.ts), Chinese first. */
import { defineStrings } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';

export const DATE_PRESET_TEXT = defineStrings({
  week: WORDS.thisWeek,
  month: WORDS.thisMonth,
  /** From the day after the last period's data date to this one; {0}: that date. */
  since: { zh: '自上期（{0}）以来', en: 'Since the last period ({0})' },
});
