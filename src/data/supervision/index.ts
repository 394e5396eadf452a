/**
 * Supervision's pure computations over the inspection ledger: the coverage table by town, grid cell or
 * inspecting unit (and each enterprise's unit), its export, and the index from an enterprise to its
 * inspections that the drawer's history reads.
 */
export {
  COVERAGE_GROUPINGS,
  coverage,
  coverageUnits,
  sortCoverage,
  type Coverage,
  type CoverageGrouping,
  type CoverageInput,
  type CoverageRow,
  type CoverageSort,
  type CoverageSortKey,
  type EnterpriseUnits,
} from './coverage.ts';
export { coverageNames, coverageTable, type CoverageNames } from './coverage-export.ts';
export { COVERAGE_TEXT } from './coverage-strings.ts';
export { buildInspectionIndex, inspectionIndexOf, inspectionsOf, type InspectionIndex } from './inspection-index.ts';
