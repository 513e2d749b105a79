// The site's public address (SITE_URL), read by astro.config.mjs. Without one the build
// still works (npm start, the tests), but every absolute URL it writes points to this
// computer: canonical and hreflang links, share cards, the sitemap and the code partners
// paste to embed the counter. Pure, so the rules are unit-tested.

/** The address `npm start` serves the site on: the default when SITE_URL is not set. */
export const LOCAL_SITE = 'http://localhost:4321';

/** True when other people can reach the address: not localhost, a loopback or an unspecified host. */
export function isPublicAddress(site: string | URL): boolean {
  const host = new URL(site).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return !(
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::'
  );
}

/** The site address from the SITE_URL environment variable (LOCAL_SITE when unset); an unusable value fails with a clear message. */
export function siteAddress(value: string | undefined): string {
  const given = value?.trim();
  if (!given) return LOCAL_SITE;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL "${given}" is not a web address: use the site's full public address, such as https://your-domain.example`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${given}" must start with https:// (or http://)`);
  return given;
}

/** One line for the build log when the site's address is not public: what it affects and how to set it. */
export function addressWarning(site: string | URL): string | undefined {
  if (isPublicAddress(site)) return undefined;
  const address = new URL(site).href.replace(/\/$/, '');
  const what = `canonical, hreflang and share-card links, the sitemap and the embed code would point to ${address}, so the Share page shows a notice instead of the code`;
  const how = 'To publish, build with SITE_URL=https://your-domain.example npm run build';
  return address === LOCAL_SITE ? `SITE_URL is not set: ${what}. ${how}` : `The site address ${address} is one only this computer can reach: ${what}. ${how}`;
}
