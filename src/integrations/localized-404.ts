// Moves each /<locale>/404/index.html to /<locale>/404.html after the build.
// With build.format 'directory' Astro writes the localized 404 routes as folders,
// but static hosts look for a file named 404.html (Cloudflare Pages, for example,
// serves the nearest one up the path), and only the root 404 is special-cased.
import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function localized404(locales: readonly string[]): AstroIntegration {
  return {
    name: 'localized-404',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const locale of locales) {
          const from = `${root}${locale}/404/index.html`;
          if (!existsSync(from)) continue;
          await rename(from, `${root}${locale}/404.html`);
          await rmdir(`${root}${locale}/404`);
          logger.info(`/${locale}/404.html`);
        }
      },
    },
  };
}
