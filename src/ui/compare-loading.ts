/**
 * Loading the earlier snapshot a comparison asks for (`&compare=` in the address): a deployed bundle
 * (everything of it: the diff needs its names and ledger) or an import saved in this browser. It must
 * be a snapshot of the same district; it loads beside the current dataset, which stays as it is.
 */
import { loadBundle } from '../data/load-bundle.ts';
import { districtOf, type CoreDataset, type Dataset } from '../data/dataset.ts';
import { trBoth, type Text } from '../domain/text.ts';
import { compareSource } from '../state/dataset-source.ts';
import { useStore } from '../state/store.ts';
import { COMPARE_LOAD_TEXT } from './compare-loading-strings.ts';

/** A comparison that cannot be made, with its reason in both languages. */
export class CompareError extends Error implements Text {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

async function loadEarlier(source: { kind: 'deployed' | 'saved'; id: string }): Promise<Dataset> {
  if (source.kind === 'saved') {
    const { openSaved } = await import('../state/open-saved.ts');
    return openSaved(source.id);
  }
  const b = await loadBundle(source.id);
  const { text, hazards, inspections } = b.details();
  const [t, h, x] = await Promise.all([text, hazards, inspections]);
  return { ...b.core, text: t, hazards: h, ...(x ? { inspections: x } : {}) };
}

/** Checks that `earlier` can be compared with `current`: the same district. */
export function comparable(current: CoreDataset, earlier: CoreDataset): void {
  if (districtOf(earlier.manifest) !== districtOf(current.manifest)) {
    const m = trBoth(COMPARE_LOAD_TEXT.otherDistrict, earlier.manifest.name, current.manifest.name);
    throw new CompareError(m.zh, m.en);
  }
}

/** Starts the comparison the address asks for, if any (after the current dataset is shown). */
export function startCompareLoad(search: string, current: CoreDataset): void {
  const source = compareSource(search);
  if (!source) return;
  const earlier = loadEarlier(source).then((e) => {
    comparable(current, e);
    return e;
  });
  earlier.catch((e: unknown) => {
    const b = e as { zh?: unknown; en?: unknown };
    const reason: Text =
      typeof b.zh === 'string' && typeof b.en === 'string'
        ? { zh: b.zh, en: b.en }
        : { zh: String((e as Error)?.message ?? e), en: String((e as Error)?.message ?? e) };
    useStore.getState().setNotice({ kind: 'message', ...trBoth(COMPARE_LOAD_TEXT.failed, source.id, reason) });
  });
  useStore.getState().startCompare(source, earlier);
}
