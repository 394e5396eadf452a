/** Messages between the import dialog and the import worker (src/workers/import-worker.ts). */
import type { Text } from '../domain/text.ts';
import type { ValidationIssue } from '../data/dataset.ts';
import type { CrsFigure } from '../data/import/point-crs.ts';
import type { FileSummary, ImportChoices } from '../data/import/prepare.ts';
import type { UnknownValue } from '../data/import/sector-values.ts';
import type { ImportFile } from '../data/common/import-types.ts';

/** Every request has an `id`; its reply (or error) carries the same one. */
export type ImportRequest = { id: number } & (
  | { type: 'open'; files: ImportFile[] }
  | { type: 'sheet'; file: number; sheet: string }
  | { type: 'inspect'; choices: ImportChoices }
  | { type: 'build'; choices: ImportChoices; datasetId: string; name?: string }
);

/** Where a long step is: `stage` names it, `done` is its share finished (0..1). */
export interface ImportProgress {
  type: 'progress';
  stage: string;
  file?: string;
  done: number;
}

export interface FileCounts {
  file: string;
  role: string;
  accepted: number;
  rejected: number;
  warnings: number;
}

export interface ImportReport {
  issues: ValidationIssue[];
  counts: FileCounts[];
  enterprises: number;
  hazards: number;
  /** Inspections kept; absent (a report from before the ledger) or 0 without an inspection ledger. */
  inspections?: number;
  towns: number;
  grids: number;
  parks: number;
  /** Enterprises per level, highest first. */
  levels: number[];
  asOf: string;
  name: string;
}

export type ImportReply =
  | ImportProgress
  | ({ id: number } & (
      | { type: 'opened'; summaries: FileSummary[]; choices: ImportChoices }
      | { type: 'summary'; summary: FileSummary }
      | { type: 'inspected'; blockers: Text[]; figures: CrsFigure[]; unknownSectors: UnknownValue[] }
      | { type: 'built'; report: ImportReport; bundle: Record<string, Uint8Array | string> }
      | { type: 'error'; reason: Text }
    ));
