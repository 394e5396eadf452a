import { describe, expect, it } from 'vitest';
import { encodeBundle } from '../data/bundle.ts';
import { decodeBundleFiles } from '../data/load-bundle.ts';
import { builtDemo } from '../data/test-support/built-demo.ts';
import type { ImportReport } from '../workers/import-protocol.ts';
import { chunksOf, joinChunks } from './chunked-bytes.ts';
import {
  chunkKeyText,
  classify,
  filesOfParts,
  filesOfWhole,
  partsOfBundle,
  savedList,
  type PartName,
  type PartedRecord,
  type WholeRecord,
} from './saved-record.ts';

const bundle = encodeBundle(builtDemo('saved', 4, 300));
const report = {
  issues: [],
  counts: [],
  enterprises: 300,
  hazards: 0,
  towns: 0,
  grids: 0,
  parks: 0,
  levels: [0, 0, 0, 0],
  asOf: '2026-11-01',
  name: '台账',
} as ImportReport;

const bundleManifest = JSON.parse(bundle['manifest.json'] as string) as { asOf: string; name: string };

/** A format 2 list record as saveDataset writes it, and its pieces' keys, cut at `size`. */
function parted(id: string, name: string, size = 4096) {
  const { manifest, parts } = partsOfBundle(bundle, name, report);
  const keys: IDBValidKey[] = [];
  const pieces = new Map<PartName, Uint8Array[]>();
  const stored = parts.map(([part, b]) => {
    const list = [...chunksOf(b, size)];
    pieces.set(part, list);
    list.forEach((_, k) => keys.push([id, part, k]));
    return { name: part, bytes: b.length, chunks: list.length };
  });
  const record: PartedRecord = {
    id,
    name,
    savedAt: '2026-11-02T00:00:00Z',
    enterprises: 300,
    bytes: 1,
    format: 2,
    manifest,
    parts: stored,
  };
  return { record, keys, pieces, parts };
}

/** Byte equality in one call (toEqual goes element by element: slow on megabytes). */
const sameBytes = (a: Uint8Array | undefined, b: Uint8Array) =>
  !!a &&
  Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;

const whole: WholeRecord = {
  id: 'old',
  name: '旧的',
  savedAt: '2026-01-01T00:00:00Z',
  enterprises: 300,
  bytes: 1,
  bundle: {
    manifest: bundle['manifest.json'] as string,
    geo: bundle['geo.json'] as string,
    enterprises: bundle['enterprises.arrow'] as Uint8Array,
    enterpriseText: bundle['enterprise-text.arrow'] as Uint8Array,
    hazards: bundle['hazards.arrow'] as Uint8Array,
  },
};

