/**
 * The date presets of the hazard ledger's found-date and closure-date filters, for the weekly
 * dispatch (周调度) and the monthly bulletin (月通报): 本周 (this week: the Monday of the data date's
 * week to the data date), 本月 (this month: the 1st of the data date's month to the data date) and,
 * when the previous period's data date is known, 自上期以来 (since the last period: the day after it
 * to the data date). Ranges are day numbers (src/data/dates.ts), inclusive at both ends; weeks start
 * on Monday, as the trend's weeks do (periodStartOf).
 */
import { trBoth, type Text } from '../../domain/text.ts';
import { formatDay } from '../dates.ts';
import { periodStartOf } from './hazard-ledger.ts';
import { DATE_PRESET_TEXT } from './date-presets-strings.ts';

export type PresetKey = 'week' | 'month' | 'since';

export interface Preset {
  key: PresetKey;
  /** Its name in both languages (the "since" one names the last period's date). */
  label: Text;
  /** First and last day, inclusive. */
  from: number;
  to: number;
}

/**
 * This week and this month, relative to the data date `asOfDay`; with `since` (the previous period's
 * data date), a third preset from the day after it to `asOfDay` (a `since` on or after the data date
 * gives no third preset: there is no day in between).
 */
export function ledgerDatePresets(asOfDay: number, since?: { day: number }): Preset[] {
  const out: Preset[] = [
    { key: 'week', label: DATE_PRESET_TEXT.week, from: periodStartOf(asOfDay, 'week'), to: asOfDay },
    { key: 'month', label: DATE_PRESET_TEXT.month, from: periodStartOf(asOfDay, 'month'), to: asOfDay },
  ];
  if (since && since.day < asOfDay)
    out.push({
      key: 'since',
      label: trBoth(DATE_PRESET_TEXT.since, formatDay(since.day)),
      from: since.day + 1,
      to: asOfDay,
    });
  return out;
}
