import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isMain } from './is-main.ts';

describe('isMain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'is-main-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, '数据 脚本'));
  const script = join(dir, '数据 脚本', 'build.ts');
  writeFileSync(script, '');
  writeFileSync(join(dir, 'other.ts'), '');
  const url = pathToFileURL(script).href;

  it('is the script started by its own path, relative or absolute (spaces and Chinese in it)', () => {
    expect(isMain(url, script)).toBe(true);
    expect(isMain(url, relative(process.cwd(), script))).toBe(true);
  });

  it('is the script started through a symlink to it, or to its folder', () => {
    symlinkSync(script, join(dir, 'link.ts'));
    symlinkSync(join(dir, '数据 脚本'), join(dir, 'linked-folder'));
    expect(isMain(url, join(dir, 'link.ts'))).toBe(true);
    expect(isMain(url, join(dir, 'linked-folder', 'build.ts'))).toBe(true);
  });

  it('is not another script, a missing path, or no script at all', () => {
    expect(isMain(url, join(dir, 'other.ts'))).toBe(false);
    expect(isMain(url, join(dir, 'missing.ts'))).toBe(false);
    expect(isMain(url, undefined)).toBe(false);
  });
});
