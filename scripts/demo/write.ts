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


/** Collects lines and writes them to a file in multi-megabyte chunks. */
export class LineWriter {
  private readonly fd: number;
  private buf: string[] = [];
  private size = 0;
  bytes = 0;
  lines = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  push(line: string): void {
    this.buf.push(line);
    this.size += line.length;
    this.lines++;
    if (this.size > 1 << 21) this.flush();
  }

  private flush(): void {
    if (!this.buf.length) return;
    const chunk = Buffer.from(`${this.buf.join('\n')}\n`, 'utf8');
    writeSync(this.fd, chunk);
    this.bytes += chunk.length;
    this.buf = [];
    this.size = 0;
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
  const lines = features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }));
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
