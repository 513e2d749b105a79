// The JavaScript budgets, in gzipped bytes per page. Read by scripts/budget.mjs
// (which measures dist/) and by the e2e tests (pages with a 0 budget must load no
// script at all). The first rule whose pattern matches a site path applies.

// Pages whose only island is the casualty counter, by slug under /<locale>/ ('' is the home page).
// The embed pages (src/lib/embed.ts) also post their height to the framing page.
export const COUNTER_PAGES = [
  '',
  'casualties',
  'embed/counter',
  'embed/counter/compact',
  'embed/estimate',
  'embed/estimate/compact',
  'regions',
  'regions/cambodia',
  'regions/viet-nam',
];

export const BUDGETS = [
  { name: 'Quiz page', pattern: /^\/[^/]+\/quiz\/$/, maxGzipBytes: 15 * 1024 },
  // The results island: Preact (shared with the quiz and cached), Astro's island loader and
  // the island itself. Pagefind is not counted here: it loads only for a query (see ON_DEMAND).
  { name: 'Search page', pattern: /^\/[^/]+\/search\/$/, maxGzipBytes: 12 * 1024 },
  // The "Save for offline use" island (Preact, shared) with the cache code it shares with the service worker.
  { name: 'Offline page', pattern: /^\/[^/]+\/offline\/$/, maxGzipBytes: 13 * 1024 },
  // Result pages: a few lines that add Web Share and copy buttons to the server-rendered share panel.
  { name: 'Quiz result pages', pattern: /^\/[^/]+\/quiz\/result\/\d+\/$/, maxGzipBytes: 1024 },
  // Projector mode: the same island technology and the same budget as the quiz page.
  { name: 'Quiz projector', pattern: /^\/[^/]+\/quiz\/present\/[a-z]\/$/, maxGzipBytes: 15 * 1024 },
  {
    // Preact's runtime is shared with the quiz and cached between pages.
    name: 'Pages whose only island is the casualty counter',
    pattern: new RegExp(`^/[^/]+/(${COUNTER_PAGES.map((slug) => (slug ? `${slug}/` : '')).join('|')})$`),
    maxGzipBytes: 11 * 1024,
  },
  // The copy button and the previews fitted to their content (EmbedSnippet.astro).
  { name: 'Share page', pattern: /^\/[^/]+\/share\/$/, maxGzipBytes: 1024 },
  { name: 'Every other page (no JavaScript)', pattern: /.*/, maxGzipBytes: 0 },
];

/**
 * Modules that scripts import on demand but that never load on this site, so no page's
 * weight includes them. Each says why; e2e/counter.spec.ts checks they are never requested.
 */
export const NOT_LOADED = [
  {
    pattern: /^\/_astro\/signals\.module\.[\w-]+\.js$/,
    why: '@astrojs/preact imports @preact/signals only to hydrate an island given signals as props; ours get plain values',
  },
];

/** The budget rule for a site path such as '/fr/quiz/'. */
export function budgetFor(path) {
  return BUDGETS.find((budget) => budget.pattern.test(path));
}

/** True for a module listed in NOT_LOADED. */
export function neverLoaded(path) {
  return NOT_LOADED.some(({ pattern }) => pattern.test(path));
}

// Files no page loads by itself: fetched on demand, each with its own budget in bytes
// as sent. `files(locale)` lists patterns over paths in dist/. Pagefind compresses its
// index and WebAssembly itself (.pagefind and .pf_* files), so those count as they
// are; JavaScript and JSON count gzipped, as hosts send them.
export const ON_DEMAND = [
  {
    name: 'Pagefind, loaded by the search page for a query (script, worker, WebAssembly, language entry)',
    files: (locale) => [/^pagefind\/pagefind\.js$/, /^pagefind\/pagefind-worker\.js$/, /^pagefind\/pagefind-entry\.json$/, new RegExp(`^pagefind/wasm\\.${locale.toLowerCase()}\\.pagefind$`), new RegExp(`^pagefind/pagefind\\.${locale.toLowerCase()}_[^/]+\\.pf_meta$`)],
    maxBytes: 100 * 1024,
  },
  {
    // Reported, not a download: a search fetches only the index chunks and excerpts it needs.
    name: 'Pagefind index of the language (all chunks and excerpts; a search loads a few)',
    files: (locale) => [new RegExp(`^pagefind/(index|fragment|filter)/${locale.toLowerCase()}_[^/]+$`)],
    maxBytes: 1024 * 1024,
  },
  {
    name: 'Offline service worker, registered when a reader saves the site',
    files: () => [/^sw\.js$/],
    maxBytes: 4 * 1024,
  },
];

// The first view of every page, beyond JavaScript (src/lib/page-weight.ts measures; budget.mjs applies).
/** HTML and render-blocking CSS of the first response, gzipped: one TCP round trip (10 packets). With the CSS
 * inlined (astro.config.mjs, build.inlineStylesheets), the document's <head> must fit instead. */
export const FIRST_RESPONSE_BYTES = 14 * 1024;

/** Web fonts a page loads: those it preloads and those its text needs (by unicode-range), as woff2 bytes. */
export const FONT_BUDGETS = [
  // The Sources page quotes titles as published, some with letters of Latin Extended-A or Vietnamese
  // (Bosnian, Vietnamese news): a third small file there, within the same byte budget.
  { name: 'Sources pages', pattern: /^\/[^/]+\/sources\/$/, maxFiles: 3, maxBytes: 60 * 1024 },
  // Pages written in every language at once (the root language chooser and 404) or naming every
  // language in its own script (Translations): one file per script they show.
  { name: 'Pages in every language', pattern: /^\/(404\.html)?$|^\/[^/]+\/translations\/$/, maxFiles: 3, maxBytes: 60 * 1024 },
  { name: 'Every page', pattern: /.*/, maxFiles: 2, maxBytes: 60 * 1024 },
];

/** Everything a page transfers on a first view: HTML, CSS, JavaScript, fonts and images, as sent. */
export const TRANSFER_BYTES = 120 * 1024;

export function fontBudgetFor(path) {
  return FONT_BUDGETS.find((budget) => budget.pattern.test(path));
}
