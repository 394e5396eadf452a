/** The hazard ledger's trend step and the period on its time slider, `ledger=week|month|2026-W43|2026-10`, when not the defaults. */
import {
  dataAsOf,
  periodEnd,
  periodLabel,
  periodOfLabel,
  periodStartOf,
  type TrendStep,
} from '../../data/ledger/hazard-ledger.ts';
import type { ViewPart } from './view-part.ts';

/** The step and the first day of the period picked (null: the latest). */
export interface LedgerView {
  step: TrendStep;
  start: number | null;
}

export const ledgerPart: ViewPart<LedgerView> = {
  field: 'ledger',
  keys: ['ledger'],
  write: (l) => [`ledger=${l.start === null ? l.step : periodLabel(l.start, l.step)}`],
  read: (link) => {
    const ledger = link.get('ledger');
    if (ledger === null) return undefined;
    const period = periodOfLabel(ledger);
    if (ledger === 'week' || ledger === 'month') return { step: ledger, start: null };
    if (period) return period;
    link.problems.push(`ledger: not a week or month "${ledger}"`);
    return undefined;
  },
  capture: (s) => {
    const { step, period } = s.ledger;
    return period || step !== 'week' ? { step, start: period?.start ?? null } : undefined;
  },
  // A period after the data date is the latest one.
  apply: (view, x) => {
    const want = view ?? { step: 'week', start: null };
    const s = x.get();
    if (want.step !== s.ledger.step) s.ledger.setStep(want.step);
    if (want.start === (s.ledger.period?.start ?? null)) return;
    const asOf = dataAsOf(s.dataset!);
    const latest = periodStartOf(asOf, want.step);
    if (want.start === null || want.start >= latest) s.ledger.setPeriod(null);
    else
      x.get().ledger.setPeriod({
        start: want.start,
        end: periodEnd(want.start, want.step, asOf),
        label: periodLabel(want.start, want.step),
      });
  },
  watch: (s) => [s.ledger.period, s.ledger.step],
  history: 'replace',
};
