/**
 * State of the hazard ledger panel, the store's `ledger` slice: the ledger's filters (kept when the
 * dock switches tabs), the trend step, and the period picked on the time slider (part of the link).
 *
 * `ledgerDay` is what the rest of the app reads: the last day of the picked period, or null for the
 * data date (the last period, the default). The map's hazard rings show the hazards open on
 * `ledgerDay ?? asOf`.
 */
import type { StateCreator } from 'zustand';
import type { TrendStep } from '../data/ledger/hazard-ledger.ts';
import type { AppState } from './store.ts';

export interface LedgerFilters {
  /** HAZARD_LEVELS codes; empty = all. */
  levels: number[];
  /** HAZARD_STATUSES codes; empty = all. */
  statuses: number[];
  /** HAZARD_SOURCES codes, 255 = not given; empty = all. */
  sources: number[];
  overdueOnly: boolean;
  listedOnly: boolean;
  /** Found-date range, day numbers, inclusive; null = open-ended. */
  from: number | null;
  to: number | null;
  /** Closure-date range (the day a hazard counts as closed, see hazard-ledger.ts), inclusive; null = open-ended. */
  closedFrom: number | null;
  closedTo: number | null;
  /** Only hazards of enterprises passing the map filters (default on). */
  inMapFilter: boolean;
  /** The found-date range follows the period picked on the time slider (from/to are then ignored). */
  followSlider: boolean;
  /** Only the hazards of the enterprise open in the drawer (the per-enterprise list). */
  onlySelected: boolean;
}

export const NO_LEDGER_FILTERS: LedgerFilters = {
  levels: [],
  statuses: [],
  sources: [],
  overdueOnly: false,
  listedOnly: false,
  from: null,
  to: null,
  closedFrom: null,
  closedTo: null,
  inMapFilter: true,
  followSlider: false,
  onlySelected: false,
};

export interface LedgerPeriod {
  start: number;
  end: number;
  label: string;
}

export interface LedgerState {
  filters: LedgerFilters;
  step: TrendStep;
  /** The period picked on the time slider; null = the last one (holding the data date). */
  period: LedgerPeriod | null;
  /** Last day of the picked period; null = the data date. */
  ledgerDay: number | null;
  setFilters(patch: Partial<LedgerFilters>): void;
  /** Adds or removes a code in one list filter. */
  toggleCode(dim: 'levels' | 'statuses' | 'sources', code: number): void;
  clearFilters(): void;
  setStep(step: TrendStep): void;
  /** Picks a period; `isLast` (the period holding the data date) resets to null. */
  setPeriod(period: LedgerPeriod | null, isLast?: boolean): void;
}

export interface LedgerSlice {
  ledger: LedgerState;
}

export const createLedgerSlice: StateCreator<AppState, [], [], LedgerSlice> = (set, get) => {
  const patch = (p: Partial<LedgerState>) => set({ ledger: { ...get().ledger, ...p } });
  return {
    ledger: {
      filters: NO_LEDGER_FILTERS,
      step: 'week',
      period: null,
      ledgerDay: null,
      setFilters: (p) => patch({ filters: { ...get().ledger.filters, ...p } }),
      toggleCode: (dim, code) => {
        const list = get().ledger.filters[dim];
        const next = list.includes(code) ? list.filter((v) => v !== code) : [...list, code].sort((a, b) => a - b);
        patch({ filters: { ...get().ledger.filters, [dim]: next } });
      },
      clearFilters: () => patch({ filters: { ...NO_LEDGER_FILTERS, inMapFilter: get().ledger.filters.inMapFilter } }),
      setStep: (step) => patch({ step, period: null, ledgerDay: null }),
      setPeriod: (period, isLast = false) =>
        patch(period && !isLast ? { period, ledgerDay: period.end } : { period: null, ledgerDay: null }),
    },
  };
};
