import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../i18n/locales.ts';
import {
  cssReferences,
  fileForUrl,
  fileUrl,
  htmlReferences,
  isSavedPage,
  manifestUrl,
  offlineFiles,
  offlineManifest,
  type BuiltFile,
} from './offline-manifest.ts';

const [first, second] = LOCALE_CODES as readonly string[];

function site(entries: Record<string, string | number>): Map<string, BuiltFile> {
  return new Map(
    Object.entries(entries).map(([file, content]) => [
      file,
      typeof content === 'number' ? { bytes: content, hash: `h${content}` } : { bytes: content.length, hash: `h${content.length}`, text: content },
    ]),
  );
}

describe('isSavedPage', () => {
  it("saves a language's pages but not its embeds, result pages or 404", () => {
    expect(isSavedPage(`${first}/index.html`, first!)).toBe(true);
    expect(isSavedPage(`${first}/quiz/worksheet/a/index.html`, first!)).toBe(true);
    expect(isSavedPage(`${first}/quiz/present/a/index.html`, first!)).toBe(true);
    expect(isSavedPage(`${first}/embed/counter/index.html`, first!)).toBe(false);
    expect(isSavedPage(`${first}/quiz/result/3/index.html`, first!)).toBe(false);
    expect(isSavedPage(`${first}/404.html`, first!)).toBe(false);
    expect(isSavedPage(`${second}/index.html`, first!)).toBe(false);
    expect(isSavedPage(`${first}/offline/manifest.json`, first!)).toBe(false);
    expect(isSavedPage('index.html', first!)).toBe(false);
  });
});

describe('addresses and files', () => {
  it('maps built files to addresses and back, under a base path', () => {
    expect(fileUrl(`${first}/about/index.html`, '/')).toBe(`/${first}/about/`);
    expect(fileUrl('_astro/a.css', '/site')).toBe('/site/_astro/a.css');
    expect(fileForUrl(`/${first}/`, '/')).toBe(`${first}/index.html`);
    expect(fileForUrl('/site/_astro/a%20b.css', '/site/')).toBe('_astro/a b.css');
    expect(fileForUrl('/elsewhere/a.css', '/site/')).toBeUndefined();
    expect(manifestUrl(first!, '/site/')).toBe(`/site/${first}/offline/manifest.json`);
  });
});

describe('htmlReferences', () => {
  it('finds what a page loads, not the pages it links to', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://x.org/en/"><link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="preload" as="font" href="/_astro/f.woff2" crossorigin>
      <script type="module" src="/_astro/p.js"></script><a href="/en/about/">About</a><img src="/img/a.png" srcset="/img/a.png 1x, /img/a@2x.png 2x" alt="">
      <astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="{&quot;src&quot;:[0,&quot;/x.js&quot;]}"></astro-island>
      <svg><use href="#icon"></use></svg><style>.x{background:url(/img/bg.svg)}</style><meta property="og:image" content="https://x.org/card.png">`;
    expect(htmlReferences(html).sort()).toEqual(
      ['/_astro/a.css', '/favicon.svg', '/_astro/f.woff2', '/_astro/p.js', '/img/a.png', '/img/a.png', '/img/a@2x.png', '/_astro/Quiz.js', '/_astro/client.js', '/img/bg.svg'].sort(),
    );
  });
});

describe('cssReferences', () => {
  it('finds fonts, images and imports, and skips data URLs', () => {
    const css = `@import "./b.css";@font-face{src:url(./f.woff2) format("woff2"),url('g.woff') format("woff")}.a{background:url( "/i.svg" )}.b{background:url(data:image/png;base64,xx)}`;
    expect(cssReferences(css)).toEqual(['./f.woff2', 'g.woff', '/i.svg', './b.css']);
  });
});

describe('offlineFiles and offlineManifest', () => {
  const built = site({
    [`${first}/index.html`]: '<link rel="stylesheet" href="/_astro/site.css"><a href="/' + second + '/">other</a>',
    [`${first}/quiz/index.html`]: '<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island>',
    [`${first}/embed/counter/index.html`]: '<script type="module" src="/_astro/embed.js"></script>',
    [`${first}/quiz/result/1/index.html`]: '<img src="/share-1.png" alt="">',
    [`${second}/index.html`]: '<link rel="stylesheet" href="/_astro/other.css">',
    '_astro/site.css': '@font-face{src:url(/_astro/font.woff2)}',
    '_astro/font.woff2': 20_000,
    '_astro/Quiz.js': 'import{h}from"./preact.js";import("./lazy.js")',
    '_astro/preact.js': 'export const h=1',
    '_astro/lazy.js': 'export default 1',
    '_astro/client.js': 'import"./preact.js"',
    '_astro/embed.js': 'x',
    '_astro/other.css': 'y',
    'share-1.png': 5000,
    'pagefind/pagefind.js': 'z',
  });

  it("takes a language's pages and, transitively, the files they load", () => {
    expect(offlineFiles(first!, built, '/')).toEqual(
      [`${first}/index.html`, `${first}/quiz/index.html`, '_astro/Quiz.js', '_astro/client.js', '_astro/font.woff2', '_astro/lazy.js', '_astro/preact.js', '_astro/site.css'].sort(),
    );
  });

  it('gives addresses, sizes and a revision that changes with any file', () => {
    const manifest = offlineManifest(first!, built, '/', (text) => String(text.length));
    expect(manifest.locale).toBe(first);
    expect(manifest.files.map((f) => f.url)).toContain(`/${first}/quiz/`);
    expect(manifest.bytes).toBe(manifest.files.reduce((sum, f) => sum + f.bytes, 0));
    expect(manifest.bytes).toBeGreaterThan(20_000);
    const changed = new Map(built);
    changed.set('_astro/font.woff2', { bytes: 20_000, hash: 'other' });
    const hash = (text: string) => text;
    expect(offlineManifest(first!, changed, '/', hash).revision).not.toBe(offlineManifest(first!, built, '/', hash).revision);
  });

  it('works under a base path', () => {
    const based = site({ [`${first}/index.html`]: '<link rel="stylesheet" href="/site/_astro/a.css">', '_astro/a.css': 'a' });
    expect(offlineManifest(first!, based, '/site/', (t) => t).files.map((f) => f.url).sort()).toEqual(['/site/_astro/a.css', `/site/${first}/`]);
  });
});
