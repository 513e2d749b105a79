// Which menu item a page belongs to: the item whose address is the longest prefix of
// the page's own (a result page of the quiz belongs to the Quiz, a country to Regions).
// The home page only matches itself.

/** The href of the menu item the path belongs to, or undefined. */
export function currentNavHref(hrefs: readonly string[], path: string, home: string): string | undefined {
  let best: string | undefined;
  for (const href of hrefs) {
    const matches = href === home ? path === home : path === href || path.startsWith(href.endsWith('/') ? href : `${href}/`);
    if (matches && (best === undefined || href.length > best.length)) best = href;
  }
  return best;
}
