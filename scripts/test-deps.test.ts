import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aptCommand,
  aptFailedMessage,
  hasNotoCjkFiles,
  installCommand,
  installRoute,
  missingMessage,
  packagesOf,
  SYSTEM_NEEDS,
} from './test-deps.ts';

describe("the test command's system packages", () => {
  it('installs as root without asking sudo, through sudo only when it needs no password, and not without apt', () => {
    let asked = 0;
    const sudo = (ok: boolean) => () => {
      asked++;
      return ok;
    };
    expect(installRoute(0, true, sudo(false))).toBe('root');
    expect(asked).toBe(0);
    expect(installRoute(1000, true, sudo(true))).toBe('sudo');
    expect(installRoute(1000, true, sudo(false))).toBe('none');
    expect(installRoute(0, false, sudo(true))).toBe('none');
  });

  it("names every package the browser tests use, fc-list's fontconfig with the fonts, in a command a person can paste", () => {
    expect(packagesOf(SYSTEM_NEEDS)).toEqual([
      'chromium',
      'fonts-noto-cjk',
      'fontconfig',
      'nginx-light',
      'poppler-utils',
      'libreoffice-writer-nogui',
    ]);
    expect(installCommand(['chromium', 'poppler-utils'])).toBe(
      'sudo apt-get update && sudo apt-get install -y chromium poppler-utils',
    );
  });

  it('passes DEBIAN_FRONTEND through sudo with env, since sudo drops it from the environment', () => {
    expect(aptCommand('sudo', ['install', '-y', 'chromium'])).toEqual([
      'sudo',
      '-n',
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      'install',
      '-y',
      'chromium',
    ]);
    expect(aptCommand('root', ['update', '-qq'])).toEqual(['apt-get', 'update', '-qq']);
  });

  it('says how to go on when apt-get fails, and what is needed on a system without apt-get', () => {
    expect(aptFailedMessage(['install', '-y', 'chromium'], 100, ['chromium'])).toBe(
      'apt-get install -y chromium failed (exit 100): see its message above, or install them yourself:\n  sudo apt-get update && sudo apt-get install -y chromium',
    );
    const fonts = SYSTEM_NEEDS.filter((n) => n.pkgs.includes('fonts-noto-cjk'));
    const withApt = missingMessage(fonts, true);
    expect(withApt).toContain('fonts-noto-cjk fontconfig: Chinese text');
    expect(withApt).toContain(installCommand(['fonts-noto-cjk', 'fontconfig']));
    const without = missingMessage(SYSTEM_NEEDS, false);
    for (const n of SYSTEM_NEEDS) expect(without).toContain(n.why);
    expect(without).toContain('on other systems install the equivalents, and set CHROMIUM_PATH to the browser');
    expect(without).not.toContain('sudo apt-get');
  });

  it('takes the Noto CJK font files for a Chinese font when there is no fc-list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noto-'));
    try {
      expect(hasNotoCjkFiles(dir)).toBe(false);
      writeFileSync(join(dir, 'NotoSerif-Regular.ttf'), '');
      expect(hasNotoCjkFiles(dir)).toBe(false);
      writeFileSync(join(dir, 'NotoSansCJK-Regular.ttc'), '');
      expect(hasNotoCjkFiles(dir)).toBe(true);
      expect(hasNotoCjkFiles(join(dir, 'absent'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
