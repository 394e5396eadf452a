/**
 * An earlier snapshot of a generated district (scripts/demo/earlier-snapshot.ts), written beside it:
 *   npx tsx scripts/demo-earlier.ts [data/demo] [--out data/demo-prev] [--days 7] [--seed 42]
 * Boundaries are copied; the register and ledgers are as they stood `--days` before the data date.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { earlierSnapshot } from './demo/earlier-snapshot';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const out = flag('--out', '');
const days = Number(flag('--days', '7'));
const seed = Number(flag('--seed', '42'));
const from = args[0] ?? 'data/demo';
const to = out || `${from}-prev`;
if (!Number.isInteger(days) || days < 1) throw new Error('--days must be a positive integer');

const started = performance.now();
const read = (f: string) => readFileSync(join(from, f), 'utf8');
const meta = JSON.parse(read('meta.json')) as Record<string, unknown>;
const { files, summary } = earlierSnapshot(
  {
    enterprises: read('enterprises.csv'),
    hazards: read('hazards.csv'),
    ...(existsSync(join(from, 'inspections.csv')) ? { inspections: read('inspections.csv') } : {}),
    meta,
  },
  { days, seed },
);
mkdirSync(to, { recursive: true });
for (const f of ['district.geojson', 'towns.geojson', 'grid.geojson', 'parks.geojson'])
  if (existsSync(join(from, f))) copyFileSync(join(from, f), join(to, f));
writeFileSync(join(to, 'enterprises.csv'), files.enterprises);
writeFileSync(join(to, 'hazards.csv'), files.hazards);
if (files.inspections !== undefined) writeFileSync(join(to, 'inspections.csv'), files.inspections);
writeFileSync(join(to, 'meta.json'), `${JSON.stringify(files.meta, null, 2)}\n`);
console.log(
  `earlier snapshot: ${from} -> ${to}, data date ${summary.asOf}: ${summary.enterprises} enterprises ` +
    `(${summary.leftOut} of today's not yet registered, ${summary.gone} gone since, ${summary.moved} with other inputs), ` +
    `${summary.hazardsLeftOut} hazards found since left out, ${summary.hazardsReopened} closed since still open, ` +
    `${summary.hazardsUnlisted} not yet listed, ${summary.inspectionsLeftOut} inspections since left out; ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
