import { describe, expect, it } from 'vitest';
import { importProblems, sourceFiles } from './check-imports.ts';

describe('the import layering of src/', () => {
  it('holds on the tree', () => {
    expect(importProblems(sourceFiles('src'))).toEqual([]);
  });

  it('catches an import against the direction, between siblings, and a cycle', () => {
    const problems = importProblems([
      { path: 'data/export.ts', source: "import { useStore } from '../state/store.ts';\n" },
      { path: 'map/map-view.tsx', source: "import {\n  Tooltip,\n} from '../panels/tooltip.tsx';\n" },
      { path: 'domain/a.ts', source: "export { b } from './b.ts';\n" },
      { path: 'domain/b.ts', source: "import { a } from './a.ts';\nexport const b = a;\n" },
      // Type-only imports may go round in a circle (they vanish at build), not against the direction.
      { path: 'state/store.ts', source: "import type { Slice } from './slice.ts';\n" },
      { path: 'state/slice.ts', source: "import type { Store } from './store.ts';\n" },
      { path: 'domain/c.ts', source: "const m = await import('../data/d.ts');\n" },
      { path: 'app.tsx', source: "import { MapView } from './map/map-view.tsx';\nimport './theme.css';\n" },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^data\/export\.ts imports state\/store\.ts: data may not import from state/),
      expect.stringMatching(
        /^map\/map-view\.tsx imports panels\/tooltip\.tsx: map may not import from panels \(src\/panels is on the same level\)/,
      ),
      expect.stringMatching(/^domain\/c\.ts imports data\/d\.ts: domain may not import from data/),
      'import cycle: domain/a.ts -> domain/b.ts -> domain/a.ts',
    ]);
  });

  it("lets a feature import a sibling only through its index.ts or the layer's common folder", () => {
    const problems = importProblems([
      {
        path: 'panels/ledger/ledger-panel.tsx',
        source:
          "import { OpenButton } from '../table/open-enterprise.ts';\nimport { TableApi } from '../table/index.ts';\n",
      },
      {
        path: 'panels/area/area-panel.tsx',
        source: "import { Export } from '../common/export-buttons.tsx';\nimport { dock } from '../dock.tsx';\n",
      },
      {
        path: 'data/ledger/build-hazards.ts',
        source: "import type { Issue } from '../import/issues.ts';\nimport { util } from './util.ts';\n",
      },
      { path: 'data/test-support/built-demo.ts', source: "import { build } from '../build/build-dataset.ts';\n" },
      { path: 'panels/dock.tsx', source: "import { Table } from './table/table.tsx';\n" },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^panels\/ledger\/ledger-panel\.tsx imports panels\/table\/open-enterprise\.ts: features of src\/panels do not reach into each other/,
      ),
      expect.stringMatching(/^data\/ledger\/build-hazards\.ts imports data\/import\/issues\.ts: features of src\/data/),
    ]);
  });
});
