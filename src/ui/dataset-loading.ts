/**
 * Loading the dataset the page address asks for, from first byte to the first filtered picture:
 * fetch and check what the map and filters need, build the filter index (in the dataset worker for
 * large datasets), show it, read the rest of the address and keep it in sync; then stream in the
 * names, the hazard ledger and the inspection ledger in the background (the parts that need them say
 * so meanwhile).
 */
import { loadBundle, type StreamedBundle } from '../data/load-bundle.ts';
import type { CoreDataset, DatasetDetails, DatasetManifest } from '../data/dataset.ts';
import { DETAILS_TEXT } from './details-strings.ts';
import type { FilterDims, FilterIndex } from '../data/filter-engine.ts';
import { tr, trBoth, type Text } from '../domain/text.ts';
import { compareSource, datasetSource } from '../state/dataset-source.ts';
import { useStore } from '../state/store.ts';
import { applyUrl, startUrlSync } from '../state/url-sync.ts';
import { DatasetWorker, WorkerStartError, wantsWorker } from '../workers/dataset-worker-client.ts';

interface FirstLoad {
  first: CoreDataset & Partial<DatasetDetails>;
  /** Starts fetching the rest (a deployed bundle); absent when everything came at once (a saved import). */
  details?: StreamedBundle['details'];
  /** The dataset worker, when it loaded and indexed the first-picture file itself. */
  loaded?: { worker: DatasetWorker; index: FilterIndex };
  /** The worker could not start: the page did the work and says so. */
  workerProblem?: WorkerStartError;
}

const dimsOf = (m: DatasetManifest): FilterDims => ({
  towns: m.towns.length,
  grids: m.grids.length,
  parks: m.parks.length,
});

/** The dataset the address asks for: a deployed bundle, or an import saved in this browser. */
async function loadFromAddress(search: string): Promise<FirstLoad> {
  const source = datasetSource(search);
  if (source.kind === 'deployed') {
    // A large dataset's first-picture file is fetched, decoded and indexed by the dataset worker,
    // off the main thread, which meanwhile starts the map.
    let loaded: FirstLoad['loaded'];
    let workerProblem: WorkerStartError | undefined;
    const b = await loadBundle(source.id, undefined, (url, m) => {
      if (!wantsWorker(m.enterprises)) return null;
      const worker = new DatasetWorker(null, dimsOf(m));
      return worker.load(url, m, dimsOf(m)).then(
        ({ columns, index }) => {
          loaded = { worker, index };
          return columns;
        },
        (e: unknown) => {
          worker.terminate();
          // Without the worker the page fetches and indexes itself: slower, still usable.
          if (!(e instanceof WorkerStartError)) throw e;
          workerProblem = e;
          return null;
        },
      );
    });
    return { first: b.core, details: b.details, loaded, workerProblem };
  }
  // A damaged saved import is told to be deleted and imported again (not rebuilt and deployed).
  const { openSaved } = await import('../state/open-saved.ts');
  return { first: await openSaved(source.id) };
}

/**
 * A large dataset's filter index, built by a new dataset worker, which becomes the store's (the one
 * before it ends); nothing for a small dataset, or when the worker cannot start (`workerProblem`:
 * the page then does the work itself, slower but usable).
 */
export async function indexInWorker(
  d: CoreDataset,
): Promise<{ index?: FilterIndex; workerProblem?: WorkerStartError }> {
  if (!wantsWorker(d.enterprises.length)) return {};
  const worker = new DatasetWorker(d.enterprises, dimsOf(d.manifest));
  try {
    const index = await worker.index();
    useStore.getState().setWorker(worker);
    return { index };
  } catch (e) {
    worker.terminate();
    if (!(e instanceof WorkerStartError)) throw e;
    return { workerProblem: e };
  }
}

/** A message in both languages from an error (a BundleError has both). */
function bilingual(e: unknown): Text {
  const b = e as { zh?: unknown; en?: unknown };
  if (typeof b.zh === 'string' && typeof b.en === 'string') return { zh: b.zh, en: b.en };
  const message = e instanceof Error ? e.message : String(e);
  return { zh: message, en: message };
}

/** Fetches the names and the ledgers after the first picture; each part shows as soon as it is here. */
function streamDetails(manifest: CoreDataset['manifest'], details: StreamedBundle['details']): void {
  const { text, hazards, inspections } = details();
  const failed = (e: unknown) => {
    const s = useStore.getState();
    const m = bilingual(e);
    s.setDetailsError(manifest, tr(s.lang, m));
    s.setNotice({ kind: 'message', ...trBoth(DETAILS_TEXT.failed, m) });
  };
  text.then((t) => useStore.getState().setDetails(manifest, { text: t }), failed);
  hazards.then((h) => useStore.getState().setDetails(manifest, { hazards: h }), failed);
  // Undefined when the dataset has no inspection ledger: nothing to show.
  inspections.then((x) => x && useStore.getState().setDetails(manifest, { inspections: x }), failed);
  Promise.all([text, hazards, inspections]).then(
    () => performance.mark('dataset-details'),
    () => {},
  );
}

/** Starts loading; the returned function stops the address sync it started. */
export function startDatasetLoad(): () => void {
  const { setLoading, setDataset, setLoadError } = useStore.getState();
  setLoading();
  let stopSync = () => {};
  loadFromAddress(location.search)
    .then(async ({ first: d, details, loaded, workerProblem }) => {
      // Marks of the steps to the first picture, for the browser benchmark (one of each per load).
      performance.mark('dataset-decoded');
      let index = loaded?.index;
      if (loaded) useStore.getState().setWorker(loaded.worker);
      // Large and not loaded by the worker (a saved import, a format 1 bundle): the worker indexes it.
      else if (!workerProblem) ({ index, workerProblem } = await indexInWorker(d));
      performance.mark('dataset-indexed');
      setDataset(d, index);
      applyUrl();
      if (workerProblem) useStore.getState().setNotice({ kind: 'message', zh: workerProblem.zh, en: workerProblem.en });
      stopSync = startUrlSync();
      performance.mark('dataset-ready');
      // The rest streams in once the first picture is on screen (the frame after React has shown it),
      // so its bytes and its decoding do not compete with that picture.
      if (details) requestAnimationFrame(() => setTimeout(() => streamDetails(d.manifest, details), 0));
      // An earlier snapshot to compare with loads beside it; the comparison shows when both are in.
      // (Its code loads only then.)
      if (compareSource(location.search))
        void import('./compare-loading.ts').then((m) => m.startCompareLoad(location.search, d));
    })
    // Messages written for both languages (a bundle's, a saved dataset's) come in the user's.
    .catch((e: unknown) => setLoadError(tr(useStore.getState().lang, bilingual(e))));
  return () => stopSync();
}
