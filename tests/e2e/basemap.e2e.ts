/**
 * The online basemap: off by default, so no tile is ever asked for; preset on in the deployment's
 * config.json (here with a tile template on the app's own origin, answered by the test: no network),
 * its tiles draw under the district's layers with the attribution shown; a key the provider refuses
 * (HTTP 418) turns it off with a message and the offline base stays.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, mapSettled, openPage, useApp, waitForMap } from './browser.ts';

/** A solid-colour 256x256 PNG, written by hand (signature, IHDR, IDAT, IEND). */
function solidPng(r: number, g: number, b: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, tail]);
  };
  const size = 256;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())]);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREEN = solidPng(20, 200, 60);
const preset = (tileUrl: string) =>
  JSON.stringify({ basemap: { enabled: true, kind: 'vec', key: 'test-key', tileUrl, reviewNumber: 'GS(测试)0000号' } });

/** Canvas pixels close to the tiles' green. */
const greenPixels = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const d = (window as unknown as { __mapPixels(): Uint8ClampedArray }).__mapPixels();
    let n = 0;
    // Green, possibly dimmed by the mask outside the district or under the see-through town fills.
    for (let i = 0; i < d.length; i += 4) if (d[i + 1] > d[i] + 40 && d[i + 1] > d[i + 2] + 30) n++;
    return n;
  });

describe('online basemap', () => {
  const app = useApp('dist');

  it('is off by default: no tile request, no attribution', async () => {
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const tiles: string[] = [];
    w.page.on('request', (r) => {
      if (/tiles|tianditu|wmts/i.test(r.url())) tiles.push(r.url());
    });
    await w.page.goto(app.server.url);
    await mapSettled(w.page);
    expect(tiles).toEqual([]);
    expect(await w.page.$('[data-testid="basemap-attribution"]')).toBeNull();
    expect(await greenPixels(w.page)).toBeLessThan(200);
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });

  it('preset on by the deployment: tiles draw under the district with the attribution', async () => {
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    const tiles: string[] = [];
    await w.page.route('**/config.json', (r) =>
      r.fulfill({
        contentType: 'application/json',
        body: preset(`${app.server.url}test-tiles/{kind}/{z}/{x}/{y}.png?tk={key}`),
      }),
    );
    await w.page.route('**/test-tiles/**', (r) => {
      tiles.push(r.request().url());
      return r.fulfill({ contentType: 'image/png', body: GREEN });
    });
    await w.page.goto(app.server.url);
    await waitForMap(w.page);
    await w.page.waitForSelector('[data-testid="basemap-attribution"]');
    await mapSettled(w.page);
    expect(tiles.some((u) => u.includes('/vec/') && u.includes('tk=test-key'))).toBe(true);
    expect(tiles.some((u) => u.includes('/cva/'))).toBe(true);
    expect(await w.page.textContent('[data-testid="basemap-attribution"]')).toBe('© 天地图 · 审图号：GS(测试)0000号');
    expect(await greenPixels(w.page)).toBeGreaterThan(20_000);
    // The district's own layers are still drawn over it: the legend counts and the points are there.
    expect(await w.page.textContent('[data-testid="legend-total"]')).toBe('5,000');
    await w.page.screenshot({ path: `${SCREENSHOTS}/basemap-on.png` });
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });

  it('a key refused with HTTP 418 gives a message and the offline base stays', async () => {
    const w = await openPage(app.browser, app.server.url, { width: 1366, height: 768 });
    await w.page.route('**/config.json', (r) =>
      r.fulfill({
        contentType: 'application/json',
        body: preset(`${app.server.url}test-tiles/{kind}/{z}/{x}/{y}.png?tk={key}`),
      }),
    );
    await w.page.route('**/test-tiles/**', (r) => r.fulfill({ status: 418, body: 'key invalid' }));
    await w.page.goto(app.server.url);
    await waitForMap(w.page);
    await w.page.waitForSelector('[data-testid="notice"]', { timeout: 30_000 });
    expect(await w.page.textContent('[data-testid="notice"]')).toContain('HTTP 418');
    await w.page.waitForSelector('[data-testid="basemap-attribution"]', { state: 'detached' });
    expect(await w.page.textContent('[data-testid="legend-total"]')).toBe('5,000');
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors.filter((e) => !/418|Failed to load resource/.test(e))).toEqual([]);
    await w.page.context().close();
  });
});
