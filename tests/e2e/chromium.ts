/**
 * Debian's Chromium through playwright-core, with the flags that work on a headless machine (software
 * WebGL through SwiftShader). No test runner in here, so the benchmarks use it too.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './system-tools.ts';

export const SCREENSHOTS = 'tests/screenshots';

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error("No Chromium found: `npm run test-deps` installs Debian's chromium package, or set CHROMIUM_PATH");
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}
