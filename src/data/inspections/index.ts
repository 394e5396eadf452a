/**
 * The inspection ledger's face to the other features of src/data: what the import's build needs to
 * read a ledger into columns. What the app computes from the ledger (every enterprise's supervision
 * class and inspection status) is pure domain logic, in src/domain/supervision.
 */
export {
  emptyInspections,
  PENALTY_NO,
  PENALTY_NOT_GIVEN,
  PENALTY_YES,
  readHazardsFound,
  readInspections,
  readKind,
  readPenalty,
  type RawInspections,
} from './read-inspections.ts';
