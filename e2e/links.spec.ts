// Every internal link and #anchor in the built site resolves. Reads dist/ directly:
// no browser needed, and every page is covered, including ones no test visits.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

/** The file that serves a site path, as a static host would. */
function fileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, `${clean}.html`)];
  return candidates.find((file) => existsSync(file));
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  return idsCache.get(file)!;
}

test('every internal link and anchor in dist/ resolves', () => {
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(10);
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const pagePath = `/${file.slice(DIST.length + 1).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
    for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      if (/^(https?:|mailto:|data:)/.test(href!)) continue;
      const url = new URL(href!, `http://site${pagePath}`);
      const target = fileFor(url.pathname);
      checked++;
      if (!target) {
        broken.push(`${file}: ${href} (no file)`);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !idsIn(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${file}: ${href} (no element with that id)`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(100);
});
