// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { globSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { astroI18nConfig, LOCALE_CODES } from './src/i18n/locales.ts';
import { sitemapAlternates } from './src/i18n/sitemap.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { siteAddress } from './src/lib/site-address.ts';

// The public address, for canonical and hreflang URLs, share cards, the sitemap and the
// embed code. Set SITE_URL when building for deployment; without it the default matches
// `npm start`'s local server and `astro build` says so in one line (see src/lib/site-address.ts).
const { site, warning: siteWarning } = siteAddress(process.env.SITE_URL);

// Sitemap: translated pages with their hreflang alternates, plus the root chooser.
const pageIds = globSync('**/*.mdx', { cwd: fileURLToPath(new URL('./content/pages', import.meta.url)) }).map((file) => file.replace(/\.mdx$/, ''));
const alternates = sitemapAlternates(pageIds, site, { generatedSlugs: ['sources'] });

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Lossless whitespace removal: Astro 7's default ('jsx') can glue inline words
  // together in translated prose.
  compressHTML: true,
  i18n: astroI18nConfig(),
  integrations: [
    mdx(),
    preact(),
    sitemap({
      filter: (page) => new URL(page).pathname === '/' || alternates.has(new URL(page).pathname),
      serialize: (item) => ({ ...item, links: alternates.get(new URL(item.url).pathname) ?? [] }),
    }),
    localized404(LOCALE_CODES),
    {
      name: 'site-url',
      hooks: {
        'astro:config:setup': ({ command, logger }) => {
          if (command === 'build' && siteWarning) logger.warn(siteWarning);
        },
      },
    },
  ],
  // No code blocks on the site, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // MDX modules carry Astro's "use astro:head-inject" marker, which the bundler
        // warns about once per page though Astro handles it; keep real warnings visible.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    // Astro hashes every script and style it emits; nothing inline is allowed
    // beyond those, and nothing may load from another origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
});
