import { describe, expect, it } from 'vitest';
import { installCommand, installRoute, SYSTEM_NEEDS } from './test-deps.ts';

describe('the test command\'s system packages', () => {
  it('installs as root without asking sudo, through sudo only when it needs no password, and not without apt', () => {
    let asked = 0;
    const sudo = (ok: boolean) => () => { asked++; return ok; };
    expect(installRoute(0, true, sudo(false))).toBe('root');
    expect(asked).toBe(0);
    expect(installRoute(1000, true, sudo(true))).toBe('sudo');
    expect(installRoute(1000, true, sudo(false))).toBe('none');
    expect(installRoute(0, false, sudo(true))).toBe('none');
  });

  it('names every package the browser tests use, in a command a person can paste', () => {
    expect(SYSTEM_NEEDS.map((n) => n.pkg)).toEqual(['chromium', 'fonts-noto-cjk', 'nginx-light', 'poppler-utils']);
    expect(installCommand(['chromium', 'poppler-utils'])).toBe('sudo apt-get update && sudo apt-get install -y chromium poppler-utils');
  });
});
