/**
 * build-1m: generate the 1,000,000-enterprise district with the demo generator and build its bundle,
 * each in its own process (as a bureau would run them), timing both and reading their peak memory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BENCH_SOURCE = 'data/bench-1m';
export const BENCH_BUNDLES = 'data/bench-bundles';
export const BENCH_BUNDLE = `${BENCH_BUNDLES}/bench-1m`;

function run(args: string[]): { seconds: number; peakMb: number } {
  const t0 = performance.now();
  const r = spawnSync('npx', ['tsx', '--import', './scripts/bench/report-peak.ts', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  const peak = /PEAK_RSS_MB=(\d+)/.exec(r.stderr);
  process.stderr.write(`  ${args[0]}: ${seconds.toFixed(1)} s, peak ${peak?.[1] ?? '?'} MB\n`);
  return { seconds, peakMb: peak ? Number(peak[1]) : NaN };
}

export function benchBuild1m(): string {
  const gen = run(['scripts/generate-demo.ts', '--enterprises', '1000000', '--seed', '7', '--out', BENCH_SOURCE]);
  const build = run(['scripts/build-data.ts', BENCH_SOURCE, '--out', BENCH_BUNDLES]);
  if (!existsSync(`${BENCH_BUNDLE}/enterprises.arrow`)) throw new Error('bench bundle was not written');
  return `build-1m: seconds=${(gen.seconds + build.seconds).toFixed(1)} peak_mb=${Math.max(gen.peakMb, build.peakMb)} generate_s=${gen.seconds.toFixed(1)} build_s=${build.seconds.toFixed(1)}`;
}
