/**
 * The first step of `npm test`: the system programs the browser tests need, installed from Debian's
 * packages when they are missing and this user may install them (root, or sudo without a password),
 * or else a stop with the exact command to run. A fresh machine has none of them, and a test suite
 * that fails on "No Chromium found" after minutes of unit tests helps nobody.
 *
 *   tsx scripts/test-deps.ts          check, install what is missing, check again
 *   tsx scripts/test-deps.ts --check  only say what is missing (exit 1 if anything is)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { isMain } from './is-main.ts';

/** One system program the tests use, the Debian package that has it, and why the tests need it. */
export interface SystemNeed {
  pkg: string;
  why: string;
  present: () => boolean;
}

const onPath = (cmd: string): boolean =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, cmd)));

const anyFile = (...paths: (string | undefined)[]): boolean => paths.some((p) => !!p && existsSync(p));

/** True when fontconfig knows a font with Chinese glyphs (without one, every Chinese label is tofu in screenshots). */
function hasCjkFont(): boolean {
  if (!onPath('fc-list')) return false;
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

/** What the end-to-end tests need of the system, in the order a reader would look for it. */
export const SYSTEM_NEEDS: readonly SystemNeed[] = [
  {
    pkg: 'chromium', why: 'the browser the end-to-end tests drive',
    present: () => anyFile(process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'),
  },
  { pkg: 'fonts-noto-cjk', why: 'Chinese text in the browser and its screenshots', present: hasCjkFont },
  { pkg: 'nginx-light', why: 'the test of the deployment guide\'s nginx example', present: () => onPath('nginx') || anyFile('/usr/sbin/nginx') },
  { pkg: 'poppler-utils', why: 'pdftoppm, which turns the printed bulletin into page images', present: () => onPath('pdftoppm') },
];

/** How this user can install Debian packages: directly as root, through sudo without a password, or not at all. */
export type InstallRoute = 'root' | 'sudo' | 'none';

export function installRoute(uid: number, hasApt: boolean, sudoWorks: () => boolean): InstallRoute {
  if (!hasApt) return 'none';
  if (uid === 0) return 'root';
  return sudoWorks() ? 'sudo' : 'none';
}

/** The command a person would type to install `pkgs` (shown when this script may not run it itself). */
export const installCommand = (pkgs: readonly string[]): string =>
  `sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}`;

function sudoWithoutPassword(): boolean {
  return onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

function apt(prefix: string[], args: string[]): void {
  const [cmd, ...rest] = [...prefix, 'apt-get', ...args];
  execFileSync(cmd, rest, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function main(): void {
  const missing = SYSTEM_NEEDS.filter((n) => !n.present());
  if (missing.length === 0) return;
  const pkgs = missing.map((n) => n.pkg);
  const lines = missing.map((n) => `  ${n.pkg}: ${n.why}`).join('\n');
  const route = process.argv.includes('--check') ? 'none'
    : installRoute(process.getuid?.() ?? -1, onPath('apt-get'), sudoWithoutPassword);
  if (route === 'none') {
    console.error(`The tests need Debian packages that are not installed:\n${lines}\nInstall them with:\n  ${installCommand(pkgs)}`);
    process.exit(1);
  }
  console.log(`Installing ${pkgs.join(', ')} from Debian's packages (needed by the tests; a minute or two):\n${lines}`);
  const prefix = route === 'sudo' ? ['sudo', '-n'] : [];
  // -qq: apt's own progress lines would bury the line above; its errors still show.
  apt(prefix, ['update', '-qq']);
  apt(prefix, ['install', '-y', '-qq', ...pkgs]);
  const still = SYSTEM_NEEDS.filter((n) => !n.present());
  if (still.length) {
    console.error(`Still missing after the install: ${still.map((n) => n.pkg).join(', ')}`);
    process.exit(1);
  }
  console.log(`Installed ${pkgs.join(', ')}.`);
}

if (isMain(import.meta.url)) main();
