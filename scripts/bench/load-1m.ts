/**
 * load-1m: what the app does with the 1,000,000-enterprise bundle's bytes once they have arrived,
 * before the first picture: check and decode enterprises.arrow (the numeric columns; positions from
 * whole steps to degrees) and build the filter index. Printed:
 *   decode_ms        check and decode the first-picture file, median of 9
 *   filter_index_ms  the filter index of those columns, once (what the dataset worker does)
 *   ready_ms         decode_ms + filter_index_ms: the page's own share of time to ready, in Node
 *   first_mb         the first-picture file; total_mb with the names, the hazard ledger and the
 *                    inspection ledger (when the bundle has one)
 *   details_ms       check and decode of the streamed files (names, ledgers), median of 3
 * Peer: parsing the same rows from the source CSV with papaparse, the usual way such a table is
 * loaded (timed once, it takes seconds).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import { decodeEnterpriseCore, decodeEnterpriseText, decodeHazards, decodeInspections } from '../../src/data/bundle.ts';
import { createFilterEngine } from '../../src/data/filter-engine.ts';
import {
  readArrow,
  validateEnterprises,
  validateEnterpriseText,
  validateHazards,
  validateInspections,
  validateManifest,
} from '../../src/data/validate-bundle.ts';
import { fmt, median, timeRuns } from './stats.ts';

export function benchLoad1m(bundleDir: string, sourceDir?: string): string {
  const manifest = validateManifest(JSON.parse(readFileSync(`${bundleDir}/manifest.json`, 'utf8')));
  const ent = new Uint8Array(readFileSync(`${bundleDir}/enterprises.arrow`));
  const text = new Uint8Array(readFileSync(`${bundleDir}/enterprise-text.arrow`));
  const haz = new Uint8Array(readFileSync(`${bundleDir}/hazards.arrow`));
  const inspFile = `${bundleDir}/inspections.arrow`;
  const insp =
    manifest.inspections !== undefined && existsSync(inspFile) ? new Uint8Array(readFileSync(inspFile)) : null;
  const core = () => {
    const table = readArrow('enterprises.arrow', ent);
    validateEnterprises(table, manifest);
    return decodeEnterpriseCore(table);
  };
  const decodeMs = median(timeRuns(core, 9));
  const detailsMs = median(
    timeRuns(() => {
      const t = readArrow('enterprise-text.arrow', text);
      validateEnterpriseText(t, manifest);
      decodeEnterpriseText(t);
      const h = readArrow('hazards.arrow', haz);
      validateHazards(h, manifest);
      decodeHazards(h);
      if (insp) {
        const x = readArrow('inspections.arrow', insp);
        validateInspections(x, manifest);
        decodeInspections(x);
      }
    }, 3),
  );
  const columns = core();
  const t0 = performance.now();
  createFilterEngine(columns, {
    towns: manifest.towns.length,
    grids: manifest.grids.length,
    parks: manifest.parks.length,
  });
  const indexMs = performance.now() - t0;
  let peer = '';
  if (sourceDir) {
    const csv = readFileSync(`${sourceDir}/enterprises.csv`, 'utf8');
    const t1 = performance.now();
    Papa.parse(csv, { header: true, dynamicTyping: true, skipEmptyLines: true });
    peer = ` papaparse_csv_ms=${fmt(performance.now() - t1)}`;
  }
  const mb = (f: string) => statSync(`${bundleDir}/${f}`).size / 1e6;
  const first = mb('enterprises.arrow');
  const total = first + mb('enterprise-text.arrow') + mb('hazards.arrow') + (insp ? mb('inspections.arrow') : 0);
  return (
    `load-1m: ready_ms=${fmt(decodeMs + indexMs)} decode_ms=${fmt(decodeMs)} filter_index_ms=${fmt(indexMs)} rows=${columns.length} ` +
    `first_mb=${first.toFixed(1)} total_mb=${total.toFixed(1)} details_ms=${fmt(detailsMs)}${peer}`
  );
}
