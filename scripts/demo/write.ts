/** Output helpers: CSV quoting, a chunked synchronous file writer, GeoJSON feature collections. */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry } from 'geojson';

/** CSV field: quoted only when it holds a comma, quote or line break (RFC 4180). */
export function csvField(v: string | number | boolean | undefined): string {
  if (v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Fast path for text fields in hot loops: the string itself unless it needs quoting. */
export function csvText(s: string): string {
  return s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : csvField(s);
}

const CHUNK = 4 << 20;
const NEWLINE = 10;

/**
 * Writes lines to a file, each encoded straight into a multi-megabyte buffer that is written out when
 * full: no line outlives its push, so a million-line file leaves the garbage collector nothing to
 * promote (an array of pending lines, joined and encoded at each flush, did).
 */
export class LineWriter {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(CHUNK);
  private pos = 0;
  bytes = 0;
  lines = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  /** Where the next line pushed will start in the file. */
  get offset(): number {
    return this.bytes + this.pos;
  }

  push(line: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit, plus the newline.
    if (this.pos + line.length * 3 + 1 > CHUNK) {
      this.flush();
      if (line.length * 3 + 1 > CHUNK) {
        this.writeOut(Buffer.from(`${line}\n`, 'utf8'));
        this.lines++;
        return;
      }
    }
    this.pos += this.buf.write(line, this.pos, 'utf8');
    this.buf[this.pos++] = NEWLINE;
    this.lines++;
  }

  private writeOut(chunk: Uint8Array): void {
    let done = 0;
    while (done < chunk.length) done += writeSync(this.fd, chunk, done, chunk.length - done);
    this.bytes += chunk.length;
  }

  private flush(): void {
    if (this.pos === 0) return;
    this.writeOut(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export interface OutFeature {
  properties: Record<string, string>;
  geometry: Geometry;
}

/** A FeatureCollection with one feature per line (diff-friendly, deterministic key order). */
export function featureCollectionText(features: readonly OutFeature[]): string {
  const lines = features.map((f) =>
    JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

export function writeText(dir: string, name: string, text: string): number {
  const buf = Buffer.from(text, 'utf8');
  writeFileSync(join(dir, name), buf);
  return buf.length;
}
