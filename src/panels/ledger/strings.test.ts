import { describe, expect, it } from 'vitest';
import { ledgerCountLabel, periodSummary } from './strings.ts';

describe('the ledger sentences', () => {
  it('count hazards, one and many, with the language’s digit grouping', () => {
    expect(ledgerCountLabel('zh', 1234)).toBe('共 1,234 条');
    expect(ledgerCountLabel('zh', 1)).toBe('共 1 条');
    expect(ledgerCountLabel('en', 1)).toBe('1 hazard');
    expect(ledgerCountLabel('en', 0)).toBe('0 hazards');
    expect(ledgerCountLabel('en', 1234)).toBe('1,234 hazards');
  });

  it('sum up a period, the current one and a picked one', () => {
    expect(periodSummary('zh', 'week', true, '2026-W43', 1234, 5, 6)).toBe(
      '本周（2026-W43）新增 1,234，销号 5，仍未销号 6',
    );
    expect(periodSummary('zh', 'month', false, '2026-10', 1, 2, 3)).toBe('所选月（2026-10）新增 1，销号 2，仍未销号 3');
    expect(periodSummary('en', 'week', true, '2026-W43', 1234, 5, 6)).toBe(
      'This week (2026-W43): 1,234 new, 5 closed, 6 still open',
    );
    expect(periodSummary('en', 'month', true, '2026-10', 1, 2, 3)).toBe(
      'This month (2026-10): 1 new, 2 closed, 3 still open',
    );
    expect(periodSummary('en', 'week', false, '2026-W40', 1, 2, 3)).toBe(
      'Week (2026-W40): 1 new, 2 closed, 3 still open',
    );
    expect(periodSummary('zh', 'week', false, '2026-W40', 1, 2, 3)).toBe(
      '所选周（2026-W40）新增 1，销号 2，仍未销号 3',
    );
  });
});
