// robots.txt: every page may be crawled; the sitemap is where the site is built, base
// path included (`sitemap-index.xml` is written at the root of the built site).

export function robotsTxt(site: URL | string, base = '/'): string {
  const prefix = base.replace(/^\/+|\/+$/g, '');
  const sitemap = new URL(`${prefix ? `/${prefix}` : ''}/sitemap-index.xml`, site).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
