/**
 * A damaged or mismatched bundle is refused with a message that names the file and the problem, in
 * both languages, and says to rebuild; a sound one loads. The bundle is a small generated district.
 */
import { describe, expect, it } from 'vitest';
import { builtDemo } from './test-support/built-demo.ts';
import { encodeBundle, encodeEnterpriseCore, encodeHazards, encodeInspections } from './bundle.ts';
import { bundleFilesOf, decodeBundleFiles, type BundleFiles } from './load-bundle.ts';
import { BundleError } from './validate-bundle.ts';
import { makeVector, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';

const built = builtDemo('v', 7, 200);
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
    expect(refusal({ ...sound(), manifest: { ...m, towns: undefined } }).en).toMatch(
      /manifest\.json: the towns list is missing/,
    );
    expect(refusal({ ...sound(), manifest: { ...m, enterprises: 'many' } }).zh).toMatch(
      /^manifest\.json：字段 enterprises/,
    );
    expect(refusal({ ...sound(), manifest: { ...m, formatVersion: 9 } }).en).toContain('version 9');
  });

  it('names geo.json for {} and null and for a layer that does not match the manifest', () => {
    expect(refusal({ ...sound(), geo: {} }).en).toMatch(/^geo\.json: the district layer is missing/);
    expect(refusal({ ...sound(), geo: null }).en).toMatch(/^geo\.json: is not a JSON object/);
    const g = sound().geo as { towns: { features: unknown[] } };
    g.towns.features.pop();
    expect(refusal({ ...sound(), geo: g }).en).toMatch(
      /geo\.json: the towns layer has \d+ features where manifest\.json lists \d+/,
    );
  });

  it('tells a cut-short Arrow file, a web page and an empty file apart', () => {
    const e = sound().enterprises;
    expect(refusal({ ...sound(), enterprises: e.subarray(0, Math.floor(e.length / 2)) }).en).toMatch(
      /^enterprises\.arrow: the file is cut short/,
    );
    expect(
      refusal({ ...sound(), hazards: new TextEncoder().encode('<!doctype html><html><body>登录</body></html>') }).en,
    ).toMatch(/^hazards\.arrow: the server sent a web page/);
    expect(refusal({ ...sound(), hazards: new Uint8Array(0) }).en).toMatch(/^hazards\.arrow: the file is empty/);
    expect(refusal({ ...sound(), enterprises: new TextEncoder().encode('{"not": "arrow"}') }).en).toMatch(
      /^enterprises\.arrow: is not an Apache Arrow file/,
    );
  });

  it('checks row counts, area ids and hazard links against the manifest', () => {
    const m = sound().manifest as Record<string, unknown>;
    expect(refusal({ ...sound(), manifest: { ...m, enterprises: built.enterprises.length + 1 } }).en).toMatch(
      /^enterprises\.arrow: has \d+ rows where manifest\.json says \d+/,
    );
    // A town id beyond the manifest's towns.
    const c = { ...built.enterprises, town: Int16Array.from(built.enterprises.town) };
    c.town[3] = built.manifest.towns.length;
    expect(refusal({ ...sound(), enterprises: encodeEnterpriseCore(c) }).en).toMatch(
      /^enterprises\.arrow: row 4 has town \d+; it should be -1 to \d+/,
    );
    const h = {
      ...built.hazards,
      enterprise: Int32Array.from(built.hazards.enterprise.subarray(0, built.hazards.length)),
    };
    h.enterprise[0] = built.enterprises.length;
    expect(refusal({ ...sound(), hazards: encodeHazards(h, built.hazards) }).en).toMatch(
      /^hazards\.arrow: row 1 has enterprise \d+/,
    );
  });
});

