/** What the inspection-status legend shows: the chosen marks with their counts, or a note saying why there are none. */
import type { Text } from '../../domain/text.ts';
import {
  INSPECTION_MARKS,
  type InspectionMark,
  type InspectionMarkAttributes,
  type MarkKey,
} from './inspection-marks.ts';
import { INSPECTION_MARK_TEXT as T } from './strings.ts';

export type LegendContent =
  | { state: 'no-ledger' | 'loading' | 'none-chosen'; note: Text }
  | { state: 'marks'; entries: { mark: InspectionMark; count: number }[]; note: Text };

/**
 * `marks`: what the layer draws (null: no inspection status); `ledgerComing`: the dataset has an
 * inspection ledger still loading (or its status is being computed).
 */
export function legendContent(
  marks: InspectionMarkAttributes | null,
  chosen: readonly MarkKey[],
  ledgerComing: boolean,
): LegendContent {
  if (!marks) return ledgerComing ? { state: 'loading', note: T.loading } : { state: 'no-ledger', note: T.noLedger };
  const entries = INSPECTION_MARKS.flatMap((mark, k) =>
    chosen.includes(mark.key) ? [{ mark, count: marks.counts[k] }] : [],
  );
  return entries.length ? { state: 'marks', entries, note: T.note } : { state: 'none-chosen', note: T.noneChosen };
}
