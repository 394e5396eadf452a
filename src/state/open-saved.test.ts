import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bundleFilesOf, type BundleFiles } from '../data/load-bundle.ts';
import { encodeBundle } from '../data/bundle.ts';
import { builtDemo } from '../data/test-support/built-demo.ts';

// The storage is IndexedDB, which Node lacks: the files a saved dataset reads back are given here.
let stored: BundleFiles & { name: string };
vi.mock('./saved-datasets.ts', async (original) => ({
  ...(await original<typeof import('./saved-datasets.ts')>()),
  loadSaved: async () => stored,
}));
const { openSaved } = await import('./open-saved.ts');
const { SavedDatasetError } = await import('./saved-datasets.ts');

const good = bundleFilesOf(encodeBundle(builtDemo('open', 2, 200)));

describe('opening a saved import', () => {
  beforeEach(() => {
    stored = { ...good, name: '我的辖区' };
  });

  it('decodes a sound one', async () => {
    expect((await openSaved('import-x')).enterprises.length).toBe(200);
  });

  it('tells a damaged one to be deleted in the Dataset menu and imported again, not rebuilt and deployed', async () => {
    for (const damage of [
      { enterprises: new TextEncoder().encode('<html>not arrow</html>') },
      { hazards: good.hazards.subarray(0, 40) },
      { manifest: { ...(good.manifest as object), enterprises: 12 } },
      { geo: { district: null } },
    ]) {
      stored = { ...good, ...damage, name: '我的辖区' };
      const e = await openSaved('import-x').then(
        () => null,
        (x: unknown) => x,
      );
      expect(e, JSON.stringify(Object.keys(damage))).toBeInstanceOf(SavedDatasetError);
      const { zh, en } = e as InstanceType<typeof SavedDatasetError>;
      expect(zh).toContain('我的辖区');
      expect(zh).toContain('请在“数据集”菜单中删除它，再重新导入文件');
      expect(en).toContain('delete it in the Dataset menu and import the files again');
      // The file and what is wrong with it, without the advice meant for a deployed bundle.
      expect(en).toMatch(/\.(arrow|json): /);
      for (const text of [zh, en]) {
        expect(text).not.toContain('build-data');
        expect(text).not.toMatch(/deploy|部署/);
      }
    }
  });
});
