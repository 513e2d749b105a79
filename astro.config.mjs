// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { globSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { astroI18nConfig, LOCALE_CODES } from './src/i18n/locales.ts';
import { sitemapEntries } from './src/i18n/sitemap.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { cspStyles } from './src/integrations/csp-styles.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { offline } from './src/integrations/offline.ts';
import { pageComponents } from './src/integrations/page-components.ts';
import { PAGE_COMPONENTS } from './src/components/page-components.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentGuard } from './src/lib/content-guard.ts';
import { addressWarning, siteAddress } from './src/lib/site-address.ts';

// The public address, for canonical and hreflang URLs, share cards, the sitemap and the
// embed code. Set SITE_URL when building for deployment; without it the default matches
// `npm start`'s local server and `astro build` says so in one line (see src/lib/site-address.ts).
const site = siteAddress(process.env.SITE_URL);

// The path the site is served under, for hosts that serve it in a folder (GitHub Pages
// project sites: BASE_PATH=/<repository>/). `astro build --base …` works too.
const base = process.env.BASE_PATH || '/';

// Sitemap: translated pages with their hreflang alternates, plus the root chooser, for
// the site and base path the build ends up with (read once the configuration is final,
// so command-line --site and --base count too).
const pageIds = globSync('**/*.mdx', { cwd: fileURLToPath(new URL('./content/pages', import.meta.url)) }).map((file) => file.replace(/\.mdx$/, ''));
/** @type {ReturnType<typeof sitemapEntries> | undefined} */
let sitemapPages;
/** @type {import('astro').AstroIntegration} */
const sitemapForBuild = {
  name: 'sitemap-entries',
  hooks: {
    'astro:config:done': ({ config }) => {
      sitemapPages = sitemapEntries(pageIds, { site: config.site ?? site, base: config.base, generatedSlugs: ['sources', 'translations'] });
    },
  },
};

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Every page's CSS is inlined in its <head>: the first response carries all it needs to
  // render (no render-blocking stylesheet request; see scripts/budget.mjs).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Lossless whitespace removal: Astro 7's default ('jsx') can glue inline words
  // together in translated prose.
  compressHTML: true,
  i18n: astroI18nConfig(),
  integrations: [
    // First, so that a bad content file is reported in plain words before Astro reads it.
    contentCheck(),
    mdx(),
    // Each content page imports the components it uses, so it ships only their CSS.
    pageComponents(PAGE_COMPONENTS),
    preact(),
    sitemapForBuild,
    sitemap({
      filter: (page) => sitemapPages?.filter(page) ?? false,
      serialize: (item) => sitemapPages?.serialize(item) ?? item,
    }),
    localized404(LOCALE_CODES),
    {
      name: 'site-url',
      hooks: {
        // The address the build uses: SITE_URL, or `astro build --site …`.
        'astro:config:setup': ({ command, config, logger }) => {
          const warning = command === 'build' ? addressWarning(config.site ?? site) : undefined;
          if (warning) logger.warn(warning);
        },
      },
    },
    // After the pages are written: every inline style's hash in the page's policy.
    cspStyles(),
    // Then the Pagefind index, one per language (dist/pagefind/).
    searchIndex(),
    // Last, over the finished dist/: what "Save for offline use" downloads per language, and dist/sw.js.
    offline(LOCALE_CODES),
  ],
  markdown: {
    // No code blocks on the site, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    // Astro's default processor (Sätteri), plus a check that fails the build when a
    // content page contains script (<script>, on…=, javascript: URLs), naming file and line.
    processor: satteri({ mdastPlugins: [contentGuard(fileURLToPath(new URL('.', import.meta.url)))] }),
  },
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
