/**
 * The first step of `npm test`: the system programs the browser tests need, installed from Debian's
 * packages when they are missing and this user may install them (root, or sudo without a password),
 * or else a stop with the exact command to run (or, without apt-get, what to get some other way). A
 * fresh machine has none of them, and a test suite that fails on "No Chromium found" after minutes of
 * unit tests helps nobody. Chromium and nginx are looked for where the tests look (tests/e2e/system-tools.ts).
 *
 *   tsx scripts/test-deps.ts          check, install what is missing, check again
 *   tsx scripts/test-deps.ts --check  only say what is missing (exit 1 if anything is)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium, findNginx } from '../tests/e2e/system-tools.ts';
import { isMain } from './is-main.ts';

/** One system program the tests use, the Debian packages that give it (installed together), and why the tests need it. */
export interface SystemNeed {
  pkgs: readonly string[];
  why: string;
  present: () => boolean;
}

const onPath = (cmd: string): boolean =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, cmd)));

/** Where Debian's fonts-noto-cjk puts its fonts. */
export const NOTO_CJK_DIR = '/usr/share/fonts/opentype/noto';

/** True when `dir` holds a Noto Sans CJK font file (NotoSansCJK-Regular.ttc and the like). */
export function hasNotoCjkFiles(dir = NOTO_CJK_DIR): boolean {
  try {
    return readdirSync(dir).some((f) => f.startsWith('NotoSansCJK'));
  } catch {
    return false;
  }
}

/**
 * True when there is a font with Chinese glyphs (without one, every Chinese label is tofu in
 * screenshots): the Noto CJK files themselves, or any font fontconfig knows for Chinese. fc-list is
 * Debian's fontconfig package, which a slim image may lack (Chromium itself needs only the library).
 */
function hasCjkFont(): boolean {
  if (hasNotoCjkFiles()) return true;
  if (!onPath('fc-list')) return false;
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

/** What the end-to-end tests need of the system, in the order a reader would look for it. */
export const SYSTEM_NEEDS: readonly SystemNeed[] = [
  {
    pkgs: ['chromium'],
    why: 'the browser the end-to-end tests drive (or set CHROMIUM_PATH to another)',
    present: () => findChromium() !== undefined,
  },
  {
    pkgs: ['fonts-noto-cjk', 'fontconfig'],
    why: "Chinese text in the browser and its screenshots (fontconfig's fc-list finds the fonts)",
    present: hasCjkFont,
  },
  {
    pkgs: ['nginx-light'],
    why: "the test of the deployment guide's nginx example",
    present: () => findNginx() !== undefined,
  },
  {
    pkgs: ['poppler-utils'],
    why: 'pdftoppm, which turns the printed bulletin into page images',
    present: () => onPath('pdftoppm'),
  },
  {
    pkgs: ['libreoffice-writer-nogui'],
    why: "soffice, which turns the bulletin's Word document into a PDF to check its pages",
    present: () => onPath('soffice'),
  },
];

/** The Debian packages of `needs`, in order. */
export const packagesOf = (needs: readonly SystemNeed[]): string[] => needs.flatMap((n) => n.pkgs);

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

const neededLines = (missing: readonly SystemNeed[]): string =>
  missing.map((n) => `  ${n.pkgs.join(' ')}: ${n.why}`).join('\n');

/** The stop when this script will not install: the command to run, or, on a system without apt-get, what to get another way. */
export function missingMessage(missing: readonly SystemNeed[], hasApt: boolean): string {
  if (hasApt)
    return `The tests need Debian packages that are not installed:\n${neededLines(missing)}\nInstall them with:\n  ${installCommand(packagesOf(missing))}`;
  return (
    `The tests need these programs, which are not installed (by their Debian package names):\n${neededLines(missing)}\n` +
    'This system has no apt-get: on other systems install the equivalents, and set CHROMIUM_PATH to the browser.'
  );
}

/**
 * The command line that runs apt-get with `args`. Through sudo it is set in `env`, since sudo's
 * env_reset drops DEBIAN_FRONTEND from the environment this script passes.
 */
export function aptCommand(route: Exclude<InstallRoute, 'none'>, args: readonly string[]): string[] {
  return route === 'sudo'
    ? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]
    : ['apt-get', ...args];
}

/** The stop when apt-get failed: its own message is already on the terminal, above this one. */
export function aptFailedMessage(args: readonly string[], exit: number | string, pkgs: readonly string[]): string {
  return `apt-get ${args.join(' ')} failed (exit ${exit}): see its message above, or install them yourself:\n  ${installCommand(pkgs)}`;
}

function sudoWithoutPassword(): boolean {
  return onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

function main(): void {
  const missing = SYSTEM_NEEDS.filter((n) => !n.present());
  if (missing.length === 0) return;
  const pkgs = packagesOf(missing);
  const hasApt = onPath('apt-get');
  const route = process.argv.includes('--check')
    ? 'none'
    : installRoute(process.getuid?.() ?? -1, hasApt, sudoWithoutPassword);
  if (route === 'none') {
    console.error(missingMessage(missing, hasApt));
    process.exit(1);
  }
  console.log(
    `Installing ${pkgs.join(', ')} from Debian's packages (needed by the tests; a minute or two):\n${neededLines(missing)}`,
  );
  // -qq: apt's own progress lines would bury the line above; its errors still show.
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...pkgs],
  ]) {
    const [cmd, ...rest] = aptCommand(route, args);
    try {
      execFileSync(cmd, rest, {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (e) {
      const x = e as { status?: number | null; signal?: string | null; code?: string };
      console.error(aptFailedMessage(args, x.status ?? x.signal ?? x.code ?? '?', pkgs));
      process.exit(1);
    }
  }
  const still = SYSTEM_NEEDS.filter((n) => !n.present());
  if (still.length) {
    console.error(`Still missing after the install: ${packagesOf(still).join(', ')}`);
    process.exit(1);
  }
  console.log(`Installed ${pkgs.join(', ')}.`);
}

if (isMain(import.meta.url)) main();
