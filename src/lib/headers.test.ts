import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { headersForPath, parseHeadersFile, ruleMatches } from './headers.ts';

describe('parseHeadersFile', () => {
  it('reads rules, headers, detaches and comments', () => {
    const rules = parseHeadersFile('# comment\n/*\n  X-A: 1\n  Content-Security-Policy: frame-ancestors \'none\'\n\n/x/*\n  ! X-A\n');
    expect(rules).toEqual([
      { pattern: '/*', set: [['X-A', '1'], ['Content-Security-Policy', "frame-ancestors 'none'"]], unset: [], line: 2 },
      { pattern: '/x/*', set: [], unset: ['X-A'], line: 6 },
    ]);
  });

  it('rejects what Cloudflare Pages would reject', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/before any URL pattern/);
    expect(() => parseHeadersFile('/*/embed/*\n  X-A: 1\n')).toThrow(/only one "\*"/);
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/line 2/);
  });
});

describe('matching and combining', () => {
  it('matches splats and placeholders', () => {
    expect(ruleMatches({ pattern: '/*' }, '/')).toBe(true);
    expect(ruleMatches({ pattern: '/:locale/embed/*' }, '/fr/embed/counter/')).toBe(true);
    expect(ruleMatches({ pattern: '/:locale/embed/*' }, '/fr/sources/')).toBe(false);
    expect(ruleMatches({ pattern: '/:locale/embed/*' }, '/a/b/embed/x')).toBe(false);
  });

  it('applies every matching rule in order: detach first, then set; joins repeats', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n  X-B: 2\n/x/*\n  X-A: 3\n/x/y\n  ! X-B\n  X-B: 4\n');
    expect(Object.fromEntries(headersForPath(rules, '/z'))).toEqual({ 'x-a': '1', 'x-b': '2' });
    expect(Object.fromEntries(headersForPath(rules, '/x/q'))).toEqual({ 'x-a': '1, 3', 'x-b': '2' });
    expect(Object.fromEntries(headersForPath(rules, '/x/y'))).toEqual({ 'x-a': '1, 3', 'x-b': '4' });
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

  it('lets no ordinary page be framed', () => {
    for (const path of ['/', '/404.html', '/en/', '/fr/casualties/', '/ar/sources/', '/en/share/', '/_astro/x.js']) {
      const headers = headersForPath(rules, path);
      expect(headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'");
      expect(headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('lets any site frame the embed pages of every locale', () => {
    for (const locale of LOCALE_CODES) {
      for (const widget of ['counter', 'estimate']) {
        const headers = headersForPath(rules, `/${locale}/embed/${widget}/`);
        expect(headers.get('content-security-policy')).toBe('frame-ancestors *');
        expect(headers.has('x-frame-options')).toBe(false);
        expect(headers.get('x-content-type-options')).toBe('nosniff');
      }
    }
  });

  it('sends HSTS everywhere and no obsolete interest-cohort policy', () => {
    for (const path of ['/', '/en/', '/fr/embed/counter/', '/_astro/x.js']) {
      const headers = headersForPath(rules, path);
      expect(headers.get('strict-transport-security'), path).toMatch(/^max-age=(\d+)/);
      expect(Number(headers.get('strict-transport-security')!.match(/max-age=(\d+)/)![1]), path).toBeGreaterThanOrEqual(31_536_000);
      expect(headers.get('permissions-policy'), path).not.toMatch(/interest-cohort/);
    }
  });

  it('lets browsers keep hashed build assets for a year, and only those', () => {
    for (const path of ['/_astro/client.B1x2y3.js', '/_astro/fonts/noto.ab12.woff2', '/_astro/page.Cd34.css']) {
      expect(headersForPath(rules, path).get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/', '/en/', '/fr/embed/counter/', '/favicon.svg', '/sitemap-index.xml']) {
      expect(headersForPath(rules, path).has('cache-control'), path).toBe(false);
    }
  });
});
