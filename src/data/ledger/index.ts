/**
 * The hazard ledger's face to the other features of src/data: what the import's build needs to read a
 * ledger into columns and to count each enterprise's hazards. Everything else of the ledger (its
 * queries, trend and order) is imported from its own modules by the layers above.
 */
export { emptyHazards, isOverdue, readHazards, type RawHazards } from './build-hazards.ts';
