/**
 * Which folder of src/ may import which: each layer only from the layers below it, so that the pure
 * modules stay runnable in workers, Node and tests, and a newcomer knows where a piece belongs.
 *
 *   domain  <-  data  <-  workers  <-  state  <-  i18n  <-  ui  <-  map, panels  <-  app.tsx, main.tsx
 *
 * Folders on one level do not import each other (map and panels share through ui/). Imports that
 * only bring types (`import type`) follow the same direction; runtime imports must also form no
 * cycle.
 *
 * Within a layer, each sub-folder is a feature (data/ledger, panels/area, map/heatmap…). Sibling
 * features do not reach into each other's insides: a feature is imported by its siblings only through
 * its `index.ts`, and what several features share lives in the layer's `common/` folder (or in a file
 * at the top of the layer folder, or a layer below). `test-support/` folders, which only tests use,
 * may import any feature. Run by `npm run lint`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { isMain } from './is-main.ts';

const LEVEL: Record<string, number> = { domain: 0, data: 1, workers: 2, state: 3, i18n: 4, ui: 5, map: 6, panels: 6 };
/** Files at the top of src/ (app.tsx, main.tsx, theme tokens) sit above everything. */
const TOP = 7;

export interface SourceFile {
  path: string;
  source: string;
}

/** The folder (or top-level file) a path of src/ belongs to, and its level. */
function unit(path: string): { name: string; level: number } {
  const first = path.split('/')[0];
  return path.includes('/') ? { name: first, level: LEVEL[first] ?? TOP } : { name: 'the top of src', level: TOP };
}

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function importsOf(f: SourceFile): Import[] {
  const out: Import[] = [];
  const re =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
  for (const m of f.source.matchAll(re)) {
    const spec = m[3] ?? m[4];
    const to = normalize(join(dirname(f.path), spec))
      .split(sep)
      .join('/');
    if (to.startsWith('..')) continue;
    out.push({ from: f.path, to, typeOnly: Boolean(m[2]) });
  }
  return out;
}

/**
 * Why an import between two files of one layer folder reaches into a sibling feature's insides, or
 * null when it does not: `a/x.ts` may import `b/index.ts` and `common/…`, not `b/y.ts`.
 */
function zoneProblem(from: string, to: string): string | null {
  const f = from.split('/');
  const t = to.split('/');
  if (f[0] !== t[0] || f.length < 3 || t.length < 3 || f[1] === t[1]) return null;
  if (t[1] === 'common' || f[1] === 'test-support' || (t.length === 3 && /^index\.tsx?$/.test(t[2]))) return null;
  return `${from} imports ${to}: features of src/${f[0]} do not reach into each other (import src/${t[0]}/${t[1]}/index.ts, or move what they share to src/${t[0]}/common/)`;
}

/** Every import against the direction or into a sibling feature, and every cycle of runtime imports, as readable lines. */
export function importProblems(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const edges: string[] = [];
    for (const i of importsOf(f)) {
      const a = unit(i.from);
      const b = unit(i.to);
      if (a.name !== b.name && b.level >= a.level) {
        problems.push(
          `${i.from} imports ${i.to}: ${a.name} may not import from ${b.name} (src/${b.name} is ${b.level === a.level ? 'on the same level' : 'above it'})`,
        );
      }
      const zone = zoneProblem(i.from, i.to);
      if (zone) problems.push(zone);
      if (!i.typeOnly) edges.push(i.to);
    }
    graph.set(f.path, edges);
  }
  // Cycles: depth-first search, reporting each cycle once by its smallest member.
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const seen = new Set<string>();
  const visit = (n: string) => {
    state.set(n, 1);
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (!graph.has(m)) continue;
      if (state.get(m) === 1) {
        const cycle = stack.slice(stack.indexOf(m));
        const key = [...cycle].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          problems.push(`import cycle: ${[...cycle, m].join(' -> ')}`);
        }
      } else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return problems;
}

/** The non-test TypeScript files of a folder, with paths relative to it. */
export function sourceFiles(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
        out.push({ path: relative(root, p).split(sep).join('/'), source: readFileSync(p, 'utf8') });
    }
  };
  walk(root);
  return out;
}

if (isMain(import.meta.url)) {
  const problems = importProblems(sourceFiles('src'));
  if (problems.length) {
    console.error(`src/ imports against the layering (scripts/check-imports.ts):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    'imports: every folder of src/ imports only from the layers below it, no feature reaches into a sibling, and no runtime import cycle',
  );
}
