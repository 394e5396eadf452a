/**
 * Loading the dataset the page address asks for, from first byte to the first filtered picture:
 * fetch and check the bundle, build the filter index (in the dataset worker for large datasets),
 * show it, then read the rest of the address and keep it in sync.
 */
import { decodeBundleFiles, loadBundle } from '../data/load-bundle.ts';
import type { FilterIndex } from '../data/filter-engine.ts';
import { tr } from '../i18n/text.ts';
import { datasetSource } from '../state/dataset-source.ts';
import { useStore } from '../state/store.ts';
import { applyUrl, startUrlSync } from '../state/url-sync.ts';
import { DatasetWorker, WorkerStartError, wantsWorker } from '../workers/dataset-worker-client.ts';

/** The dataset the address asks for: a deployed bundle, or an import saved in this browser. */
async function loadFromAddress(search: string) {
  const source = datasetSource(search);
  if (source.kind === 'deployed') return loadBundle(source.id);
  const { loadSaved } = await import('../state/saved-datasets.ts');
  return decodeBundleFiles(await loadSaved(source.id));
}

/** Starts loading; the returned function stops the address sync it started. */
export function startDatasetLoad(): () => void {
  const { setLoading, setDataset, setLoadError } = useStore.getState();
  setLoading();
  let stopSync = () => {};
  loadFromAddress(location.search)
    .then(async (d) => {
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
    })
    .catch((e: unknown) => {
      // Messages written for both languages (a saved dataset's) come in the user's.
      const bilingual = e as { zh?: unknown; en?: unknown };
      if (typeof bilingual.zh === 'string' && typeof bilingual.en === 'string') setLoadError(tr(useStore.getState().lang, { zh: bilingual.zh, en: bilingual.en }));
      else setLoadError(e instanceof Error ? e.message : String(e));
    });
  return () => stopSync();
}
