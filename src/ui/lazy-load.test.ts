import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  ChunkLoadError,
  lazyComponent,
  lazyModule,
  PREFETCH,
  prefetchWhenIdle,
  registerPrefetch,
} from './lazy-load.ts';

describe('lazy modules', () => {
  it('import once, and again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const mod = lazyModule(async () => {
      calls++;
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return { value: 42 };
    });
    expect(mod.current).toBeNull();
    const first = mod.load();
    expect(mod.loading).toBe(true);
    await expect(first).rejects.toBeInstanceOf(ChunkLoadError);
    await expect(mod.load()).rejects.toThrow('Failed to fetch');
    expect(calls).toBe(2);
    fail = false;
    await expect(mod.load()).resolves.toEqual({ value: 42 });
    await mod.load();
    expect(calls).toBe(3);
    expect(mod.current).toEqual({ value: 42 });
    expect(mod.loading).toBe(false);
  });
});

describe('lazy components', () => {
  const Panel = ({ who }: { who: string }) => createElement('p', null, `panel of ${who}`);
  const page = (C: ReturnType<typeof lazyComponent<{ Panel: typeof Panel }, { who: string }>>) =>
    renderToString(
      createElement(Suspense, { fallback: createElement('i', null, 'loading') }, createElement(C, { who: 'x' })),
    );

  it('show the fallback until the chunk is loaded, and render at once (no fallback) once it is', async () => {
    const Lazy = lazyComponent(
      async () => ({ Panel }),
      (m) => m.Panel,
    );
    expect(Lazy.loaded).toBe(false);
    expect(page(Lazy)).toContain('loading');
    await Lazy.preload();
    expect(Lazy.loaded).toBe(true);
    const html = page(Lazy);
    expect(html).toContain('<p>panel of x</p>');
    expect(html).not.toContain('loading');
  });

  it('share a module: one load serves every component taken from it', async () => {
    let calls = 0;
    const both = lazyModule(async () => {
      calls++;
      return { A: Panel, B: Panel };
    });
    const A = lazyComponent(both, (m) => m.A);
    const B = lazyComponent(both, (m) => m.B);
    await A.preload();
    expect(B.loaded).toBe(true);
    expect(calls).toBe(1);
  });
});

describe('the idle prefetch', () => {
  it('loads every registered part once, one at a time, sooner parts first, past a failure', async () => {
    vi.useFakeTimers();
    try {
      const log: string[] = [];
      let running = 0;
      const part =
        (name: string, fails = false) =>
        async () => {
          running++;
          expect(running).toBe(1);
          log.push(name);
          await Promise.resolve();
          running--;
          if (fails) throw new Error('offline');
        };
      registerPrefetch(PREFETCH.layer, part('heatmap'));
      registerPrefetch(PREFETCH.dock, part('ledger', true), part('model'));
      registerPrefetch(PREFETCH.dialog, part('import'));
      prefetchWhenIdle();
      prefetchWhenIdle();
      expect(log).toEqual([]);
      await vi.runAllTimersAsync();
      expect(log).toEqual(['ledger', 'model', 'import', 'heatmap']);
    } finally {
      vi.useRealTimers();
    }
  });
});
