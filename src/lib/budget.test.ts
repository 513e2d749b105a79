import { describe, expect, it } from 'vitest';
import { gzipSize, importsInModule, pageJavaScript, scriptsInHtml } from './budget.ts';

describe('scriptsInHtml', () => {
  it('finds script sources, module preloads and island URLs', () => {
    const html = `<script type="module" src="/_astro/a.js"></script><link rel="modulepreload" href="/_astro/b.js">
      <astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island>`;
    expect(scriptsInHtml(html)).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/Quiz.js', '/_astro/client.js']);
  });

  it('counts inline scripts, and finds nothing in a page without JavaScript', () => {
    expect(scriptsInHtml('<script>run()</script>')).toEqual(['inline:run()']);
    expect(scriptsInHtml('<p>No scripts</p><script type="application/ld+json"></script>')).toEqual([]);
  });
});

describe('importsInModule', () => {
  it('resolves static and dynamic relative imports', () => {
    const code = 'import{h}from"./preact.js";export{x}from"../lib/x.js";const m=import("./chunk.js");const s=import(`./signals.js`);import"https://cdn/x.js"';
    expect(importsInModule(code, '/_astro/Quiz.js')).toEqual(['/_astro/preact.js', '/lib/x.js', '/_astro/chunk.js', '/_astro/signals.js']);
  });
});

describe('pageJavaScript', () => {
  const files: Record<string, string> = {
    '/_astro/island.js': 'import{a}from"./shared.js";export default a;',
    '/_astro/client.js': 'import{a}from"./shared.js";',
    '/_astro/shared.js': 'export const a = "x".repeat(1000);',
  };
  const read = (path: string) => files[path];

  it('sums each file once, following imports', () => {
    const html = '<astro-island component-url="/_astro/island.js" renderer-url="/_astro/client.js"></astro-island>';
    const weight = pageJavaScript(html, read);
    expect(weight.files).toEqual(['/_astro/island.js', '/_astro/client.js', '/_astro/shared.js']);
    expect(weight.gzipBytes).toBe(Object.values(files).reduce((sum, code) => sum + gzipSize(code), 0));
  });

  it('is zero for a page without scripts', () => {
    expect(pageJavaScript('<main>Text</main>', read)).toEqual({ files: [], gzipBytes: 0, chunks: [], skipped: [] });
  });

  it('gives each chunk its weight, and leaves out modules known never to load', () => {
    const html = '<astro-island component-url="/_astro/island.js" renderer-url="/_astro/client.js"></astro-island>';
    const weight = pageJavaScript(html, read, (path) => path === '/_astro/shared.js');
    expect(weight.chunks).toEqual([
      { file: '/_astro/island.js', gzipBytes: gzipSize(files['/_astro/island.js']!) },
      { file: '/_astro/client.js', gzipBytes: gzipSize(files['/_astro/client.js']!) },
    ]);
    expect(weight.skipped).toEqual(['/_astro/shared.js']);
    expect(weight.gzipBytes).toBe(gzipSize(files['/_astro/island.js']!) + gzipSize(files['/_astro/client.js']!));
  });

  it('fails when a script is missing from the build', () => {
    expect(() => pageJavaScript('<script src="/_astro/gone.js"></script>', read)).toThrow('/_astro/gone.js');
  });
});
