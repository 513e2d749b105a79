// Builds the Pagefind search index after `astro build`: one index per language,
// written to dist/pagefind/, from the pages src/lib/search-index.ts selects. Runs
// Pagefind's own binary, which the `pagefind` npm package ships per platform
// (@pagefind/linux-x64 and others): nothing is downloaded at build time.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexDecision, prepareForIndex } from '../lib/search-index.ts';
import { listFiles, servedPath } from './dist-files.ts';

/** Where the index goes, under the site's root (the search page loads it from there). */
export const SEARCH_INDEX_DIR = 'pagefind';

// Pagefind writes its own ready-made interfaces too; the search page uses its own
// (src/islands/SearchResults), so these are not deployed.
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pagefind = await import('pagefind');
        // Citation markers ("Source [12]") would fill every excerpt.
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.cite'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const counts = new Map<string, number>();
        let skipped = 0;
        try {
          for (const file of (await listFiles(root)).filter((f) => f.endsWith('.html'))) {
            const html = await readFile(join(root, file), 'utf8');
            const url = servedPath(file, base);
            const decision = indexDecision(html, url, base);
            if (!decision.index) {
              skipped++;
              continue;
            }
            const added = await index.addHTMLFile({ url, content: prepareForIndex(html, decision.language) });
            if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            counts.set(decision.language, (counts.get(decision.language) ?? 0) + 1);
          }
          const written = await index.writeFiles({ outputPath: join(root, SEARCH_INDEX_DIR) });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        await Promise.all(UNUSED.map((name) => rm(join(root, SEARCH_INDEX_DIR, name), { force: true })));
        const summary = [...counts].map(([language, count]) => `${language} ${count}`).join(', ');
        logger.info(`Search index: ${summary} pages (${skipped} left out: fallback, noindex or outside a language)`);
      },
    },
  };
}
