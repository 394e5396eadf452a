/**
 * A deployed bundle loads in two steps: the first picture, then the details, the inspection ledger
 * among them when the dataset has one; a dataset without one loads as before and fetches nothing more.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtDemo } from './test-support/built-demo.ts';
import { encodeBundle } from './bundle.ts';
import { loadBundle } from './load-bundle.ts';

const built = builtDemo('lb', 3, 150);
const withLedger = encodeBundle(built);
const manifest = { ...built.manifest };
delete manifest.inspections;
const withoutLedger = encodeBundle({ ...built, manifest, inspections: undefined });

/** A server of one bundle's files under ./data/<id>/, recording what was asked for. */
function serve(files: Record<string, Uint8Array | string>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = files[url.slice(url.lastIndexOf('/') + 1)];
    if (body === undefined) return new Response('', { status: 404 });
    return new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]));
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadBundle', () => {
  it('streams the inspection ledger after the first picture', async () => {
    const asked = serve(withLedger);
    const b = await loadBundle('lb');
    expect(asked.some((u) => u.endsWith('inspections.arrow'))).toBe(false);
    expect(b.core.manifest.inspections).toBe(built.inspections!.length);
    const details = b.details();
    const x = await details.inspections;
    expect(x!.length).toBe(built.inspections!.length);
    expect(x!.id.get(0)).toBe(built.inspections!.id[0]);
    expect(Array.from(x!.kind)).toEqual(Array.from(built.inspections!.kind.subarray(0, x!.length)));
    expect((await details.hazards).length).toBe(built.hazards.length);
    expect(asked).toContain('./data/lb/inspections.arrow');
  });

  it('loads a bundle without an inspection ledger as before: nothing more fetched, undefined', async () => {
    const asked = serve(withoutLedger);
    const b = await loadBundle('lb');
    const details = b.details();
    expect(await details.inspections).toBeUndefined();
    expect((await details.text).name.length).toBe(built.enterprises.length);
    expect(asked.some((u) => u.endsWith('inspections.arrow'))).toBe(false);
  });

  it('names the file when the manifest counts inspections the server does not have', async () => {
    const { ['inspections.arrow']: _, ...rest } = withLedger;
    expect(_).toBeInstanceOf(Uint8Array);
    serve(rest);
    const b = await loadBundle('lb');
    await expect(b.details().inspections).rejects.toMatchObject({ file: 'inspections.arrow' });
  });
});
