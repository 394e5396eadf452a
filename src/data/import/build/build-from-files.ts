/**
 * A data folder's files to a built dataset with no one to ask: every file in the role its name
 * gives, every column by the names it is known under, coordinate systems as the files declare them
 * (or meta.json's `coords`, or `--coords`). What the data build (scripts/build-data.ts) and the
 * tests use; the browser's import dialog does the same steps with the user confirming each.
 */
import type { Text } from '../../../domain/text.ts';
import { ImportSession, type ImportChoices } from '../prepare.ts';
import type { ImportFile } from '../../common/import-types.ts';
import { buildDataset, type BuiltDataset } from './build-dataset.ts';

/** A file of the folder that could not be read at all, and why. */
export interface UnreadableFile {
  name: string;
  reason: Text;
}

/** A data folder's files read and given their roles, nothing built yet. */
export interface OpenedFolder {
  session: ImportSession;
  choices: ImportChoices;
  /**
   * The files that could not be read, in the folder's order. The build goes on without them, so a
   * caller that must not ship a dataset missing a file (scripts/build-data.ts) checks this.
   */
  unreadable: UnreadableFile[];
}

export interface FolderBuild extends OpenedFolder {
  built: BuiltDataset;
}

/**
 * Reads every file in the role its name (or content) gives. Split from the build so that a caller
 * can say which files could not be read even when the build then stops for want of them.
 */
export function openFolder(files: ImportFile[], opts: { coords?: string } = {}): OpenedFolder {
  const session = new ImportSession(files);
  const choices = session.defaultChoices();
  if (opts.coords) choices.pointCrs = opts.coords;
  const unreadable = session
    .summaries()
    .flatMap((s) => (s.error && !s.notData ? [{ name: s.name, reason: s.error }] : []));
  return { session, choices, unreadable };
}

/**
 * Builds a folder opened by {@link openFolder}. The unreadable files are the dataset's first issues,
 * one each (row 0) in the order of `unreadable` and nothing before them, so build-report.json names
 * them and a caller can take the rest as `issues.slice(unreadable.length)`.
 *
 * @throws ImportError when no enterprise table or no town boundaries can be used (missing, or unreadable).
 */
export function buildOpened(id: string, folder: OpenedFolder, builtAt?: string): BuiltDataset {
  const { session, choices, unreadable } = folder;
  const built = buildDataset(id, session.sources(choices), builtAt);
  session.nameColumns(built.issues, choices);
  built.issues.unshift(
    ...unreadable.map((u) => ({
      file: u.name,
      row: 0,
      column: '',
      value: '',
      reason: u.reason.en,
      reasonZh: u.reason.zh,
      severity: 'error' as const,
    })),
  );
  return built;
}

/** {@link openFolder} then {@link buildOpened}: a data folder's files to a built dataset. */
export function buildFromFiles(
  id: string,
  files: ImportFile[],
  opts: { coords?: string; builtAt?: string } = {},
): FolderBuild {
  const folder = openFolder(files, opts);
  return { ...folder, built: buildOpened(id, folder, opts.builtAt) };
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
  supervision?: string;
}

const FILE_NAMES: Record<keyof SourceFiles, string> = {
  towns: 'towns.geojson',
  grid: 'grid.geojson',
  parks: 'parks.geojson',
  enterprises: 'enterprises.csv',
  district: 'district.geojson',
  hazards: 'hazards.csv',
  meta: 'meta.json',
  riskModel: 'risk-model.json',
  supervision: 'supervision.json',
};

/** Builds from file texts named as in docs/data-format.md. */
export function buildDatasetFromText(id: string, src: SourceFiles, builtAt?: string): BuiltDataset {
  const enc = new TextEncoder();
  const files = (Object.keys(FILE_NAMES) as (keyof SourceFiles)[])
    .filter((k) => src[k] !== undefined)
    .map((k) => ({ name: FILE_NAMES[k], bytes: enc.encode(src[k]) }));
  return buildFromFiles(id, files, { builtAt }).built;
}
