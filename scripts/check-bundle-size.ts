/**
 * The JS budget of the built app (dist/, after `vite build`; `npm test` runs it there): the page's
 * initial JS, the entry chunk and every chunk it imports statically (the modulepreloads of
 * index.html), must stay within INITIAL_BUDGET gzipped. Prints every chunk (raw and gzip kB, which
 * are initial, which load at start, which on first use) so the list can be pasted into a note;
 * exits 1 over budget.
 *
 *   npx tsx scripts/check-bundle-size.ts [dist] [--markdown]
 *
 * The map (MapLibre, deck.gl) is a chunk of its own that the entry starts loading at once, beside
 * the dataset, and so is the printed bulletin (the browser's own print, Ctrl+P, needs it mounted);
 * their chunks and the initial ones together are what the page fetches before the first map is
 * drawn, held to FIRST_MAP_BUDGET. Workers (MapLibre's, the dataset's, the import's)
 * are listed apart: they load in threads of their own, MapLibre's when the map starts. Sizes are
 * gzip level 9, as the build's .gz copies (scripts/deploy/precompress.ts); kB = 1000 bytes, as
 * Vite reports them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isMain } from './is-main.ts';

/**
 * Initial JS (entry + static imports), gzip kB: 214 kB when set. Tight on purpose: a feature's index.ts
 * that re-exports a deck.gl builder pulls deck.gl and luma.gl into the first chunk (about +175 kB).
 */
export const INITIAL_BUDGET = 260;
/**
 * Initial JS plus the chunks loaded at start (what the page fetches before the first map; 728 kB when
 * set, 753 kB with the comparison of two data dates, the export facts and the bulletin's own period;
 * the comparison's own code loads only when one is opened), gzip kB.
 */
export const FIRST_MAP_BUDGET = 760;
/**
 * The chunks the entry starts loading at once (src/app.tsx, src/bulletin-host.tsx), by their file
 * names: the name, then the build's eight-character hash (so `bulletin-changes-<hash>.js`, a chunk
 * of its own loaded later, is not taken for the bulletin's).
 */
const START_CHUNKS = /^(map-view|bulletin)-[\w-]{8}\.js$/;
/** Worker scripts, by their file names (src/workers/*-worker.ts, MapLibre's). */
const WORKER = /-worker-[\w-]+\.m?js$/;

const ROLES = ['initial', 'start', 'lazy', 'worker'] as const;
export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  role: (typeof ROLES)[number];
}

/** `import … from "./x.js"` and `import "./x.js"` (not `import("./x.js")`) in a built chunk. */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(
    /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']\.\/([^"']+\.m?js)["']/g,
  ))
    out.add(m[1]);
  return [...out];
}

/** The chunks named by index.html: its module scripts and modulepreloads, as file names under assets/. */
export function htmlChunks(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(
    /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?assets\/([^"]+\.m?js)"/g,
  ))
    out.push(m[1]);
  return out;
}

/** Every chunk of a built app with its sizes and role. */
export function chunksOf(dist: string): Chunk[] {
  const assets = join(dist, 'assets');
  const code = new Map<string, string>();
  for (const f of readdirSync(assets)) if (/\.m?js$/.test(f)) code.set(f, readFileSync(join(assets, f), 'utf8'));
  const closure = (roots: string[]) => {
    const seen = new Set<string>();
    const walk = (f: string) => {
      if (seen.has(f) || !code.has(f)) return;
      seen.add(f);
      for (const g of staticImports(code.get(f)!)) walk(g);
    };
    roots.forEach(walk);
    return seen;
  };
  const initial = closure(htmlChunks(readFileSync(join(dist, 'index.html'), 'utf8')));
  const start = closure([...code.keys()].filter((f) => START_CHUNKS.test(f)));
  return [...code]
    .map(([file, text]): Chunk => {
      const bytes = Buffer.from(text);
      const role = initial.has(file) ? 'initial' : start.has(file) ? 'start' : WORKER.test(file) ? 'worker' : 'lazy';
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, role };
    })
    .sort((a, b) => (a.role === b.role ? b.gzip - a.gzip : ROLES.indexOf(a.role) - ROLES.indexOf(b.role)));
}

const kB = (n: number) => (n / 1000).toFixed(1);

export function report(
  chunks: readonly Chunk[],
  markdown = false,
): { lines: string[]; initial: number; firstMap: number; problems: string[] } {
  const sum = (role: Chunk['role']) => chunks.filter((c) => c.role === role).reduce((a, c) => a + c.gzip, 0);
  const initial = sum('initial');
  const firstMap = initial + sum('start');
  const roleName = { initial: 'initial', start: 'at start', lazy: 'on first use', worker: 'worker' };
  const lines = markdown
    ? [
        '| chunk | raw kB | gzip kB | loads |',
        '|---|---:|---:|---|',
        ...chunks.map((c) => `| ${c.file} | ${kB(c.raw)} | ${kB(c.gzip)} | ${roleName[c.role]} |`),
      ]
    : chunks.map((c) => `${c.file.padEnd(48)} ${kB(c.raw).padStart(9)} ${kB(c.gzip).padStart(8)}  ${roleName[c.role]}`);
  if (!markdown) lines.unshift(`${'chunk'.padEnd(48)} ${'raw kB'.padStart(9)} ${'gzip kB'.padStart(8)}  loads`);
  lines.push(
    '',
    `initial JS (entry + static imports): ${kB(initial)} kB gzip (budget ${INITIAL_BUDGET} kB)`,
    `before the first map (initial + at start): ${kB(firstMap)} kB gzip (budget ${FIRST_MAP_BUDGET} kB)`,
  );
  const problems: string[] = [];
  if (!chunks.some((c) => c.role === 'initial'))
    problems.push('no initial chunk found: is this a built app (index.html, assets/)?');
  if (!chunks.some((c) => c.role === 'start' && c.file.startsWith('map-view-')))
    problems.push('no map chunk (map-view-*.js) found');
  if (initial > INITIAL_BUDGET * 1000)
    problems.push(`initial JS is ${kB(initial)} kB gzip, over the budget of ${INITIAL_BUDGET} kB`);
  if (firstMap > FIRST_MAP_BUDGET * 1000)
    problems.push(`the JS before the first map is ${kB(firstMap)} kB gzip, over the budget of ${FIRST_MAP_BUDGET} kB`);
  return { lines, initial, firstMap, problems };
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const r = report(chunksOf(dist), args.includes('--markdown'));
  console.log(
    `JS chunks of ${basename(join(process.cwd(), dist))}/ (scripts/check-bundle-size.ts):\n${r.lines.join('\n')}`,
  );
  if (r.problems.length) {
    console.error(`\nover the JS budget:\n  ${r.problems.join('\n  ')}`);
    process.exit(1);
  }
}
