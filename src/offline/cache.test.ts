// The saved copies, against a small in-memory Cache Storage (the browser's own is
// exercised by e2e/offline.spec.ts).
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { cacheName, type OfflineManifest } from '../lib/offline-scope.ts';
import { matchSaved, OfflineSaveError, removeLocale, saveLocale, savedCopy } from './cache.ts';

const [first, second] = LOCALE_CODES as readonly string[];
const ORIGIN = 'https://site.example';
const key = (request: RequestInfo | URL, ignoreSearch = false) => {
  const url = new URL(typeof request === 'string' || request instanceof URL ? String(request) : request.url, ORIGIN);
  return ignoreSearch ? `${url.origin}${url.pathname}` : url.href;
};

class MemoryCache {
  readonly entries = new Map<string, Response>();
  async match(request: RequestInfo | URL, options?: CacheQueryOptions) {
    const wanted = key(request, options?.ignoreSearch);
    for (const [stored, response] of this.entries) if (key(stored, options?.ignoreSearch) === wanted) return response.clone();
    return undefined;
  }
  async put(request: RequestInfo | URL, response: Response) {
    this.entries.set(key(request), response.clone());
  }
}

class MemoryCaches {
  readonly caches = new Map<string, MemoryCache>();
  async open(name: string) {
    if (!this.caches.has(name)) this.caches.set(name, new MemoryCache());
    return this.caches.get(name)! as unknown as Cache;
  }
  async keys() {
    return [...this.caches.keys()];
  }
  async delete(name: string) {
    return this.caches.delete(name);
  }
  get storage() {
    return this as unknown as CacheStorage;
  }
}

function server(files: Record<string, string>) {
  const requested: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requested.push(url);
    return url in files ? new Response(files[url]) : new Response('missing', { status: 404 });
  }) as typeof fetch;
  return { fetcher, requested };
}

const manifestUrl = `/${first}/offline/manifest.json`;
function manifest(revision: string, files: Record<string, string>): OfflineManifest {
  const list = Object.entries(files).map(([url, hash]) => ({ url, hash, bytes: 10 }));
  return { locale: first!, revision, bytes: list.length * 10, files: list };
}

describe('saveLocale', () => {
  it('downloads every file, then marks the copy complete', async () => {
    const caches = new MemoryCaches();
    const { fetcher, requested } = server({ [`/${first}/`]: 'home', '/_astro/a.css': 'css' });
    const progress: number[] = [];
    expect(await savedCopy(caches.storage, first!, manifestUrl)).toBeUndefined();
    const m = manifest('a1', { [`/${first}/`]: 'h1', '/_astro/a.css': 'h2' });
    await saveLocale({ caches: caches.storage, fetch: fetcher, manifest: m, manifestUrl, onProgress: (done) => progress.push(done) });
    expect(requested.sort()).toEqual(['/_astro/a.css', `/${first}/`]);
    expect(progress).toEqual([1, 2]);
    expect(await savedCopy(caches.storage, first!, manifestUrl)).toEqual(m);
    expect(await (await matchSaved(caches.storage, new Request(`${ORIGIN}/_astro/a.css`)))?.text()).toBe('css');
  });

  it('on a new revision, downloads only changed files and drops the old copy once complete', async () => {
    const caches = new MemoryCaches();
    const v1 = server({ [`/${first}/`]: 'home v1', '/_astro/a.css': 'css', '/_astro/old.js': 'old' });
    await saveLocale({ caches: caches.storage, fetch: v1.fetcher, manifest: manifest('a1', { [`/${first}/`]: 'h1', '/_astro/a.css': 'h2', '/_astro/old.js': 'h3' }), manifestUrl });
    const v2 = server({ [`/${first}/`]: 'home v2', '/_astro/a.css': 'css', '/_astro/new.js': 'new' });
    await saveLocale({ caches: caches.storage, fetch: v2.fetcher, manifest: manifest('b2', { [`/${first}/`]: 'h9', '/_astro/a.css': 'h2', '/_astro/new.js': 'h4' }), manifestUrl });
    expect(v2.requested.sort()).toEqual(['/_astro/new.js', `/${first}/`]);
    expect(await caches.keys()).toEqual([cacheName(first!, 'b2')]);
    expect(await (await matchSaved(caches.storage, new Request(`${ORIGIN}/${first}/`)))?.text()).toBe('home v2');
    expect(await matchSaved(caches.storage, new Request(`${ORIGIN}/_astro/old.js`))).toBeUndefined();
  });

  it('fails on a missing file without marking the copy complete, and resumes later', async () => {
    const caches = new MemoryCaches();
    const m = manifest('c3', { [`/${first}/`]: 'h1', '/_astro/gone.css': 'h2' });
    const broken = server({ [`/${first}/`]: 'home' });
    await expect(saveLocale({ caches: caches.storage, fetch: broken.fetcher, manifest: m, manifestUrl, concurrency: 1 })).rejects.toBeInstanceOf(OfflineSaveError);
    expect(await savedCopy(caches.storage, first!, manifestUrl)).toBeUndefined();
    const fixed = server({ [`/${first}/`]: 'home', '/_astro/gone.css': 'css' });
    await saveLocale({ caches: caches.storage, fetch: fixed.fetcher, manifest: m, manifestUrl });
    expect(fixed.requested).toEqual(['/_astro/gone.css']);
    expect(await savedCopy(caches.storage, first!, manifestUrl)).toEqual(m);
  });

  it('reports a lost connection as such', async () => {
    const caches = new MemoryCaches();
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(saveLocale({ caches: caches.storage, fetch: offline, manifest: manifest('d4', { '/x': 'h' }), manifestUrl })).rejects.toMatchObject({ reason: 'network' });
  });
});

describe('matchSaved', () => {
  it('answers a page address whatever its query, but not a file with another query', async () => {
    const caches = new MemoryCaches();
    const { fetcher } = server({ [`/${first}/search/`]: 'search', '/_astro/a.js': 'js' });
    await saveLocale({ caches: caches.storage, fetch: fetcher, manifest: manifest('e5', { [`/${first}/search/`]: 'h', '/_astro/a.js': 'h' }), manifestUrl });
    const page = new Request(`${ORIGIN}/${first}/search/?q=mines`);
    Object.defineProperty(page, 'mode', { value: 'navigate' });
    expect(await (await matchSaved(caches.storage, page))?.text()).toBe('search');
    expect(await matchSaved(caches.storage, new Request(`${ORIGIN}/_astro/a.js?v=2`))).toBeUndefined();
  });

  it('ignores caches that are not saved copies', async () => {
    const caches = new MemoryCaches();
    await (await caches.open('something-else')).put(`${ORIGIN}/x`, new Response('x'));
    expect(await matchSaved(caches.storage, new Request(`${ORIGIN}/x`))).toBeUndefined();
  });
});

describe('removeLocale', () => {
  it("removes one language's copies and says whether others remain", async () => {
    const caches = new MemoryCaches();
    await caches.open(cacheName(first!, 'a1'));
    await caches.open(cacheName(second!, 'b2'));
    expect(await removeLocale(caches.storage, first!)).toBe(true);
    expect(await caches.keys()).toEqual([cacheName(second!, 'b2')]);
    expect(await removeLocale(caches.storage, second!)).toBe(false);
    expect(await caches.keys()).toEqual([]);
  });
});
