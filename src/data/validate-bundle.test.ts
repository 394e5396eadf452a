/**
 * A damaged or mismatched bundle is refused with a message that names the file and the problem, in
 * both languages, and says to rebuild; a sound one loads. The bundle is a small generated district.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../scripts/demo/index.ts';
import { buildFromFiles } from './build/build-from-files.ts';
import { encodeBundle, encodeEnterpriseCore, encodeHazards } from './bundle.ts';
import { bundleFilesOf, decodeBundleFiles, type BundleFiles } from './load-bundle.ts';
import { BundleError } from './validate-bundle.ts';

const dir = mkdtempSync(join(tmpdir(), 'validate-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
generateDemo({ seed: 7, enterprises: 200, out: dir });
const built = buildFromFiles('v', readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })), { builtAt: '2026-11-01T00:00:00Z' }).built;
const encoded = encodeBundle(built);
const sound = (): BundleFiles => bundleFilesOf(encoded);

/** The BundleError a broken bundle throws. */
function refusal(f: BundleFiles): BundleError {
  try {
    decodeBundleFiles(f);
  } catch (e) {
    expect(e).toBeInstanceOf(BundleError);
    const b = e as BundleError;
    expect(b.zh).toContain('npm run build-data');
    expect(b.en).toContain('npm run build-data');
    return b;
  }
  throw new Error('the bundle was accepted');
}

describe('bundle validation', () => {
  it('accepts a sound bundle', () => {
    expect(decodeBundleFiles(sound()).enterprises.length).toBe(built.enterprises.length);
  });

  it('names manifest.json and the missing part', () => {
    expect(refusal({ ...sound(), manifest: {} }).en).toMatch(/^manifest\.json: is not a district-risk-bundle manifest/);
    expect(refusal({ ...sound(), manifest: null }).en).toMatch(/^manifest\.json: is not a JSON object/);
    const m = sound().manifest as Record<string, unknown>;
    expect(refusal({ ...sound(), manifest: { ...m, towns: undefined } }).en).toMatch(/manifest\.json: the towns list is missing/);
    expect(refusal({ ...sound(), manifest: { ...m, enterprises: 'many' } }).zh).toMatch(/^manifest\.json：字段 enterprises/);
    expect(refusal({ ...sound(), manifest: { ...m, formatVersion: 9 } }).en).toContain('version 9');
  });

  it('names geo.json for {} and null and for a layer that does not match the manifest', () => {
    expect(refusal({ ...sound(), geo: {} }).en).toMatch(/^geo\.json: the district layer is missing/);
    expect(refusal({ ...sound(), geo: null }).en).toMatch(/^geo\.json: is not a JSON object/);
    const g = sound().geo as { towns: { features: unknown[] } };
    g.towns.features.pop();
    expect(refusal({ ...sound(), geo: g }).en).toMatch(/geo\.json: the towns layer has \d+ features where manifest\.json lists \d+/);
  });

  it('tells a cut-short Arrow file, a web page and an empty file apart', () => {
    const e = sound().enterprises;
    expect(refusal({ ...sound(), enterprises: e.subarray(0, Math.floor(e.length / 2)) }).en).toMatch(/^enterprises\.arrow: the file is cut short/);
    expect(refusal({ ...sound(), hazards: new TextEncoder().encode('<!doctype html><html><body>登录</body></html>') }).en).toMatch(/^hazards\.arrow: the server sent a web page/);
    expect(refusal({ ...sound(), hazards: new Uint8Array(0) }).en).toMatch(/^hazards\.arrow: the file is empty/);
    expect(refusal({ ...sound(), enterprises: new TextEncoder().encode('{"not": "arrow"}') }).en).toMatch(/^enterprises\.arrow: is not an Apache Arrow file/);
  });

  it('checks row counts, area ids and hazard links against the manifest', () => {
    const m = sound().manifest as Record<string, unknown>;
    expect(refusal({ ...sound(), manifest: { ...m, enterprises: built.enterprises.length + 1 } }).en).toMatch(/^enterprises\.arrow: has \d+ rows where manifest\.json says \d+/);
    // A town id beyond the manifest's towns.
    const c = { ...built.enterprises, town: Int16Array.from(built.enterprises.town) };
    c.town[3] = built.manifest.towns.length;
    expect(refusal({ ...sound(), enterprises: encodeEnterpriseCore(c) }).en).toMatch(/^enterprises\.arrow: row 4 has town \d+; it should be -1 to \d+/);
    const h = { ...built.hazards, enterprise: Int32Array.from(built.hazards.enterprise.subarray(0, built.hazards.length)) };
    h.enterprise[0] = built.enterprises.length;
    expect(refusal({ ...sound(), hazards: encodeHazards(h, built.hazards) }).en).toMatch(/^hazards\.arrow: row 1 has enterprise \d+/);
  });
});
