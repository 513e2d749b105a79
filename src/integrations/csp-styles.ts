// After `astro build`: each page's Content-Security-Policy lists the hash of every
// inline style the page has (see src/lib/csp-styles.ts for why some are missing).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withStyleHashes } from '../lib/csp-styles.ts';
import { listFiles } from './dist-files.ts';

export function cspStyles(): AstroIntegration {
  return {
    name: 'csp-styles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of (await listFiles(root)).filter((f) => f.endsWith('.html'))) {
          const path = join(root, file);
          const { html, added } = withStyleHashes(await readFile(path, 'utf8'));
          if (added === 0) continue;
          await writeFile(path, html);
          pages += 1;
        }
        logger.info(`style hashes added to the policy of ${pages} page${pages === 1 ? '' : 's'}`);
      },
    },
  };
}