describe('the inspection ledger', () => {
  const x = built.inspections!;

  it('is written and read back when the dataset has one', () => {
    expect(x.length).toBeGreaterThan(built.enterprises.length);
    expect(sound().inspections).toBeInstanceOf(Uint8Array);
    const d = decodeBundleFiles(sound()).inspections!;
    expect(d.length).toBe(x.length);
    expect((sound().manifest as { inspections: number }).inspections).toBe(x.length);
    for (const k of ['enterprise', 'day', 'kind', 'hazardsFound', 'penalty', 'fine'] as const)
      expect(Array.from(d[k]), k).toEqual(Array.from(x[k].subarray(0, x.length)));
    for (const k of ['id', 'unit', 'inspectors', 'result'] as const) {
      for (const i of [0, 1, x.length - 1]) expect(d[k].get(i), `${k} ${i}`).toBe(x[k][i]);
    }
  });

  it('is refused when the manifest counts inspections the file does not have, naming the file', () => {
    expect(refusal({ ...sound(), inspections: undefined }).en).toMatch(
      /^inspections\.arrow: is missing from the bundle/,
    );
    const m = sound().manifest as Record<string, unknown>;
    expect(refusal({ ...sound(), manifest: { ...m, inspections: x.length + 1 } }).en).toMatch(
      /^inspections\.arrow: has \d+ rows where manifest\.json says \d+/,
    );
    expect(refusal({ ...sound(), manifest: { ...m, inspections: -1 } }).zh).toMatch(
      /^manifest\.json：字段 inspections/,
    );
    expect(refusal({ ...sound(), inspections: encoded['hazards.arrow'] as Uint8Array }).en).toMatch(
      /^inspections\.arrow: (has \d+ rows|column \w+ is missing)/,
    );
  });

  it('is refused when an inspection points at no enterprise', () => {
    const bad = { ...x, enterprise: Int32Array.from(x.enterprise.subarray(0, x.length)) };
    bad.enterprise[2] = built.enterprises.length;
    expect(refusal({ ...sound(), inspections: encodeInspections(bad, x) }).en).toMatch(
      /^inspections\.arrow: row 3 has enterprise \d+; it should point at enterprise 0 to \d+/,
    );
  });

  it('is absent from a dataset built without one, which loads as before', () => {
    const manifest = { ...built.manifest };
    delete manifest.inspections;
    const files = encodeBundle({ ...built, manifest, inspections: undefined });
    expect(Object.keys(files)).not.toContain('inspections.arrow');
    const d = decodeBundleFiles(bundleFilesOf(files));
    expect(d.inspections).toBeUndefined();
    expect(d.hazards.length).toBe(built.hazards.length);
    // A stray inspections.arrow beside a manifest that counts none is not read.
    expect(
      decodeBundleFiles({ ...bundleFilesOf(files), inspections: sound().inspections }).inspections,
    ).toBeUndefined();
  });
});

describe('bundle format 2 and format 1', () => {
  it('stores positions in whole steps of 1e-7 degree and gives the degrees back', () => {
    const d = decodeBundleFiles(sound());
    let worst = 0;
    for (let i = 0; i < built.enterprises.length; i++) {
      worst = Math.max(
        worst,
        Math.abs(d.enterprises.lon[i] - built.enterprises.lon[i]),
        Math.abs(d.enterprises.lat[i] - built.enterprises.lat[i]),
      );
    }
    // Half a step at most: about half a centimetre.
    expect(worst).toBeLessThanOrEqual(0.5e-7 + 1e-12);
    // A value with six decimals, as the demo writes them, comes back exactly.
    const one = {
      ...built.enterprises,
      lon: Float64Array.from(built.enterprises.lon),
      lat: Float64Array.from(built.enterprises.lat),
    };
    one.lon[0] = 120.123456;
    one.lat[0] = 30.654321;
    const back = decodeBundleFiles({ ...sound(), enterprises: encodeEnterpriseCore(one) }).enterprises;
    expect(back.lon[0]).toBe(120.123456);
    expect(back.lat[0]).toBe(30.654321);
  });

  it('refuses a format 2 bundle without its text file, naming it', () => {
    expect(refusal({ ...sound(), enterpriseText: undefined }).en).toMatch(
      /^enterprise-text\.arrow: is missing from the bundle/,
    );
    expect(refusal({ ...sound(), enterpriseText: encoded['hazards.arrow'] as Uint8Array }).en).toMatch(
      /^enterprise-text\.arrow: has \d+ rows where manifest\.json says \d+/,
    );
  });

  it('still reads format 1, where enterprises.arrow held Float64 positions and the text', () => {
    // Format 1 as written before the split: one table of every enterprise column.
    const c = built.enterprises;
    const t = decodeBundleFiles(sound()).text;
    const numeric: Record<string, ReturnType<typeof makeVector>> = { lon: makeVector(c.lon), lat: makeVector(c.lat) };
    for (const [k, v] of Object.entries(c))
      if (k !== 'length' && k !== 'lon' && k !== 'lat') numeric[k] = makeVector(v as Uint8Array);
    for (const k of ['creditCode', 'name', 'address', 'industryCode'] as const) {
      numeric[k] = vectorFromArray(
        Array.from({ length: c.length }, (_, i) => t[k].get(i) ?? ''),
        new Utf8(),
      );
    }
    const v1 = tableToIPC(new Table(numeric), 'file');
    // Format 1 came before the inspection ledger.
    const manifest = { ...(sound().manifest as object), formatVersion: 1, inspections: undefined };
    const d = decodeBundleFiles({ manifest, geo: sound().geo, enterprises: v1, hazards: sound().hazards });
    expect(Array.from(d.enterprises.lon)).toEqual(Array.from(c.lon));
    expect(Array.from(d.enterprises.level)).toEqual(Array.from(c.level));
    expect(d.text.name.get(5)).toBe(t.name.get(5));
    expect(d.text.creditCode.get(c.length - 1)).toBe(t.creditCode.get(c.length - 1));
    // Format 1 without its text columns is refused, naming the column.
    const bare = tableToIPC(
      new Table(Object.fromEntries(Object.entries(numeric).filter(([k]) => k !== 'name'))),
      'file',
    );
    expect(refusal({ manifest, geo: sound().geo, enterprises: bare, hazards: sound().hazards }).en).toMatch(
      /^enterprises\.arrow: text column name is missing/,
    );
  });
});
