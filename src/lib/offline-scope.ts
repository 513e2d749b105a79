// What the offline service worker and the "Save for offline use" page share: the
// names of the caches, the manifest's shape, and which requests the worker answers.
// Pure, and free of Node modules: bundled into the service worker and the page.

export interface OfflineFile {
  /** The address to request and cache, base path included: '/fr/about/', '/_astro/a.css'. */
  readonly url: string;
  /** A hash of the content: a file whose hash is unchanged is not downloaded again on update. */
  readonly hash: string;
  readonly bytes: number;
}

export interface OfflineManifest {
  readonly locale: string;
  /** Changes whenever any file of this language's set changes. */
  readonly revision: string;
  /** Total bytes to download, at most (hosts usually compress text, so often less). */
  readonly bytes: number;
  readonly files: readonly OfflineFile[];
}

export interface OfflineConfig {
  /** The site's base path, with slashes at both ends ('/' or '/site/'). */
  readonly base: string;
  readonly locales: readonly string[];
}

export function normalizeBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

/** Where a language's manifest is published (beside its offline page). */
export function manifestUrl(locale: string, base: string): string {
  return `${normalizeBase(base)}${locale}/offline/manifest.json`;
}

/** The service worker's address; its scope is the base path. */
export function serviceWorkerUrl(base: string): string {
  return `${normalizeBase(base)}sw.js`;
}

const CACHE_PREFIX = 'offline-';

/** One cache per language and revision: a new revision is filled beside the old one, then replaces it. */
export function cacheName(locale: string, revision: string): string {
  if (!/^[0-9a-f]+$/.test(revision)) throw new Error(`Unexpected revision "${revision}"`);
  return `${CACHE_PREFIX}${locale}-${revision}`;
}

export function parseCacheName(name: string): { locale: string; revision: string } | undefined {
  const match = /^offline-(.+)-([0-9a-f]+)$/.exec(name);
  return match ? { locale: match[1]!, revision: match[2]! } : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
/** A path on this site: never another origin ('//host/…', 'https:…'), never a parent-directory trick. */
const isSitePath = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && !/\/\.\.?(\/|$)/.test(value);

/**
 * A manifest read from the network or a cache, checked: anything malformed gives
 * undefined, and only paths on this site are accepted, so nothing from another
 * origin can be cached whatever the file says.
 */
export function parseManifest(value: unknown): OfflineManifest | undefined {
  if (!isRecord(value) || typeof value.locale !== 'string' || typeof value.revision !== 'string' || !/^[0-9a-f]+$/.test(value.revision)) return undefined;
  if (!isCount(value.bytes) || !Array.isArray(value.files)) return undefined;
  const files: OfflineFile[] = [];
  for (const file of value.files) {
    if (!isRecord(file) || !isSitePath(file.url) || typeof file.hash !== 'string' || !isCount(file.bytes)) return undefined;
    files.push({ url: file.url, hash: file.hash, bytes: file.bytes });
  }
  return { locale: value.locale, revision: value.revision, bytes: value.bytes, files };
}

/**
 * Whether the service worker answers a request (from its saved copies, else the
 * network) or leaves it alone: only GET requests to this site under the base path;
 * never the embed pages partner sites frame, the worker itself or the manifests
 * (always fresh from the network), nor Pagefind's index (not saved).
 */
export function handlesRequest(request: { readonly url: string; readonly method: string }, origin: string, config: OfflineConfig): boolean {
  if (request.method !== 'GET') return false;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  const base = normalizeBase(config.base);
  if (!url.pathname.startsWith(base)) return false;
  const rest = url.pathname.slice(base.length);
  if (rest === 'sw.js' || rest.startsWith('pagefind/')) return false;
  const [first, second] = rest.split('/');
  if (config.locales.includes(first ?? '') && second === 'embed') return false;
  if (/\/offline\/manifest\.json$/.test(url.pathname)) return false;
  return true;
}
