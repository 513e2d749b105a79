// What "Save for offline use" downloads for one language: every page under /<locale>/
// (but the embeds, the shareable result pages and the 404 page) and every file those
// pages load (styles, scripts and the modules they import, fonts and images in the
// styles, images and icons in the pages), read from the built site. Pure: the files
// come in through `read`; src/integrations/offline.ts runs it over dist/.
import { importsInModule } from './budget.ts';
import { normalizeBase, type OfflineFile, type OfflineManifest } from './offline-scope.ts';

export { manifestUrl } from './offline-scope.ts';

/** Pages under a locale that are not saved: embeds are for partner sites' frames, result pages for sharing. */
const NOT_SAVED = [/^embed\//, /^quiz\/result\//, /^404\.html$/];

export interface BuiltFile {
  readonly bytes: number;
  readonly hash: string;
  /** The text, for HTML, CSS and JavaScript files (read to find what they load). */
  readonly text?: string;
}

/** The file path (relative to dist/) of a page saved for `locale`, or false. */
export function isSavedPage(file: string, locale: string): boolean {
  if (!file.startsWith(`${locale}/`) || !file.endsWith('.html')) return false;
  const rest = file.slice(locale.length + 1);
  return !NOT_SAVED.some((pattern) => pattern.test(rest));
}

/** The address of a built file, base path included: 'fr/about/index.html' → '/fr/about/'. */
export function fileUrl(file: string, base: string): string {
  return `${normalizeBase(base)}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file a site address refers to, if it is under the base path: '/fr/' → 'fr/index.html'. */
export function fileForUrl(url: string, base: string): string | undefined {
  const prefix = normalizeBase(base);
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://site/').pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith(prefix)) return undefined;
  const rest = path.slice(prefix.length);
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Addresses of the files a page loads (not the pages it links to). */
export function htmlReferences(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script|img|source|video|audio|track|input|astro-island|image|use)\b[^>]*>/gi)) {
    const name = /^<([\w-]+)/.exec(tag)![1]!.toLowerCase();
    const attr = (n: string) => new RegExp(`\\s${n}="([^"]*)"`, 'i').exec(tag)?.[1];
    if (name === 'link') {
      const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      // Stylesheets, icons, preloads and module preloads; not alternates, canonical or hreflang links.
      if (rel.some((r) => ['stylesheet', 'icon', 'apple-touch-icon', 'preload', 'modulepreload', 'manifest'].includes(r))) {
        const href = attr('href');
        if (href) found.push(href);
      }
      continue;
    }
    for (const n of ['src', 'poster', 'component-url', 'renderer-url', 'before-hydration-url', 'href', 'xlink:href']) {
      if (n === 'href' && name !== 'image' && name !== 'use') continue;
      const value = attr(n);
      if (value) found.push(value);
    }
    const srcset = attr('srcset');
    if (srcset) for (const candidate of srcset.split(',')) found.push(candidate.trim().split(/\s+/)[0]!);
  }
  // Inline styles can load fonts and images too.
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) found.push(...cssReferences(css!));
  return found.map(decode).filter((url) => url && !url.startsWith('data:') && !url.startsWith('#'));
}

/** Addresses in a stylesheet: url(…) and @import. */
export function cssReferences(css: string): string[] {
  const found: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) found.push(match[1] ?? match[2] ?? match[3] ?? '');
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) found.push(match[1] ?? match[2] ?? '');
  return found.filter((url) => url && !url.startsWith('data:') && !url.startsWith('#'));
}

/**
 * The offline set for one language: its pages and, followed transitively, every
 * built file they load. References outside the site (other origins, files not in the
 * build) are left out. `files` maps paths relative to dist/ to their details.
 */
export function offlineFiles(locale: string, files: ReadonlyMap<string, BuiltFile>, base: string): string[] {
  const wanted = new Set<string>();
  const queue = [...files.keys()].filter((file) => isSavedPage(file, locale));
  while (queue.length) {
    const file = queue.shift()!;
    if (wanted.has(file)) continue;
    const built = files.get(file);
    if (!built) continue;
    wanted.add(file);
    const url = fileUrl(file, base);
    const text = built.text ?? '';
    let references: string[] = [];
    if (file.endsWith('.html')) references = htmlReferences(text);
    else if (file.endsWith('.css')) references = cssReferences(text);
    else if (/\.m?js$/.test(file)) references = importsInModule(text, url);
    for (const reference of references) {
      let resolved: URL;
      try {
        resolved = new URL(reference, `http://site${url}`);
      } catch {
        continue;
      }
      if (resolved.origin !== 'http://site') continue;
      const target = fileForUrl(resolved.pathname, base);
      // Pages are saved as pages of their own language, never followed from another's assets.
      if (target && files.has(target) && !target.endsWith('.html')) queue.push(target);
    }
  }
  return [...wanted].sort();
}

/** The manifest for one language; `revisionOf` hashes a string (the list of urls and hashes). */
export function offlineManifest(locale: string, files: ReadonlyMap<string, BuiltFile>, base: string, revisionOf: (text: string) => string): OfflineManifest {
  const entries: OfflineFile[] = offlineFiles(locale, files, base).map((file) => {
    const built = files.get(file)!;
    return { url: fileUrl(file, base), hash: built.hash, bytes: built.bytes };
  });
  return {
    locale,
    revision: revisionOf(entries.map((entry) => `${entry.url} ${entry.hash}`).join('\n')),
    bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
    files: entries,
  };
}
