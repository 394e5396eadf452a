/**
 * A data folder's files to a built dataset with no one to ask: every file in the role its name
 * gives, every column by the names it is known under, coordinate systems as the files declare them
 * (or meta.json's `coords`, or `--coords`). What the data build (scripts/build-data.ts) and the
 * tests use; the browser's import dialog does the same steps with the user confirming each.
 */
import { ImportSession } from '../import/prepare.ts';
import type { ImportFile } from '../import/types.ts';
import { buildDataset, type BuiltDataset } from './build-dataset.ts';

export interface FolderBuild {
  built: BuiltDataset;
  session: ImportSession;
}

export function buildFromFiles(id: string, files: ImportFile[], opts: { coords?: string; builtAt?: string } = {}): FolderBuild {
  const session = new ImportSession(files);
  const choices = session.defaultChoices();
  if (opts.coords) choices.pointCrs = opts.coords;
  const unreadable = session.summaries().filter((s) => s.error);
  const built = buildDataset(id, session.sources(choices), opts.builtAt);
  session.nameColumns(built.issues, choices);
  // A file that could not be read at all is a problem of the build too.
  for (const s of unreadable) built.issues.unshift({ file: s.name, row: 0, column: '', value: '', reason: s.error!.en, reasonZh: s.error!.zh, severity: 'error' });
  return { built, session };
}

/** The text of a data folder's files in the docs/data-format.md layout (for tests). */
export interface SourceFiles {
  towns: string;
  grid?: string;
  parks?: string;
  enterprises: string;
  district?: string;
  hazards?: string;
  meta?: string;
  riskModel?: string;
}

const FILE_NAMES: Record<keyof SourceFiles, string> = {
  towns: 'towns.geojson', grid: 'grid.geojson', parks: 'parks.geojson', enterprises: 'enterprises.csv',
  district: 'district.geojson', hazards: 'hazards.csv', meta: 'meta.json', riskModel: 'risk-model.json',
};

/** Builds from file texts named as in docs/data-format.md. */
export function buildDatasetFromText(id: string, src: SourceFiles, builtAt?: string): BuiltDataset {
  const enc = new TextEncoder();
  const files = (Object.keys(FILE_NAMES) as (keyof SourceFiles)[])
    .filter((k) => src[k] !== undefined)
    .map((k) => ({ name: FILE_NAMES[k], bytes: enc.encode(src[k]) }));
  return buildFromFiles(id, files, { builtAt }).built;
}
