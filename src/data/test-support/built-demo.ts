/**
 * For tests: a small generated district (the demo generator, seeded) built from its CSV files as
 * `npm run build-data` builds one, without leaving its files behind.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '../../../scripts/demo/index.ts';
import { buildFromFiles } from '../import/build/build-from-files.ts';

export function builtDemo(
  name: string,
  seed: number,
  enterprises: number,
  builtAt = '2026-11-01T00:00:00Z',
): ReturnType<typeof buildFromFiles>['built'] {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  try {
    generateDemo({ seed, enterprises, out: dir });
    return buildFromFiles(
      name,
      readdirSync(dir).map((file) => ({ name: file, bytes: new Uint8Array(readFileSync(join(dir, file))) })),
      { builtAt },
    ).built;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
