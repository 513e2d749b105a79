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
  { name: 'Quiz page', pattern: /^\/[a-z-]+\/quiz\/$/, maxGzipBytes: 15 * 1024 },
  // Result pages: a few lines that add Web Share and copy buttons to the server-rendered share panel.
  { name: 'Quiz result pages', pattern: /^\/[a-z-]+\/quiz\/result\/\d+\/$/, maxGzipBytes: 1024 },
  // Projector mode: the same island technology and the same budget as the quiz page.
  { name: 'Quiz projector', pattern: /^\/[a-z-]+\/quiz\/present\/[a-z]\/$/, maxGzipBytes: 15 * 1024 },
  {
    // Preact's runtime is shared with the quiz and cached between pages.
    name: 'Pages whose only island is the casualty counter',
    pattern: new RegExp(`^/[a-z-]+/(${COUNTER_PAGES.map((slug) => (slug ? `${slug}/` : '')).join('|')})$`),
    maxGzipBytes: 11 * 1024,
  },
  // The copy button and the previews fitted to their content (EmbedSnippet.astro).
  { name: 'Share page', pattern: /^\/[a-z-]+\/share\/$/, maxGzipBytes: 1024 },
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
