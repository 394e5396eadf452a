/**
 * Parts of the app in chunks of their own (a dock tab, a dialog, a layer's builder, an export),
 * loaded by a dynamic `import()` when first needed, or before that while the browser is idle once
 * the first map is drawn (`prefetchWhenIdle`), so the first click finds them loaded.
 *
 * A lazy component here, unlike `React.lazy`, renders at once when its chunk is already loaded (no
 * Suspense fallback for a frame, no React fallback throttling); before that it suspends on one
 * promise (`use`). A chunk that fails to load throws a `ChunkLoadError` to the nearest error
 * boundary (src/panels/lazy-part.tsx says so); its `retry()` lets the next render import it afresh.
 */
import { createElement, use, useSyncExternalStore, type ComponentType, type FunctionComponent } from 'react';

/** A chunk that did not load (offline, a deployment that replaced the files, a server error). */
export class ChunkLoadError extends Error {
  /** Lets the part try to load again (an error boundary calls it before it re-renders the part). */
  retry: () => void = () => undefined;

  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ChunkLoadError';
  }
}

/** A module behind a dynamic import, loaded at most once (again after a failure). */
export interface LazyModule<M> {
  /** The module once loaded, else null. */
  readonly current: M | null;
  /** True from the first request until it settles. */
  readonly loading: boolean;
  /** Loads it (once); rejects with a ChunkLoadError. */
  load(): Promise<M>;
}

const loadedListeners = new Set<() => void>();
let loadedCount = 0;

/** Called whenever a lazy module arrives (the map rebuilds its layers when a builder does). */
export function onLazyLoaded(listener: () => void): () => void {
  loadedListeners.add(listener);
  return () => {
    loadedListeners.delete(listener);
  };
}

/** How many lazy modules have arrived so far: a version for `useSyncExternalStore`. */
export function lazyLoadedCount(): number {
  return loadedCount;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let current: M | null = null;
  let pending: Promise<M> | null = null;
  return {
    get current() {
      return current;
    },
    get loading() {
      return pending !== null && current === null;
    },
    load() {
      if (current) return Promise.resolve(current);
      pending ??= importer().then(
        (m) => {
          current = m;
          loadedCount++;
          for (const l of loadedListeners) l();
          return m;
        },
        (e: unknown) => {
          pending = null;
          throw new ChunkLoadError(e);
        },
      );
      return pending;
    },
  };
}

export interface LazyComponent<P extends object> extends FunctionComponent<P> {
  /** Loads the chunk without rendering (prefetch, or before a command that needs it mounted). */
  preload(): Promise<unknown>;
  /** Whether the chunk is loaded (a component that re-renders when it arrives: `useLazyLoaded`). */
  readonly loaded: boolean;
}

/**
 * A component in a chunk of its own. `pick` takes it out of the module (`(m) => m.ModelPanel`); the
 * module may be shared by several components (one lazyModule of two imports loads both at once).
 * Render it inside a Suspense boundary and an error boundary (src/panels/lazy-part.tsx does both).
 */
export function lazyComponent<M, P extends object>(
  source: LazyModule<M> | (() => Promise<M>),
  pick: (m: M) => ComponentType<P>,
): LazyComponent<P> {
  const mod = typeof source === 'function' ? lazyModule(source) : source;
  // One promise while loading (React's `use` wants the same one on every render); a failure stays
  // until the boundary's retry, so a render after it keeps showing the error rather than loading again.
  let pending: Promise<void> | null = null;
  let failed: ChunkLoadError | null = null;
  const Lazy = ((props: P) => {
    const m = mod.current;
    if (m) return createElement(pick(m), props);
    if (failed) throw failed;
    use(
      (pending ??= mod
        .load()
        .then(
          () => undefined,
          (e: unknown) => {
            failed = e instanceof ChunkLoadError ? e : new ChunkLoadError(e);
            failed.retry = () => {
              failed = null;
            };
          },
        )
        .finally(() => {
          pending = null;
        })),
    );
    // `use` returns once the promise has settled, on React's next render of this part.
    if (failed) throw failed;
    return createElement(pick(mod.current!), props);
  }) as LazyComponent<P>;
  Lazy.preload = () => mod.load();
  Object.defineProperty(Lazy, 'loaded', { get: () => mod.current !== null });
  return Lazy;
}

/** Re-renders when any lazy chunk arrives; for a host that mounts a part only once it is loaded. */
export function useLazyLoaded(): number {
  return useSyncExternalStore(onLazyLoaded, lazyLoadedCount);
}

/** How soon a user is likely to want a part: the idle prefetch loads the sooner ones first. */
export const PREFETCH = { dock: 0, panel: 1, menu: 2, dialog: 3, layer: 4 } as const;

const prefetches: { order: number; load: () => Promise<unknown> }[] = [];
let prefetchStarted = false;

/** Adds loaders to the idle prefetch (at `order`, PREFETCH's; in the order added within one). */
export function registerPrefetch(order: number, ...loaders: (() => Promise<unknown>)[]): void {
  for (const load of loaders) prefetches.push({ order, load });
}

type IdleWindow = { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };

/** Performance marks at the start and the end of the idle prefetch (a trace, and the e2e tests, read them). */
export const PREFETCH_MARKS = { start: 'risk-map:prefetch-start', end: 'risk-map:prefetch-end' } as const;

/**
 * Loads every registered part, one at a time, each when the browser is idle (within two seconds at
 * the latest), so it neither competes with the first map nor makes a click wait. Once per page; a
 * part that fails to load is left for its first use to try again (and say so).
 */
export function prefetchWhenIdle(): void {
  if (prefetchStarted) return;
  prefetchStarted = true;
  const w = globalThis as IdleWindow;
  const idle = (cb: () => void) =>
    w.requestIdleCallback ? w.requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 200);
  const queue = [...prefetches].sort((a, b) => a.order - b.order);
  const mark = (name: string) => globalThis.performance?.mark?.(name);
  const next = (i: number) => {
    if (i >= queue.length) {
      mark(PREFETCH_MARKS.end);
      return;
    }
    idle(() => {
      if (i === 0) mark(PREFETCH_MARKS.start);
      queue[i]
        .load()
        .catch(() => undefined)
        .finally(() => next(i + 1));
    });
  };
  next(0);
}
