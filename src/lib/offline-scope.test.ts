import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { cacheName, handlesRequest, manifestUrl, parseCacheName, parseManifest, serviceWorkerUrl } from './offline-scope.ts';

const [first] = LOCALE_CODES as readonly string[];
const origin = 'https://site.example';
const config = { base: '/', locales: LOCALE_CODES };
const get = (path: string, method = 'GET') => ({ url: `${origin}${path}`, method });

describe('cache names', () => {
  it('round-trip, including region-tagged locales', () => {
    expect(parseCacheName(cacheName(first!, 'ab12'))).toEqual({ locale: first, revision: 'ab12' });
    expect(parseCacheName(cacheName('es-MX', '0f'))).toEqual({ locale: 'es-MX', revision: '0f' });
    expect(parseCacheName('workbox-precache')).toBeUndefined();
    expect(() => cacheName(first!, 'not hex')).toThrow();
  });
});

describe('addresses', () => {
  it('put the worker at the base path and each manifest beside its offline page', () => {
    expect(serviceWorkerUrl('/')).toBe('/sw.js');
    expect(serviceWorkerUrl('/site')).toBe('/site/sw.js');
    expect(manifestUrl(first!, '/site/')).toBe(`/site/${first}/offline/manifest.json`);
  });
});

describe('parseManifest', () => {
  const valid = { locale: first, revision: 'abc123', bytes: 30, files: [{ url: `/${first}/`, hash: 'x', bytes: 30 }] };

  it('accepts a well-formed manifest', () => {
    expect(parseManifest(valid)).toEqual(valid);
  });

  it('refuses any file on another origin or outside the site', () => {
    for (const url of ['//evil.example/x.js', 'https://evil.example/x.js', 'x.js', '/a/../b', '/a\\b', '/..']) {
      expect(parseManifest({ ...valid, files: [{ url, hash: 'x', bytes: 1 }] }), url).toBeUndefined();
    }
  });

  it('refuses malformed manifests', () => {
    expect(parseManifest(null)).toBeUndefined();
    expect(parseManifest([])).toBeUndefined();
    expect(parseManifest({ ...valid, revision: '../x' })).toBeUndefined();
    expect(parseManifest({ ...valid, bytes: -1 })).toBeUndefined();
    expect(parseManifest({ ...valid, files: {} })).toBeUndefined();
    expect(parseManifest({ ...valid, files: [{ url: '/a/', hash: 1, bytes: 1 }] })).toBeUndefined();
  });
});

describe('handlesRequest', () => {
  it("answers GET requests for the site's pages and files", () => {
    expect(handlesRequest(get(`/${first}/`), origin, config)).toBe(true);
    expect(handlesRequest(get(`/${first}/search/?q=mines`), origin, config)).toBe(true);
    expect(handlesRequest(get('/_astro/a.css'), origin, config)).toBe(true);
  });

  it('leaves other origins, other methods and paths outside the base alone', () => {
    expect(handlesRequest({ url: 'https://other.example/en/', method: 'GET' }, origin, config)).toBe(false);
    expect(handlesRequest({ url: 'http://site.example/en/', method: 'GET' }, origin, config)).toBe(false);
    expect(handlesRequest(get(`/${first}/`, 'POST'), origin, config)).toBe(false);
    expect(handlesRequest(get(`/${first}/`), origin, { ...config, base: '/site/' })).toBe(false);
    expect(handlesRequest(get(`/site/${first}/`), origin, { ...config, base: '/site/' })).toBe(true);
    expect(handlesRequest({ url: 'not a url', method: 'GET' }, origin, config)).toBe(false);
  });

  it("never answers for the embed pages partner sites frame, in any language", () => {
    for (const locale of LOCALE_CODES) {
      expect(handlesRequest(get(`/${locale}/embed/counter/`), origin, config)).toBe(false);
      expect(handlesRequest(get(`/${locale}/embedded-guide/`), origin, config)).toBe(true);
    }
  });

  it('leaves the worker, the manifests and the search index to the network', () => {
    expect(handlesRequest(get('/sw.js'), origin, config)).toBe(false);
    expect(handlesRequest(get(`/${first}/offline/manifest.json`), origin, config)).toBe(false);
    expect(handlesRequest(get('/pagefind/pagefind.js'), origin, config)).toBe(false);
  });
});

describe("public/_headers for the service worker", () => {
  it('lets it fetch from this site only', async () => {
    const { readFileSync } = await import('node:fs');
    const { headersForPath, parseHeadersFile } = await import('./headers.ts');
    const policies = headersForPath(parseHeadersFile(readFileSync('public/_headers', 'utf8')), serviceWorkerUrl('/')).get('content-security-policy')!.split(', ');
    expect(policies).toContain("default-src 'self'");
  });
});
