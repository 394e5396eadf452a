/**
 * load-1m: decoding the 1,000,000-enterprise bundle (Arrow IPC bytes already in memory, as after a
 * fetch) into the typed-array columns the app uses. Peer: parsing the same rows from the source CSV
 * with papaparse, the usual way such a table is loaded (timed once, it takes seconds).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { decodeEnterprises, decodeHazards } from '../../src/data/bundle.ts';
import { createFilterEngine } from '../../src/data/filter-engine.ts';
import { fmt, median, timeRuns } from './stats.ts';

export function benchLoad1m(bundleDir: string, sourceDir?: string): string {
  const ent = new Uint8Array(readFileSync(`${bundleDir}/enterprises.arrow`));
  const haz = new Uint8Array(readFileSync(`${bundleDir}/hazards.arrow`));
  let rows = 0;
  const times = timeRuns(() => {
    const { columns } = decodeEnterprises(ent);
    decodeHazards(haz);
    rows = columns.length;
  }, 9);
  let peer = '';
  if (sourceDir) {
    const csv = readFileSync(`${sourceDir}/enterprises.csv`, 'utf8');
    const t0 = performance.now();
    Papa.parse(csv, { header: true, dynamicTyping: true, skipEmptyLines: true });
    peer = ` papaparse_csv_ms=${fmt(performance.now() - t0)}`;
  }
  // What the app does next at load: index the columns for filtering (Arrow decoding is lazy, this is not).
  const { columns } = decodeEnterprises(ent);
  const manifest = JSON.parse(readFileSync(`${bundleDir}/manifest.json`, 'utf8')) as { towns: unknown[]; grids: unknown[]; parks: unknown[] };
  const t0 = performance.now();
  createFilterEngine(columns, { towns: manifest.towns.length, grids: manifest.grids.length, parks: manifest.parks.length });
  const indexMs = performance.now() - t0;
  return `load-1m: decode_ms=${fmt(median(times))} rows=${rows} bytes_mb=${((ent.length + haz.length) / 1e6).toFixed(1)} filter_index_ms=${fmt(indexMs)}${peer}`;
}
