/**
 * export-100k: the enterprise list's CSV for 100,000 filtered rows (every 10th of the 1M bundle),
 * from the decoded bundle, as the table's export button builds it. Prints the median of 5 runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_RISK_MODEL } from '../../src/domain/risk-model.ts';
import { exportEnterprisesCsv } from '../../src/data/export-csv.ts';
import { decodeBundleFiles } from '../../src/data/load-bundle.ts';
import { fmt, median, timeRuns } from './stats.ts';
import { isMain } from '../is-main.ts';

export function benchExport100k(bundleDir: string): string {
  const read = (f: string) => readFileSync(`${bundleDir}/${f}`);
  const d = decodeBundleFiles({
    manifest: JSON.parse(read('manifest.json').toString('utf8')),
    geo: JSON.parse(read('geo.json').toString('utf8')),
    enterprises: new Uint8Array(read('enterprises.arrow')),
    enterpriseText: new Uint8Array(read('enterprise-text.arrow')),
    hazards: new Uint8Array(read('hazards.arrow')),
    // A bundle with an inspection ledger does not decode without it.
    ...(existsSync(`${bundleDir}/inspections.arrow`) ? { inspections: new Uint8Array(read('inspections.arrow')) } : {}),
  });
  const rows = Uint32Array.from({ length: Math.min(100_000, Math.floor(d.enterprises.length / 10)) }, (_, k) => k * 10);
  let bytes = 0;
  const times = timeRuns(
    () => {
      bytes = exportEnterprisesCsv(d, rows, 'zh', DEFAULT_RISK_MODEL).length;
    },
    5,
    1,
  );
  return `export-100k: ours_ms=${fmt(median(times))} rows=${rows.length} chars=${bytes}`;
}

if (isMain(import.meta.url)) console.log(benchExport100k(process.argv[2] ?? 'data/bench-bundles/bench-1m'));
