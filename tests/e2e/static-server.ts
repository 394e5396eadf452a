/**
 * A minimal static file server for the built app, mounted under a sub-path so the tests also prove
 * that dist/ works away from the server root. Every response carries the deployment's security
 * headers (deploy/security-headers.ts), Content-Security-Policy included: the suite runs under the
 * policy a real deployment sends. It sends the build's pre-compressed copies (.br, .gz) when the
 * browser accepts them, so what the tests and benchmarks measure is what a user downloads.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { SECURITY_HEADERS } from '../../scripts/deploy/security-headers.ts';
import { pickEncoding } from '../../scripts/deploy/precompress.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, subPath = '/district-risk/'): Promise<RunningServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(subPath)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, path.slice(subPath.length)));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      // The build's pre-compressed copy when the browser takes it, as a deployment's server sends it.
      const { suffix, encoding } = pickEncoding(req.headers['accept-encoding'], (s) => existsSync(file + s));
      const body = await readFile(file + suffix);
      res
        .writeHead(200, {
          ...SECURITY_HEADERS,
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          vary: 'accept-encoding',
          ...(encoding ? { 'content-encoding': encoding } : {}),
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${subPath}`, close: () => new Promise((r) => server.close(() => r())) };
}
