/**
 * Opening a dataset saved in this browser: its files read and every one checked and decoded. A file
 * the checks find wrong is reported with the advice for a saved import (delete it in the Dataset menu
 * and import the files again), not the bundle checks' advice for a deployed bundle (rebuild it with
 * npm run build-data and deploy it again), which a user who imported in the browser cannot follow.
 */
import { decodeBundleFiles } from '../data/load-bundle.ts';
import type { Dataset } from '../data/dataset.ts';
import { BundleError } from '../data/validate-bundle.ts';
import { damagedSavedFile, loadSaved } from './saved-datasets.ts';

/** Saved dataset `id`, decoded. Throws a SavedDatasetError (both languages) when it is missing or damaged. */
export async function openSaved(id: string): Promise<Dataset> {
  const files = await loadSaved(id);
  try {
    return decodeBundleFiles(files);
  } catch (e) {
    // Whatever the decoding trips on, the saved copy is what is wrong.
    const m = String((e as Error)?.message ?? e);
    throw damagedSavedFile(
      files.name,
      e instanceof BundleError
        ? { zh: `${e.file}：${e.problem.zh}`, en: `${e.file}: ${e.problem.en}` }
        : { zh: m, en: m },
    );
  }
}
