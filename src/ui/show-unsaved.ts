/**
 * Showing an import that could not be kept in this browser (too large for its storage, or no
 * storage at all) for the rest of this page's life. A saved import is shown by reloading the page on
 * its address (?saved=<id>); an unsaved one has nothing to reload from, so it replaces the dataset
 * shown in place, with what a fresh load would reset reset here.
 */
import { decodeBundleFiles, type BundleFiles } from '../data/load-bundle.ts';
import { defaultVisibleIds } from '../state/layers-slice.ts';
import { useStore } from '../state/store.ts';
import { indexInWorker } from './dataset-loading.ts';

/** The name of the unsaved import on show, or null when the dataset shown is the page address's. */
let unsavedName: string | null = null;

/** The unsaved import on show (for the dataset menu to mark it as current), or null. */
export const shownUnsaved = (): string | null => unsavedName;

/** Shows `files` (an import's bundle, `name` its name) in place of the dataset shown, until the page is closed. Throws when they cannot be decoded. */
export async function showUnsaved(files: BundleFiles, name: string): Promise<void> {
  const d = decodeBundleFiles(files);
  const { index, workerProblem } = await indexInWorker(d);
  const s = useStore.getState();
  // A small dataset has no worker: the one of a large dataset shown before must not rescore it.
  if (!index) s.setWorker(null);
  // The view of the dataset before (filters by its towns' and parks' numbers, areas, layers, period,
  // camera, the dataset in the link) means nothing here: the page starts as a fresh load would, and
  // with no camera requested the map fits the new district. A reload shows what a fresh visit shows.
  history.replaceState(null, '', location.pathname);
  useStore.setState({ flyTo: null });
  s.clearAll();
  s.setVisibleLayers(defaultVisibleIds(s.layerDefs));
  s.openArea(null);
  s.ledger.setPeriod(null);
  s.setDataset(d, index);
  unsavedName = name;
  if (workerProblem) s.setNotice({ kind: 'message', zh: workerProblem.zh, en: workerProblem.en });
}
