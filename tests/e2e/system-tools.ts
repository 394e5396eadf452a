/**
 * Where the browser tests find the system programs they run, in one place: the tests, the benchmarks
 * and scripts/test-deps.ts (which installs what is missing) all look in the same spots, so what the
 * install step calls present is what the tests then find.
 */
import { existsSync } from 'node:fs';

/** The Chromium to drive: CHROMIUM_PATH when that file exists, else the usual Debian (or Google) paths. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (p): p is string => !!p && existsSync(p),
  );
}

/** Debian's nginx (nginx-light and nginx put it in /usr/sbin, which a user's PATH often lacks). */
export function findNginx(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
}
