/** Comparing two snapshots (data dates) of one district: what the other features may use. */
export { diffSnapshots, type DiffTotals, type SnapshotDiff } from './diff-snapshots.ts';
export {
  FACT_DUPLICATE_KEY,
  FACT_HAZARD_FOUND,
  FACT_NEWLY_LISTED,
  FACT_NEWLY_OVERDUE,
  HAZARD_CLOSED_SINCE,
  HAZARD_FOUND,
  HAZARD_LATE_ENTRY,
  HAZARD_NEWLY_LISTED,
  HAZARD_NEWLY_OVERDUE,
  HAZARD_REOPENED,
} from './diff-snapshots.ts';
export { enterpriseKeys, snapshotOf, utf8Of, type Snapshot, type SnapshotHazards } from './snapshot.ts';
export { mainReason, rowChange } from './row-change.ts';
export { assessedText, reasonText } from './reason-text.ts';
export { moverRows } from './movers.ts';
export {
  CHANGE_LIST_CAP,
  changeLines,
  changesSentence,
  moreText,
  periodChanges,
  townChangeName,
  type ChangeHazardLine,
  type ChangeLines,
  type ChangeNames,
  type MoverLine,
  type PeriodChanges,
  type PeriodChangesInput,
  type TownChange,
} from './period-changes.ts';
export { PERIOD_CHANGES_TEXT } from './period-changes-strings.ts';