describe('saved dataset records', () => {
  it('keeps an import in parts that join back to the very bytes and a bundle that decodes, under its new name', () => {
    const { record, pieces, parts } = parted('import-1', '我的辖区');
    const joined = new Map(record.parts.map((p) => [p.name, joinChunks(p.bytes, pieces.get(p.name)!)] as const));
    for (const [part, b] of parts) expect(sameBytes(joined.get(part), b), part).toBe(true);
    expect(sameBytes(joined.get('enterprises.arrow'), bundle['enterprises.arrow'] as Uint8Array)).toBe(true);
    const files = filesOfParts(record.manifest, joined);
    expect(files.geo).toEqual(JSON.parse(bundle['geo.json'] as string));
    const d = decodeBundleFiles(files);
    expect(d.manifest.name).toBe('我的辖区');
    expect(d.manifest.nameEn).toBe('我的辖区');
    expect(d.enterprises.length).toBe(300);
    // The report is kept beside the files, not in the list record.
    expect(JSON.parse(new TextDecoder().decode(joined.get('report.json')))).toEqual(report);
    expect(Object.keys(record)).not.toContain('report');
  });

  it('keeps the inspection ledger as a part of its own, and still opens a dataset saved before it existed', () => {
    const { record, pieces } = parted('import-i', '检查');
    expect(record.parts.map((p) => p.name)).toContain('inspections.arrow');
    const joined = new Map(record.parts.map((p) => [p.name, joinChunks(p.bytes, pieces.get(p.name)!)] as const));
    const d = decodeBundleFiles(filesOfParts(record.manifest, joined));
    expect(d.inspections!.length).toBe(JSON.parse(record.manifest).inspections);
    expect(d.inspections!.length).toBeGreaterThan(0);
    // Saved before the ledger: no part, and a manifest that counts no inspections.
    const m = JSON.parse(record.manifest) as Record<string, unknown>;
    delete m.inspections;
    const older = {
      ...record,
      manifest: JSON.stringify(m),
      parts: record.parts.filter((p) => p.name !== 'inspections.arrow'),
    };
    const keys = new Set(
      older.parts.flatMap((p) => Array.from({ length: p.chunks }, (_, k) => chunkKeyText(older.id, p.name, k))),
    );
    expect(classify(older.id, older, keys).kind).toBe('parted');
    joined.delete('inspections.arrow');
    const files = filesOfParts(older.manifest, joined);
    expect(files.inspections).toBeUndefined();
    const back = decodeBundleFiles(files);
    expect(back.inspections).toBeUndefined();
    expect(back.enterprises.length).toBe(300);
  });

  it('reads both formats as usable and anything else as damaged, labelled by its name or its key', () => {
    const { record, keys } = parted('import-2', '新的');
    const pieces = new Set(keys.map((k) => chunkKeyText(...(k as [string, string, number]))));
    expect(classify('import-2', record, pieces).kind).toBe('parted');
    expect(classify('old', whole).kind).toBe('whole');
    expect(filesOfWhole(whole).enterpriseText).toBe(whole.bundle.enterpriseText);
    const label = (key: IDBValidKey, v: unknown) => {
      const e = classify(key, v);
      return e.kind === 'damaged' ? e.damaged.label : `usable ${e.kind}`;
    };
    expect(label('a', null)).toBe('a');
    expect(label('b', 'text')).toBe('b');
    expect(label('c', { id: 'c', name: '坏的' })).toBe('坏的');
    expect(label(7, { id: 7, name: '' })).toBe('7');
    expect(label(['x', 1], { id: ['x', 1] })).toBe('["x",1]');
    expect(label('d', { ...whole, id: 'd', bundle: { ...whole.bundle, enterprises: [1, 2] } })).toBe('旧的');
    expect(label('e', { ...whole, id: 'e', bundle: { ...whole.bundle, hazards: undefined } })).toBe('旧的');
    expect(label('f', { ...record, id: 'f', parts: record.parts.filter((p) => p.name !== 'enterprises.arrow') })).toBe(
      '新的',
    );
    expect(label('g', { ...record, id: 'g', parts: [...record.parts, { name: 'evil.js', bytes: 1, chunks: 1 }] })).toBe(
      '新的',
    );
    expect(label('h', { ...record, id: 'h', format: 3 })).toBe('新的');
  });

  it('lists a parted record with a piece missing as damaged, the rest newest first', () => {
    const a = parted('import-a', 'A');
    const b = parted('import-b', 'B');
    b.record.savedAt = '2026-12-01T00:00:00Z';
    const lostOne = a.keys.filter((k) => JSON.stringify(k) !== JSON.stringify(['import-a', 'enterprises.arrow', 0]));
    const list = savedList(
      ['import-a', 'import-b', 'old', 'junk'],
      [a.record, b.record, whole, { id: 'junk' }],
      [...lostOne, ...b.keys],
    );
    expect(list.datasets.map((d) => d.id)).toEqual(['import-b', 'old']);
    expect(list.damaged).toEqual([
      { key: 'import-a', label: 'A' },
      { key: 'junk', label: 'junk' },
    ]);
    const all = savedList(['import-a'], [a.record], a.keys);
    expect(all.datasets).toEqual([
      // Renamed on save, it keeps its data date and its district's name (it stays comparable with the district's others).
      {
        id: 'import-a',
        name: 'A',
        savedAt: '2026-11-02T00:00:00Z',
        enterprises: 300,
        bytes: 1,
        asOf: bundleManifest.asOf,
        district: bundleManifest.name,
      },
    ]);
  });

  it('gives an older record without counts or a date defaults rather than dropping it', () => {
    const bare: Partial<WholeRecord> = { ...whole };
    delete bare.savedAt;
    delete bare.enterprises;
    delete bare.bytes;
    expect(savedList(['old'], [bare], []).datasets).toEqual([
      {
        id: 'old',
        name: '旧的',
        savedAt: '',
        enterprises: 0,
        bytes: 0,
        asOf: bundleManifest.asOf,
        district: bundleManifest.name,
      },
    ]);
  });

  it('throws on a part that is not what it says (geometry that is not JSON, a part missing)', () => {
    const { record, parts } = parted('import-3', 'C');
    const joined = new Map(parts);
    joined.set('geo.json', new TextEncoder().encode('{"district": '));
    expect(() => filesOfParts(record.manifest, joined)).toThrow(SyntaxError);
    joined.delete('geo.json');
    expect(() => filesOfParts(record.manifest, joined)).toThrow(TypeError);
  });
});
