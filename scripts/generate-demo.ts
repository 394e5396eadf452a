/**
 * Seeded demo-district generator.
 *   npx tsx scripts/generate-demo.ts [--seed 42] [--enterprises 5000] [--out data/demo] [--part-size 500000]
 * Writes district.geojson, towns.geojson, grid.geojson, parks.geojson, enterprises.csv, hazards.csv,
 * inspections.csv and meta.json; the same options always give byte-identical files (on one thread or two).
 */
import { makePartsInWorker } from './demo/enterprise-worker';
import { generateDemoWith } from './demo/index';

function parseArgs(argv: string[]): { seed: number; enterprises: number; out: string; partSize?: number } {
  const opts: { seed: number; enterprises: number; out: string; partSize?: number } = {
    seed: 42,
    enterprises: 5000,
    out: 'data/demo',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--seed') opts.seed = Number(value());
    else if (flag === '--enterprises' || flag === '-n') opts.enterprises = Number(value());
    else if (flag === '--out' || flag === '-o') opts.out = value();
    // Enterprises per part (default 500,000): smaller in tests, to make a small district in several parts.
    else if (flag === '--part-size') opts.partSize = Number(value());
    else if (flag === '--help' || flag === '-h') {
      console.log(
        'usage: tsx scripts/generate-demo.ts [--seed 42] [--enterprises 5000] [--out data/demo] [--part-size 500000]',
      );
      process.exit(0);
    } else {
      console.error(`generate-demo: unknown argument ${argv[i]}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.seed) || opts.seed < 0) throw new Error('--seed must be a non-negative integer');
  if (!Number.isInteger(opts.enterprises) || opts.enterprises < 1)
    throw new Error('--enterprises must be a positive integer');
  if (!opts.out) throw new Error('--out needs a folder');
  if (opts.partSize !== undefined && (!Number.isInteger(opts.partSize) || opts.partSize < 1))
    throw new Error('--part-size must be a positive integer');
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
// A district of more than one part makes its later parts on a second thread.
const s = await generateDemoWith(opts, makePartsInWorker);
const mb = Object.values(s.files).reduce((a, b) => a + b, 0) / 1e6;
console.log(
  `demo: seed ${s.seed} -> ${s.out}: ${s.towns} towns, ${s.grid} grid cells, ${s.parks} parks, ` +
    `${s.enterprises} enterprises (${s.assessed} assessed), ${s.hazards.count} hazards ` +
    `(${s.hazards.major} major, ${s.hazards.count - s.hazards.closed} not closed, ${s.hazards.overdue} overdue), ` +
    `${s.inspections.count} inspections (${s.inspections.byKind.join('/')} by kind, ${s.inspections.penalties} penalties, ` +
    `${s.inspections.never} of classes A-C never inspected, ${s.inspections.overCap} over the yearly cap), ` +
    `${s.districtKm2.toFixed(0)} km2, ${mb.toFixed(1)} MB in ${s.seconds.toFixed(1)} s`,
);
