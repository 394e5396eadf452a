import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LICENCES_FILE, licenceTable } from './licences.ts';

describe('docs/licences.md', () => {
  it('lists the licences of exactly the packages the lockfile ships', () => {
    const expected = licenceTable(JSON.parse(readFileSync('package-lock.json', 'utf8')));
    expect(readFileSync(LICENCES_FILE, 'utf8'), 'run npx tsx scripts/licences.ts').toBe(expected);
  });

  it('leaves out development-only packages and names an undeclared licence', () => {
    const table = licenceTable({
      packages: {
        '': {},
        'node_modules/a': { version: '1.0.0', license: 'MIT' },
        'node_modules/b': { version: '2.0.0', dev: true, license: 'MIT' },
        'node_modules/x/node_modules/c': { version: '3.0.0' },
      },
    });
    expect(table).toContain('| a | 1.0.0 | MIT |');
    expect(table).not.toContain('| b |');
    expect(table).toContain('| c | 3.0.0 | not declared: see the package |');
  });
});
