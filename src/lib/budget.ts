// JavaScript weight of a built page, in gzipped bytes: the measure behind the
// performance budgets (scripts/budget.mjs). Pure apart from the file reader passed in.
import { gzipSync } from 'node:zlib';

/** Site paths of the scripts a page loads: <script src>, modulepreload links and island component/renderer URLs. */
export function scriptsInHtml(html: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /<script\b[^>]*\bsrc="([^"]+)"/g,
    /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g,
    /<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g,
    /\bcomponent-url="([^"]+)"/g,
    /\brenderer-url="([^"]+)"/g,
    /\bbefore-hydration-url="([^"]+)"/g,
  ];
  for (const pattern of patterns) for (const match of html.matchAll(pattern)) found.add(match[1]!.replace(/&amp;/g, '&'));
  // Astro's inline island loader is JavaScript the page runs too.
  for (const match of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (match[1]!.trim()) found.add(`inline:${match[1]}`);
  }
  return [...found];
}

/** Relative imports inside a JS module (static and dynamic), resolved against its path. */
export function importsInModule(code: string, modulePath: string): string[] {
  const specifiers = new Set<string>();
  for (const match of code.matchAll(/(?:\bimport|\bexport)\s*(?:[^'"]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) specifiers.add(match[1]!);
  // Bundlers may write a dynamic import's specifier as a template literal: import(`./x.js`).
  for (const match of code.matchAll(/\bimport\(\s*(["'`])(\.{1,2}\/[^"'`$]+)\1\s*\)/g)) specifiers.add(match[2]!);
  return [...specifiers].map((spec) => new URL(spec, `http://site${modulePath}`).pathname);
}

export function gzipSize(text: string | Uint8Array): number {
  return gzipSync(text, { level: 9 }).length;
}

export interface PageWeight {
  readonly files: readonly string[];
  readonly gzipBytes: number;
  /** Each file's gzipped weight, in the order found ("inline script" for inline ones). */
  readonly chunks: readonly { readonly file: string; readonly gzipBytes: number }[];
  /** Modules the page's scripts import but never load here (see `notLoaded`), left out of the sum. */
  readonly skipped: readonly string[];
}

/**
 * Every JS file a page can load (following imports), and their total gzipped size.
 * `read` returns a site path's file contents, or undefined if it does not exist.
 * `notLoaded` names imported modules known never to load on this site (a library's
 * optional feature behind a dynamic import); they are listed in `skipped`, not summed.
 */
export function pageJavaScript(
  html: string,
  read: (sitePath: string) => string | undefined,
  notLoaded: (sitePath: string) => boolean = () => false,
): PageWeight {
  const seen = new Set<string>();
  const chunks: { file: string; gzipBytes: number }[] = [];
  const skipped: string[] = [];
  const queue = scriptsInHtml(html);
  while (queue.length) {
    const item = queue.shift()!;
    if (seen.has(item)) continue;
    seen.add(item);
    if (item.startsWith('inline:')) {
      chunks.push({ file: 'inline script', gzipBytes: gzipSize(item.slice('inline:'.length)) });
      continue;
    }
    if (notLoaded(item)) {
      skipped.push(item);
      continue;
    }
    const code = read(item);
    if (code === undefined) throw new Error(`The page loads ${item}, which is not in the build.`);
    chunks.push({ file: item, gzipBytes: gzipSize(code) });
    queue.push(...importsInModule(code, item));
  }
  return {
    files: chunks.map((c) => c.file),
    gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
    chunks,
    skipped,
  };
}
