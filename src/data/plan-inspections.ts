/**
 * The inspection ledger as the yearly plan reads it (src/domain/supervision/yearly-plan.ts): the
 * status's columns and a unit id per inspection, the ids numbering the distinct unit names.
 */
import type { PlanInspections } from '../domain/supervision/index.ts';
import type { InspectionColumns, TextColumn } from './dataset.ts';

/**
 * Each inspection's unit as an id into `names`: the ledger's unit text, trimmed; the names in the
 * order they first appear in the ledger; -1 for an inspection whose unit is empty or not given.
 */
export function inspectionUnits(unit: Pick<TextColumn, 'get' | 'length'>): { ids: Int32Array; names: string[] } {
  const ids = new Int32Array(unit.length);
  const names: string[] = [];
  const idOf = new Map<string, number>();
  for (let k = 0; k < unit.length; k++) {
    const name = unit.get(k)?.trim() ?? '';
    if (name === '') {
      ids[k] = -1;
      continue;
    }
    let id = idOf.get(name);
    if (id === undefined) {
      id = names.length;
      idOf.set(name, id);
      names.push(name);
    }
    ids[k] = id;
  }
  return { ids, names };
}

/** The plan's `inspections` and `unitNames` from a dataset's ledger (the columns are shared, not copied). */
export function planInspections(ledger: Pick<InspectionColumns, 'length' | 'enterprise' | 'day' | 'kind' | 'unit'>): {
  inspections: PlanInspections;
  unitNames: string[];
} {
  const { ids, names } = inspectionUnits(ledger.unit);
  const { length, enterprise, day, kind } = ledger;
  return { inspections: { length, enterprise, day, kind, unit: ids }, unitNames: names };
}
