// The offline service worker, bundled to dist/sw.js after the build by
// src/integrations/offline.ts. It is registered only when a reader presses "Save for
// offline use" on /<locale>/offline/, and downloads nothing by itself except to bring
// a copy the reader saved up to date when a new build is published (the build's
// version is written into this file, so the browser sees a new worker). It answers
// requests from the saved copies, else from the network; embed pages, other origins
// and anything but GET are never touched (src/lib/offline-scope.ts).
import { handlesRequest, manifestUrl, parseManifest, type OfflineConfig } from '../lib/offline-scope.ts';
import { matchSaved, saveLocale, savedCopy } from './cache.ts';

// Written in at build time.
declare const __OFFLINE__: OfflineConfig & { readonly version: string };

// The parts of the service worker scope used here (the full "webworker" types would
// clash with the DOM types the rest of the project compiles with).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
declare const self: {
  readonly caches: CacheStorage;
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

const config = __OFFLINE__;

/** Brings each language the reader saved up to this build; languages never saved are left alone. */
async function updateSavedCopies(): Promise<void> {
  for (const locale of config.locales) {
    const url = manifestUrl(locale, config.base);
    const saved = await savedCopy(self.caches, locale, url);
    if (!saved) continue;
    const response = await fetch(url, { cache: 'no-store' });
    const manifest = response.ok ? parseManifest(await response.json()) : undefined;
    if (!manifest) throw new Error(`Could not read ${url}`);
    if (manifest.revision !== saved.revision) await saveLocale({ caches: self.caches, fetch, manifest, manifestUrl: url });
  }
}

// If the update cannot finish (the connection drops), installing fails and the previous
// worker keeps serving its complete copies; the browser tries again later.
self.addEventListener('install', (event) => event.waitUntil(updateSavedCopies().then(() => self.skipWaiting())));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!handlesRequest(request, self.location.origin, config)) return;
  event.respondWith(matchSaved(self.caches, request).then((saved) => saved ?? fetch(request)));
});
