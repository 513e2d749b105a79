// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { astroI18nConfig, DEFAULT_LOCALE, LOCALE_CODES } from './src/i18n/locales.ts';
import { localized404 } from './src/integrations/localized-404.ts';

// The public address, for canonical and hreflang URLs and the sitemap. Set SITE_URL
// when building for deployment; the default matches `npm start`'s local server.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

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
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALE_CODES.map((code) => [code, code])) },
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
    }),
    localized404(LOCALE_CODES),
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
