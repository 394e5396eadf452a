import { describe, expect, it } from 'vitest';
import { useStore } from './store.ts';
import { DEFAULT_RISK_MODEL } from '../domain/risk-model.ts';

describe('model slice', () => {
  it('keeps the model in use and says why when a model is malformed', () => {
    const before = useStore.getState().model;
    expect(useStore.getState().applyModel({ thresholds: { major: 'high' } })).toBe(false);
    expect(useStore.getState().model).toBe(before);
    expect(useStore.getState().modelError).toMatch(/thresholds.major must be a number/);
    expect(useStore.getState().applyModel({ thresholds: { major: 10 } })).toBe(false);
    expect(useStore.getState().model).toBe(DEFAULT_RISK_MODEL);
  });
});
