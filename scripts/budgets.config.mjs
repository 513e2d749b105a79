// The JavaScript budgets, in gzipped bytes per page. Read by scripts/budget.mjs
// (which measures dist/) and by the e2e tests (pages with a 0 budget must load no
// script at all). The first rule whose pattern matches a site path applies.

// Pages whose only island is the casualty counter, by slug under /<locale>/ ('' is the home page).
export const COUNTER_PAGES = ['', 'casualties', 'embed/counter', 'embed/estimate', 'regions', 'regions/cambodia', 'regions/viet-nam'];

export const BUDGETS = [
  { name: 'Quiz page', pattern: /^\/[a-z-]+\/quiz\/$/, maxGzipBytes: 15 * 1024 },
  // Projector mode: the same island technology and the same budget as the quiz page.
  // Result pages: a few lines that add Web Share and copy buttons to the server-rendered share panel.
  { name: 'Quiz result pages', pattern: /^\/[a-z-]+\/quiz\/result\/\d+\/$/, maxGzipBytes: 1024 },
  { name: 'Quiz projector', pattern: /^\/[a-z-]+\/quiz\/present\/[a-z]\/$/, maxGzipBytes: 15 * 1024 },
  {
    name: 'Pages whose only island is the casualty counter',
    pattern: new RegExp(`^/[a-z-]+/(${COUNTER_PAGES.map((slug) => (slug ? `${slug}/` : '')).join('|')})$`),
    maxGzipBytes: 8 * 1024,
  },
  { name: 'Every other page (no JavaScript)', pattern: /.*/, maxGzipBytes: 0 },
];

/** The budget rule for a site path such as '/fr/quiz/'. */
export function budgetFor(path) {
  return BUDGETS.find((budget) => budget.pattern.test(path));
}
