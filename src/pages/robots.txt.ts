// robots.txt, pointing crawlers at the sitemap under the configured site URL and base path.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site!, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
