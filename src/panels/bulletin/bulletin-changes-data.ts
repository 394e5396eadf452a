/**
 * The changes since the earlier data date (较上期变化) of the open comparison, for the printed
 * bulletin (bulletin-changes.tsx) and the Word document (word-export.tsx): one computation
 * (src/data/compare/period-changes.ts) with the names, hazards and main reasons in `lang`. Null when no
 * comparison is ready or the current names and ledger are not in yet.
 */
import {
  changeLines,
  mainReason,
  periodChanges,
  rowChange,
  type ChangeLines,
  type PeriodChanges,
} from '../../data/compare/index.ts';
import type { Lang } from '../../domain/lang.ts';
import type { AppState } from '../../state/store.ts';

export interface BulletinChanges {
  pc: PeriodChanges;
  lines: ChangeLines;
}

export function bulletinChanges(
  s: Pick<AppState, 'comparison' | 'compareState' | 'dataset' | 'text' | 'hazards' | 'model'>,
  lang: Lang,
): BulletinChanges | null {
  const cmp = s.comparison,
    d = s.dataset,
    text = s.text,
    hazards = s.hazards;
  if (!cmp || s.compareState !== 'ready' || !d || !text || !hazards) return null;
  const c = d.enterprises,
    e = cmp.earlier.enterprises;
  // The diff's hazard facts are per row of the ledger it compared (the same columns while the dataset stays).
  if (cmp.diff.hazardFacts.length !== hazards.length || cmp.diff.changeState.length !== c.length) return null;
  const input = {
    diff: cmp.diff,
    cur: c,
    prev: e,
    hazards,
    towns: d.manifest.towns,
    prevTowns: cmp.earlier.manifest.towns,
  };
  const pc = periodChanges(input);
  const lines = changeLines(pc, input, {
    enterprise: (row) => text.name.get(row) ?? '',
    hazard: (k) => hazards.description.get(k) || hazards.id.get(k) || '',
    reason: (row, prevRow) => (prevRow >= 0 ? mainReason(rowChange(c, e, row, prevRow, s.model), lang) : null),
  });
  return { pc, lines };
}
