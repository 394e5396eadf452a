/**
 * Loading the dataset the page address asks for, from first byte to the first filtered picture:
 * fetch and check what the map and filters need, build the filter index (in the dataset worker for
 * large datasets), show it, read the rest of the address and keep it in sync; then stream in the
 * names and the hazard ledger in the background (the parts that need them say so meanwhile).
 */
import { decodeBundleFiles, loadBundle, type StreamedBundle } from '../data/load-bundle.ts';
import type { CoreDataset, DatasetDetails } from '../data/dataset.ts';
import { DETAILS_TEXT } from './details-strings.ts';
import type { FilterIndex } from '../data/filter-engine.ts';
import { tr } from '../i18n/text.ts';
import { datasetSource } from '../state/dataset-source.ts';
import { useStore } from '../state/store.ts';
import { applyUrl, startUrlSync } from '../state/url-sync.ts';
import { DatasetWorker, WorkerStartError, wantsWorker } from '../workers/dataset-worker-client.ts';

interface FirstLoad {
  first: CoreDataset & Partial<DatasetDetails>;
  /** Starts fetching the rest (a deployed bundle); absent when everything came at once (a saved import). */
  details?: StreamedBundle['details'];
}

/** The dataset the address asks for: a deployed bundle, or an import saved in this browser. */
async function loadFromAddress(search: string): Promise<FirstLoad> {
  const source = datasetSource(search);
  if (source.kind === 'deployed') {
    const b = await loadBundle(source.id);
    return { first: b.core, details: b.details };
  }
  const { loadSaved } = await import('../state/saved-datasets.ts');
  return { first: decodeBundleFiles(await loadSaved(source.id)) };
}

/** A message in both languages from an error (a BundleError has both). */
function bilingual(e: unknown): { zh: string; en: string } {
  const b = e as { zh?: unknown; en?: unknown };
  if (typeof b.zh === 'string' && typeof b.en === 'string') return { zh: b.zh, en: b.en };
  const message = e instanceof Error ? e.message : String(e);
  return { zh: message, en: message };
}

/** Fetches the names and the ledger after the first picture; each part shows as soon as it is here. */
function streamDetails(manifest: CoreDataset['manifest'], details: StreamedBundle['details']): void {
  const { text, hazards } = details();
  const failed = (e: unknown) => {
    const s = useStore.getState();
    const m = bilingual(e);
    s.setDetailsError(manifest, tr(s.lang, m));
    s.setNotice({ kind: 'message', zh: tr('zh', DETAILS_TEXT.failed, m.zh), en: tr('en', DETAILS_TEXT.failed, m.en) });
  };
  text.then((t) => useStore.getState().setDetails(manifest, { text: t }), failed);
  hazards.then((h) => useStore.getState().setDetails(manifest, { hazards: h }), failed);
  Promise.all([text, hazards]).then(() => performance.mark('dataset-details'), () => {});
}

/** Starts loading; the returned function stops the address sync it started. */
export function startDatasetLoad(): () => void {
  const { setLoading, setDataset, setLoadError } = useStore.getState();
  setLoading();
  let stopSync = () => {};
  loadFromAddress(location.search)
    .then(async ({ first: d, details }) => {
      // Large datasets: the filter index is built in a worker that also does what-if rescoring.
      let index: FilterIndex | undefined;
      let workerProblem: WorkerStartError | null = null;
      if (wantsWorker(d.enterprises.length)) {
        const m = d.manifest;
        const worker = new DatasetWorker(d.enterprises, { towns: m.towns.length, grids: m.grids.length, parks: m.parks.length });
        try {
          index = await worker.index();
          useStore.getState().setWorker(worker);
        } catch (e) {
          // Without the worker the page builds the index and rescoring itself: slower, still usable.
          worker.terminate();
          if (!(e instanceof WorkerStartError)) throw e;
          workerProblem = e;
        }
      }
      setDataset(d, index);
      applyUrl();
      if (workerProblem) useStore.getState().setNotice({ kind: 'message', zh: workerProblem.zh, en: workerProblem.en });
      stopSync = startUrlSync();
      performance.mark('dataset-ready');
      if (details) streamDetails(d.manifest, details);
    })
    // Messages written for both languages (a bundle's, a saved dataset's) come in the user's.
    .catch((e: unknown) => setLoadError(tr(useStore.getState().lang, bilingual(e))));
  return () => stopSync();
}
