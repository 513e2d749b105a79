// Every inline <style> of a page listed in its Content-Security-Policy. Astro hashes
// the styles it knows a route has, but the CSS of a component a content page imports
// (src/integrations/page-components.ts) can reach the page without its hash when the
// same CSS file is also a route's own (quiz.css, counter.css): the browser then drops
// it. After the build, each page's style-src gets the hash of each of its styles.
import { createHash } from 'node:crypto';

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** The page with the hashes of its inline styles added to style-src; unchanged when nothing is missing. */
export function withStyleHashes(html: string): { html: string; added: number } {
  const meta = CSP_META.exec(html);
  if (!meta) return { html, added: 0 };
  const directives = meta[2]!.split(';').map((d) => d.trim());
  const at = directives.findIndex((d) => d.startsWith('style-src'));
  if (at === -1) return { html, added: 0 };
  const sources = new Set(directives[at]!.split(/\s+/));
  const missing = [...new Set([...html.matchAll(STYLE)].map((m) => styleHash(m[1]!)))].filter((hash) => !sources.has(hash));
  if (missing.length === 0) return { html, added: 0 };
  directives[at] = `${directives[at]} ${missing.join(' ')}`;
  return { html: html.replace(CSP_META, (_, open: string, __: string, close: string) => `${open}${directives.join('; ')}${close}`), added: missing.length };
}
