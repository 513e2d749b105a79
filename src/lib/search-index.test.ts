import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { indexDecision, prepareForIndex } from './search-index.ts';

const [first, second] = LOCALE_CODES as readonly string[];

function page(lang: string, head = '', body = '<main id="main"><h1>Title</h1></main>') {
  return `<!doctype html><html lang="${lang}" dir="ltr"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe('indexDecision', () => {
  it('indexes a page under its own language with its own canonical address', () => {
    expect(indexDecision(page(second!, `<link rel="canonical" href="https://example.org/${second}/about/">`), `/${second}/about/`)).toEqual({
      index: true,
      language: second,
    });
    expect(indexDecision(page(first!), `/${first}/`)).toEqual({ index: true, language: first });
  });

  it('leaves out a fallback page, whose canonical is the original in another language', () => {
    const html = page(second!, `<link rel="canonical" href="https://example.org/${first}/about/">`);
    expect(indexDecision(html, `/${second}/about/`)).toMatchObject({ index: false, reason: expect.stringContaining('fallback') });
  });

  it('leaves out noindex pages (results, embeds, 404, search)', () => {
    expect(indexDecision(page(first!, '<meta name="robots" content="noindex">'), `/${first}/quiz/result/3/`)).toMatchObject({ index: false });
    expect(indexDecision(page(first!, '<meta content="noindex, nofollow" name="ROBOTS">'), `/${first}/search/`)).toMatchObject({ index: false });
  });

  it('leaves out pages outside a language and pages whose <html lang> is not theirs', () => {
    expect(indexDecision(page(first!), '/')).toMatchObject({ index: false, reason: 'not under a language' });
    expect(indexDecision(page(first!), `/${second}/about/`)).toMatchObject({ index: false });
    expect(indexDecision(page(first!).replace(/ lang="[^"]*"/, ''), `/${first}/about/`)).toMatchObject({ index: false });
  });

  it('reads addresses under a base path', () => {
    const html = page(second!, `<link rel="canonical" href="https://example.org/site/${second}/about/">`);
    expect(indexDecision(html, `/site/${second}/about/`, '/site/')).toEqual({ index: true, language: second });
    expect(indexDecision(html, `/${second}/about/`, '/site/')).toMatchObject({ index: false });
  });
});

describe('prepareForIndex', () => {
  it('indexes only the main landmark', () => {
    const html = prepareForIndex(page(first!, '', '<header><nav>Menu</nav></header><main id="main"><h1>T</h1></main><footer>F</footer>'), first!);
    expect(html).toContain('<main id="main" data-pagefind-body>');
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
  });

  it('skips passages in another language, keeping regional variants of the page language', () => {
    const body = `<main><p>Texte</p><div lang="xx" dir="ltr"><p>Other</p></div><span lang="${second}-CA">Même</span><img lang="xx" alt="" src="a.svg" /></main>`;
    const html = prepareForIndex(page(second!, '', body), second!);
    expect(html).toContain('<div lang="xx" dir="ltr" data-pagefind-ignore="all">');
    expect(html).toContain(`<span lang="${second}-CA">`);
    expect(html).toContain('<img lang="xx" alt="" src="a.svg" data-pagefind-ignore="all" />');
    expect(html).toContain(`<html lang="${second}" dir="ltr">`);
  });

  it('leaves a page without passages in another language unchanged apart from main', () => {
    const original = page(first!, '', '<main><p lang="">x</p></main>');
    expect(prepareForIndex(original, first!)).toBe(original.replace('<main>', '<main data-pagefind-body>'));
  });
});

describe("public/_headers for Pagefind's worker", () => {
  it('allows WebAssembly and same-site requests, nothing more', async () => {
    const { readFileSync } = await import('node:fs');
    const { headersForPath, parseHeadersFile } = await import('./headers.ts');
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    const policies = headersForPath(rules, '/pagefind/pagefind-worker.js').get('content-security-policy')!.split(', ');
    expect(policies).toContain("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    expect(policies.join()).not.toContain("'unsafe-eval'");
  });
});
