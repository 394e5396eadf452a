import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { chunksOf, htmlChunks, INITIAL_BUDGET, report, staticImports } from './check-bundle-size.ts';

describe('the JS budget', () => {
  it('reads static imports of a built chunk, not dynamic ones', () => {
    const code =
      'import{a as b,c}from"./index-AbC1.js";import"./side-x.js";export{d}from"./re-export.js";' +
      'const m=()=>__vitePreload(()=>import("./lazy-panel.js"),[]);\nimport * as ns from "./ns.js"';
    expect(staticImports(code).sort()).toEqual(['index-AbC1.js', 'ns.js', 're-export.js', 'side-x.js']);
  });

  it('reads the entry and the modulepreloads of index.html', () => {
    const html =
      '<script type="module" crossorigin src="./assets/index-a1.js"></script>\n' +
      '<link rel="modulepreload" crossorigin href="./assets/react-b2.js">\n<link rel="stylesheet" href="./assets/index-c3.css">';
    expect(htmlChunks(html)).toEqual(['index-a1.js', 'react-b2.js']);
  });

  const dist = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  // Random bytes do not compress (base64 of n bytes gzips to about n), so sizes are known.
  const junk = (kB: number) => randomBytes(kB * 1000).toString('base64');
  const write = (initialKb: number) => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="./assets/index-1.js"></script>');
    writeFileSync(
      join(dist, 'assets/index-1.js'),
      `import{x}from"./shared-2.js";const m=()=>import("./map-view-AbC3_x-9.js");//${junk(initialKb)}`,
    );
    writeFileSync(join(dist, 'assets/shared-2.js'), 'export const x=1;');
    writeFileSync(join(dist, 'assets/map-view-AbC3_x-9.js'), `import"./layer-4.js";//${junk(50)}`);
    writeFileSync(join(dist, 'assets/layer-4.js'), `//${junk(10)}`);
    writeFileSync(join(dist, 'assets/model-panel-5.js'), `import{x}from"./shared-2.js";//${junk(5)}`);
    writeFileSync(join(dist, 'assets/dataset-worker-6.js'), `//${junk(5)}`);
  };

  it('sorts chunks into initial, at start, on first use and workers, and passes within budget', () => {
    write(100);
    const chunks = chunksOf(dist);
    const roles = Object.fromEntries(chunks.map((c) => [c.file, c.role]));
    expect(roles).toEqual({
      'index-1.js': 'initial',
      'shared-2.js': 'initial',
      'map-view-AbC3_x-9.js': 'start',
      'layer-4.js': 'start',
      'model-panel-5.js': 'lazy',
      'dataset-worker-6.js': 'worker',
    });
    const r = report(chunks);
    expect(r.problems).toEqual([]);
    expect(r.initial).toBeGreaterThan(100_000);
    expect(r.initial).toBeLessThan(102_000);
    expect(r.lines.join('\n')).toMatch(/map-view-AbC3_x-9\.js.*at start/);
  });

  it('fails over budget, naming the total', () => {
    write(INITIAL_BUDGET + 5);
    const r = report(chunksOf(dist));
    expect(r.problems.join('\n')).toMatch(
      new RegExp(`initial JS is \\d+\\.\\d kB gzip, over the budget of ${INITIAL_BUDGET} kB`),
    );
  });
});
