/**
 * The pure builders of the layer kinds in chunks of their own (deck.gl's layers, and for the density
 * kinds its aggregation layers with luma.gl's GPU aggregation), so the registry (which the store,
 * the layers panel and the legends read at start-up) brings none of deck.gl into the page's first
 * chunk, and a kind that is off costs nothing. A kind's `build` asks `builderOf`: the module when
 * loaded, else null while it loads; the map shell rebuilds its layers when one arrives
 * (`onBuilderLoaded`) and does not call the map drawn while one is still loading (`buildersLoading`).
 */
import { tr, type Text } from '../domain/text.ts';
import { useStore } from '../state/store.ts';
import { lazyModule, type LazyModule } from '../ui/lazy-load.ts';
import { LAZY_TEXT } from '../ui/lazy-strings.ts';

const listeners = new Set<() => void>();
let settled = 0;
const loading = new Set<LazyModule<unknown>>();

/** A builder module, loaded on the first build of a shown kind (or by the idle prefetch). */
export function lazyBuilder<M>(importer: () => Promise<M>): LazyModule<M> {
  return lazyModule(importer);
}

/**
 * The builder module if it is loaded; otherwise starts loading it and gives null (the kind draws
 * nothing yet). A module that does not load says so in a notice and turns its kind (`id`) off;
 * turning the kind on again tries again.
 */
export function builderOf<M>(mod: LazyModule<M>, kind: { id?: string; name: Text }): M | null {
  if (mod.current) return mod.current;
  if (!loading.has(mod)) {
    loading.add(mod);
    mod.load().then(
      () => {
        loading.delete(mod);
        settled++;
        for (const l of listeners) l();
      },
      (e: unknown) => {
        loading.delete(mod);
        const s = useStore.getState();
        const reason = e instanceof Error ? e.message : String(e);
        if (kind.id) s.setLayer(kind.id, { visible: false });
        s.setNotice({
          kind: 'message',
          zh: tr('zh', LAZY_TEXT.layerNotLoaded, kind.name.zh, reason),
          en: tr('en', LAZY_TEXT.layerNotLoaded, kind.name.en, reason),
        });
        settled++;
        for (const l of listeners) l();
      },
    );
  }
  return null;
}

/** Called when a builder module arrives (or fails to): the map shell then builds its layers again. */
export function onBuilderLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** How many builder loads have settled: a version for `useSyncExternalStore`. */
export function buildersSettled(): number {
  return settled;
}

/** Whether a builder a shown kind asked for is still loading (the map is not drawn yet). */
export function buildersLoading(): boolean {
  return loading.size > 0;
}
