// The site's public address (SITE_URL), read once by astro.config.mjs. Without one the
// build still works (npm start, the tests), but every absolute URL it writes points to
// this computer: canonical and hreflang links, share cards, the sitemap and the code
// partners paste to embed the counter. Pure, so the rules are unit-tested.

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

export interface SiteAddress {
  readonly site: string;
  /** One line for the build log when the address is not public. */
  readonly warning?: string;
}

/** The site address from the SITE_URL environment variable; an unusable value fails with a clear message. */
export function siteAddress(value: string | undefined): SiteAddress {
  const given = value?.trim();
  if (!given) {
    return {
      site: LOCAL_SITE,
      warning: `SITE_URL is not set: canonical, hreflang and share-card links, the sitemap and the embed code would point to ${LOCAL_SITE}, so the Share page shows a notice instead of the code. To publish, build with SITE_URL=https://your-domain.example npm run build`,
    };
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL "${given}" is not a web address: use the site's full public address, such as https://your-domain.example`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${given}" must start with https:// (or http://)`);
  }
  return isPublicAddress(url)
    ? { site: given }
    : {
        site: given,
        warning: `SITE_URL is ${given}, which only this computer can reach: links and the embed code point there, so the Share page shows a notice instead of the code. To publish, build with SITE_URL=https://your-domain.example npm run build`,
      };
}
