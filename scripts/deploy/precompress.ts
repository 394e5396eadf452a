/**
 * Pre-compressed copies of the built app: for every file a browser fetches that compresses well (the
 * app's JS, CSS and HTML, the data bundles' JSON and Arrow files), a `.gz` and a `.br` beside it, so
 * any static server can send them without compressing on each request (nginx `gzip_static on`, see
 * docs/deploy.md; the e2e server and `npm run preview` serve them too). Run after `vite build` by
 * vite.config.ts. A copy newer than its file is kept (a rebuild only compresses what changed);
 * brotli's quality drops for big files so that a million-row bundle compresses in seconds, not minutes.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isMain } from '../is-main.ts';

export const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.arrow', '.svg', '.wasm', '.txt']);
const MIN_BYTES = 1024;
const BIG = 8 * 1024 * 1024;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

export interface PrecompressReport {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
  ms: number;
}

export function precompress(dir: string): PrecompressReport {
  const t0 = performance.now();
  const report: PrecompressReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0, ms: 0 };
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const st = statSync(file);
    if (st.size < MIN_BYTES) continue;
    const fresh = (copy: string) => {
      try {
        return statSync(copy).mtimeMs >= st.mtimeMs;
      } catch {
        return false;
      }
    };
    const body = readFileSync(file);
    report.files++;
    report.bytes += body.length;
    const big = body.length > BIG;
    if (!fresh(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(body, { level: big ? 6 : 9 }));
    if (!fresh(`${file}.br`)) {
      writeFileSync(
        `${file}.br`,
        brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: big ? 5 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        }),
      );
    }
    report.gzipBytes += statSync(`${file}.gz`).size;
    report.brotliBytes += statSync(`${file}.br`).size;
  }
  report.ms = performance.now() - t0;
  return report;
}

/** The copy to send for a request's Accept-Encoding: brotli first, then gzip, else the file itself. */
export function pickEncoding(
  acceptEncoding: string | undefined,
  has: (suffix: '.br' | '.gz') => boolean,
): { suffix: '' | '.br' | '.gz'; encoding: string | null } {
  const accepts = (name: string) =>
    new RegExp(`(^|[\\s,])${name}(;q=(?!0(\\.0*)?(\\s|,|$))[\\d.]+)?(\\s*(,|$))`).test(acceptEncoding ?? '');
  if (accepts('br') && has('.br')) return { suffix: '.br', encoding: 'br' };
  if (accepts('gzip') && has('.gz')) return { suffix: '.gz', encoding: 'gzip' };
  return { suffix: '', encoding: null };
}

if (isMain(import.meta.url)) {
  const r = precompress(process.argv[2] ?? 'dist');
  console.log(
    `precompress: ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB -> gzip ${(r.gzipBytes / 1e6).toFixed(1)} MB, brotli ${(r.brotliBytes / 1e6).toFixed(1)} MB in ${(r.ms / 1000).toFixed(1)} s`,
  );
}
