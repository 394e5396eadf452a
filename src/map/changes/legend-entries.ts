/** What the changes legend shows: each mark drawn with its count, or a note saying why there are none. */
import type { Text } from '../../domain/text.ts';
import { trBoth } from '../../domain/text.ts';
import {
  CHANGE_MARKS,
  MARK_DOWN,
  MARK_GONE,
  type ChangeMark,
  type ChangeMarkAttributes,
  type ChangeMarkChoice,
} from './change-marks.ts';
import { CHANGE_MARK_TEXT as T } from './strings.ts';

export interface ChangeLegendEntry {
  mark: ChangeMark;
  count: number;
  /** Said after the count: the gone enterprises show where they were. */
  suffix?: Text;
}

export type ChangeLegendContent =
  { state: 'no-comparison' | 'waiting'; note: Text } | { state: 'marks'; entries: ChangeLegendEntry[]; note: Text };

/**
 * `marks`: what the layer draws (null: no change codes); `compareState`: the store's; `dates`: the
 * two data dates compared (earlier, current).
 */
export function changeLegendContent(
  marks: ChangeMarkAttributes | null,
  choice: ChangeMarkChoice,
  compareState: 'off' | 'waiting' | 'computing' | 'ready' | 'error',
  dates: readonly [string, string],
): ChangeLegendContent {
  if (!marks)
    return compareState === 'waiting' || compareState === 'computing'
      ? { state: 'waiting', note: T.waiting }
      : { state: 'no-comparison', note: T.noComparison };
  const entries = CHANGE_MARKS.flatMap((mark, k): ChangeLegendEntry[] => {
    if ((k === MARK_DOWN && !choice.down) || (k === MARK_GONE && !choice.gone)) return [];
    return [
      k === MARK_GONE ? { mark, count: marks.counts[k], suffix: T.atEarlierPlace } : { mark, count: marks.counts[k] },
    ];
  });
  return { state: 'marks', entries, note: trBoth(choice.gone ? T.noteGone : T.note, ...dates) };
}
