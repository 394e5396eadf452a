/**
 * The filter result with its version, as one value that changes when either does. The version is the
 * store's signal that the filters ran (the engine can write a result into an object it was given),
 * so what is derived from the mask is keyed on both without silencing the hooks' dependency check.
 */
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../state/store.ts';

export function useFilterResult() {
  return useStore(useShallow((s) => ({ result: s.result, version: s.resultVersion })));
}
