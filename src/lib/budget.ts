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
  for (const match of code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) specifiers.add(match[1]!);
  return [...specifiers].map((spec) => new URL(spec, `http://site${modulePath}`).pathname);
}

export function gzipSize(text: string | Uint8Array): number {
  return gzipSync(text, { level: 9 }).length;
}

export interface PageWeight {
  readonly files: readonly string[];
  readonly gzipBytes: number;
}

/**
 * Every JS file a page can load (following imports), and their total gzipped size.
 * `read` returns a site path's file contents, or undefined if it does not exist.
 */
export function pageJavaScript(html: string, read: (sitePath: string) => string | undefined): PageWeight {
  const seen = new Set<string>();
  let gzipBytes = 0;
  const queue = scriptsInHtml(html);
  while (queue.length) {
    const item = queue.shift()!;
    if (seen.has(item)) continue;
    seen.add(item);
    if (item.startsWith('inline:')) {
      gzipBytes += gzipSize(item.slice('inline:'.length));
      continue;
    }
    const code = read(item);
    if (code === undefined) throw new Error(`The page loads ${item}, which is not in the build.`);
    gzipBytes += gzipSize(code);
    queue.push(...importsInModule(code, item));
  }
  return { files: [...seen].map((f) => (f.startsWith('inline:') ? 'inline script' : f)), gzipBytes };
}
