// Saved copies of a language, in the browser's Cache Storage: filled by the offline
// page when the reader asks (and by the service worker when a new build is published
// and a copy was saved before), read by the service worker. One cache per language
// and revision; the manifest is stored in it last, so a cache holding its manifest is
// complete. A new revision is filled beside the old copy, reusing unchanged files,
// and replaces it only when complete.
import { cacheName, parseCacheName, parseManifest, type OfflineFile, type OfflineManifest } from '../lib/offline-scope.ts';

export type SaveFailure = 'quota' | 'network';

export class OfflineSaveError extends Error {
  constructor(
    readonly reason: SaveFailure,
    message: string,
  ) {
    super(message);
    this.name = 'OfflineSaveError';
  }
}

/** A language's complete saved copy: its manifest, or undefined. */
export async function savedCopy(caches: CacheStorage, locale: string, manifestUrl: string): Promise<OfflineManifest | undefined> {
  for (const name of await caches.keys()) {
    if (parseCacheName(name)?.locale !== locale) continue;
    const stored = await (await caches.open(name)).match(manifestUrl);
    const manifest = stored ? parseManifest(await stored.json().catch(() => undefined)) : undefined;
    if (manifest) return manifest;
  }
  return undefined;
}

async function download(fetcher: typeof fetch, url: string): Promise<Response> {
  let response: Response;
  try {
    // Revalidate with the server: an old copy in the HTTP cache must not be saved as new.
    response = await fetcher(url, { cache: 'no-cache', credentials: 'same-origin' });
  } catch (error) {
    throw new OfflineSaveError('network', `${url}: ${String(error)}`);
  }
  if (!response.ok) throw new OfflineSaveError('network', `${url}: HTTP ${response.status}`);
  // A redirected response cannot answer a page request: keep its body under the address asked for.
  return response.redirected ? new Response(await response.blob(), { status: 200, headers: response.headers }) : response;
}

export interface SaveOptions {
  readonly caches: CacheStorage;
  readonly fetch: typeof fetch;
  readonly manifest: OfflineManifest;
  readonly manifestUrl: string;
  /** Called after each file, with the number done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Downloads at a time: a few, so a slow connection is not flooded. */
  readonly concurrency?: number;
}

/** Saves (or brings up to date) a language's copy. Resumes where an interrupted save stopped. */
export async function saveLocale({ caches, fetch: fetcher, manifest, manifestUrl, onProgress, concurrency = 4 }: SaveOptions): Promise<void> {
  const name = cacheName(manifest.locale, manifest.revision);
  const target = await caches.open(name);
  // Earlier copies of this language: files whose hash has not changed are copied, not downloaded.
  const earlier: { cache: Cache; hashes: Map<string, string> }[] = [];
  for (const other of await caches.keys()) {
    if (other === name || parseCacheName(other)?.locale !== manifest.locale) continue;
    const cache = await caches.open(other);
    const stored = await cache.match(manifestUrl);
    const old = stored ? parseManifest(await stored.json().catch(() => undefined)) : undefined;
    if (old) earlier.push({ cache, hashes: new Map(old.files.map((file) => [file.url, file.hash])) });
  }
  const reuse = async (file: OfflineFile) => {
    for (const { cache, hashes } of earlier) {
      if (hashes.get(file.url) === file.hash) {
        const response = await cache.match(file.url);
        if (response) return response;
      }
    }
    return undefined;
  };

  const queue = [...manifest.files];
  let done = 0;
  const work = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      if (!(await target.match(file.url))) {
        const response = (await reuse(file)) ?? (await download(fetcher, file.url));
        try {
          await target.put(file.url, response);
        } catch (error) {
          const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
          throw new OfflineSaveError(quota ? 'quota' : 'network', `${file.url}: ${String(error)}`);
        }
      }
      onProgress?.(++done, manifest.files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, work));
  await target.put(manifestUrl, new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }));
  // Complete: the older copies go.
  for (const other of await caches.keys()) {
    const parsed = parseCacheName(other);
    if (parsed?.locale === manifest.locale && other !== name) await caches.delete(other);
  }
}

/** Removes every saved copy of a language; returns whether copies of other languages remain. */
export async function removeLocale(caches: CacheStorage, locale: string): Promise<boolean> {
  let othersRemain = false;
  for (const name of await caches.keys()) {
    const parsed = parseCacheName(name);
    if (!parsed) continue;
    if (parsed.locale === locale) await caches.delete(name);
    else othersRemain = true;
  }
  return othersRemain;
}

/** The saved response for a request, if any language's copy has it. A page address matches whatever its ?query. */
export async function matchSaved(caches: CacheStorage, request: Request): Promise<Response | undefined> {
  const page = request.mode === 'navigate' || request.destination === 'document';
  for (const name of await caches.keys()) {
    if (!parseCacheName(name)) continue;
    const hit = await (await caches.open(name)).match(request, { ignoreSearch: page, ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
}
