import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pickEncoding, precompress } from './precompress.ts';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes .gz and .br that decompress to the file, for compressible files only', () => {
    mkdirSync(join(dir, 'data'));
    const js = 'export const x = 1;\n'.repeat(500);
    writeFileSync(join(dir, 'app.js'), js);
    writeFileSync(join(dir, 'data', 'enterprises.arrow'), Buffer.alloc(50_000, 7));
    writeFileSync(join(dir, 'tiny.json'), '{}');
    writeFileSync(join(dir, 'picture.png'), Buffer.alloc(5000, 1));
    const r = precompress(dir);
    expect(r.files).toBe(2);
    expect(gunzipSync(readFileSync(join(dir, 'app.js.gz'))).toString()).toBe(js);
    expect(brotliDecompressSync(readFileSync(join(dir, 'app.js.br'))).toString()).toBe(js);
    expect(brotliDecompressSync(readFileSync(join(dir, 'data', 'enterprises.arrow.br'))).length).toBe(50_000);
    expect(existsSync(join(dir, 'tiny.json.gz'))).toBe(false);
    expect(existsSync(join(dir, 'picture.png.gz'))).toBe(false);
    expect(r.brotliBytes).toBeLessThan(r.bytes / 10);
  });

  it('picks brotli, then gzip, by the request and by what exists', () => {
    const both = () => true;
    expect(pickEncoding('gzip, deflate, br, zstd', both)).toEqual({ suffix: '.br', encoding: 'br' });
    expect(pickEncoding('gzip, deflate', both)).toEqual({ suffix: '.gz', encoding: 'gzip' });
    expect(pickEncoding('br;q=0, gzip', both)).toEqual({ suffix: '.gz', encoding: 'gzip' });
    expect(pickEncoding('br', (s) => s === '.gz')).toEqual({ suffix: '', encoding: null });
    expect(pickEncoding(undefined, both)).toEqual({ suffix: '', encoding: null });
    expect(pickEncoding('identity', both)).toEqual({ suffix: '', encoding: null });
  });
});
