// A tiny static server for the framing tests. `astro preview` ignores
// public/_headers, so this serves dist/ the way a host that reads the file would
// (Cloudflare Pages rules, via src/lib/headers.ts), plus, on another port and so
// another origin, one "partner" page that frames the site.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersForPath, parseHeadersFile } from '../src/lib/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Serves `dir` with the headers its `_headers` file gives each path; port 0 picks a free one. */
export async function serveDist(dir = 'dist', port = 0): Promise<{ origin: string; close: () => Promise<void> }> {
  const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(normalize(dir))) file = join(dir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const headers = Object.fromEntries(headersForPath(rules, pathname));
    response.writeHead(found ? 200 : 404, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(found ? readFileSync(file) : 'Not found');
  });
  const actual = await listen(server, port);
  return { origin: `http://127.0.0.1:${actual}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Serves one HTML page at every path (`html()` is read on each request): a stand-in for a partner organisation's site. */
export async function servePage(html: string | (() => string), port: number): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(typeof html === 'string' ? html : html());
  });
  const actual = await listen(server, port);
  return { origin: `http://127.0.0.1:${actual}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
