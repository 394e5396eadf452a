/** One enterprise's change between the snapshots, in the model's terms and in words. */
import { changeReasons, type ChangeReasons } from '../../domain/compare/change-reasons.ts';
import type { Lang } from '../../domain/lang.ts';
import { inputsAt, type RiskModel } from '../../domain/risk-model.ts';
import type { EnterpriseColumns } from '../columns.ts';
import { assessedText, reasonText } from './reason-text.ts';

/** The breakdowns of current row `row` and its earlier row `prevRow` under `model`, side by side. */
export function rowChange(
  cur: EnterpriseColumns,
  earlier: EnterpriseColumns,
  row: number,
  prevRow: number,
  model: RiskModel,
): ChangeReasons {
  return changeReasons(model, inputsAt(earlier, prevRow), inputsAt(cur, row), {
    then: earlier.assessedLevel[prevRow],
    now: cur.assessedLevel[row],
  });
}

/** The change's main reason in words (an external assessment first: it decides the level shown), or null. */
export function mainReason(r: ChangeReasons, lang: Lang): string | null {
  return assessedText(r.assessedThen, r.assessedNow, lang) ?? (r.lines[0] ? reasonText(r.lines[0], lang) : null);
}
