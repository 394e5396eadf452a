/**
 * docs/deploy.md's nginx example, run for real: its server block (with only the port and the root
 * changed) serves dist/, sends the security headers, caches and compresses as the doc says, and the
 * app runs under it in Chromium without a policy violation. `npm test` installs Debian's nginx first (scripts/test-deps.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/deploy/security-headers.ts';
import { assertClean, launch, openMap } from './browser.ts';
import { findNginx } from './system-tools.ts';

const NGINX = findNginx();

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** The doc's server block inside a minimal nginx.conf that runs unprivileged from a temporary folder. */
function configFromDoc(prefix: string, port: number): string {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const block = /```nginx\n([\s\S]*?)```/
    .exec(doc)![1]
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/risk-map\/dist;/, `root ${resolve('dist')};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((k) => `  ${k}_temp_path ${join(prefix, k)};`)
    .join('\n');
  return `daemon off;\npid ${join(prefix, 'nginx.pid')};\nerror_log ${join(prefix, 'error.log')};\nevents {}\nhttp {\n  access_log off;\n${temp}\n${block}\n}\n`;
}

describe.skipIf(!NGINX)('the nginx example of docs/deploy.md', () => {
  let prefix = '';
  let url = '';
  let nginx: ChildProcess | undefined;
  let browser: Awaited<ReturnType<typeof launch>>;

  beforeAll(async () => {
    prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
    mkdirSync(join(prefix, 'logs'), { recursive: true });
    const port = await freePort();
    writeFileSync(join(prefix, 'nginx.conf'), configFromDoc(prefix, port));
    const check = spawnSync(NGINX!, ['-t', '-c', join(prefix, 'nginx.conf'), '-p', prefix], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn(NGINX!, ['-c', join(prefix, 'nginx.conf'), '-p', prefix], { stdio: 'ignore' });
    url = `http://127.0.0.1:${port}/`;
    for (let k = 0; k < 50; k++) {
      if (
        await fetch(url).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    nginx?.kill();
    rmSync(prefix, { recursive: true, force: true });
  });

  it('sends the security headers, caches hashed assets, revalidates the data and compresses it', async () => {
    const page = await fetch(url);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page.headers.get(name), name).toBe(value);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const worker = readdirSync('dist/assets').find((f) => f.startsWith('maplibre-gl-worker'))!;
    const asset = await fetch(`${url}assets/${worker}`);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    const arrow = await fetch(`${url}data/demo/enterprises.arrow`, { headers: { 'accept-encoding': 'gzip' } });
    expect(arrow.headers.get('content-type')).toBe('application/vnd.apache.arrow.file');
    expect(arrow.headers.get('content-encoding')).toBe('gzip');
    // The build's own .gz, sent as it is (gzip_static: a length, where on-the-fly gzip streams without one).
    expect(Number(arrow.headers.get('content-length'))).toBe(
      statSync(join('dist', 'data/demo/enterprises.arrow.gz')).size,
    );
    expect(arrow.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves an app that loads, draws and filters under that policy', async () => {
    const w = await openMap(browser, url, { width: 1366, height: 768 });
    await w.page.click('[data-testid="filter-level-major"]');
    const major = await w.page.textContent('[data-testid="legend-count-major"]');
    await w.page.waitForFunction(
      (n) => document.querySelector('[data-testid="kpi-enterprises"] .kpi-value')?.textContent === n,
      major,
    );
    assertClean(w);
    await w.page.context().close();
  });
});
