import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { contentGuard, isScriptUrl, problemsInSource } from './content-guard.ts';

// The MDX pipeline Astro runs for content pages, with the guard as astro.config.mjs adds it.
const root = process.cwd();
const renderer = await satteri({ mdastPlugins: [contentGuard(root)] }).createMdxRenderer!(
  { syntaxHighlight: false, shikiConfig: {} } as never,
  { optimize: false, srcDir: new URL('../', import.meta.url), sourcemap: false } as never,
);

/** Compiles an MDX body under a three-line frontmatter (blanked, as Astro does) and returns the error, if any. */
async function compile(body: string, file = 'content/pages/fr/example.mdx'): Promise<string | undefined> {
  try {
    await renderer.process(`\n\n\n${body}\n`, `${root}/${file}`, {});
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('isScriptUrl', () => {
  it('finds javascript: however it is spelt', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', '  javascript:x', '\tjava\nscript:x', 'jav&#x09;ascript:x', 'javascript&colon;x', '\u0001javascript:x', 'vbscript:msgbox(1)']) {
      expect(isScriptUrl(url), JSON.stringify(url)).toBe(true);
    }
  });

  it('leaves ordinary links alone', () => {
    for (const url of ['/en/glossary/#term-erw', 'https://www.un.org/en/observances/mine-awareness-day', 'mailto:info@example.org', '#javascript', '/en/javascript:notes/', 'https://example.org/?q=javascript:']) {
      expect(isScriptUrl(url), url).toBe(false);
    }
  });
});

describe('problemsInSource', () => {
  it('finds script, handlers, javascript: URLs and raw HTML in code it cannot parse', () => {
    expect(problemsInSource('<script>alert(1)</script>')).toEqual(['a <script> element']);
    expect(problemsInSource('<img src=x onerror="alert(1)">')).toEqual(['an event-handler attribute (on…=)']);
    expect(problemsInSource('"java" + "script:alert(1)"')).toEqual(['a javascript: URL']);
    expect(problemsInSource('{ "set:html": x }')).toEqual(['raw HTML injection (set:html, innerHTML, srcdoc)']);
    expect(problemsInSource('"A plain sentence, with one idea."')).toEqual([]);
  });
});

describe('MDX content with script fails to compile, naming the file and the line', () => {
  it('accepts ordinary content: links, components, headings', async () => {
    expect(await compile('## Heading\n\nSee [the glossary](/en/glossary/#term-erw) <Cite id="lm-2025" />.\n\n<Callout kind="safety">Stay on paths.</Callout>')).toBeUndefined();
  });

  const cases: [string, string, RegExp][] = [
    ['a <script> element', 'Text.\n\n<script>alert(1)</script>', /example\.mdx:6:1: a <script> element/],
    ['a script inside an expression', 'Text.\n\n{<script>alert(1)</script>}', /example\.mdx:6:1: a <script> element/],
    ['an on… attribute', 'Text <img src="/x.svg" alt="" onError="alert(1)" /> more.', /example\.mdx:4:6: an event-handler attribute \(onError=\)/],
    ['a javascript: link', 'A [link](javascript:alert(1)).', /example\.mdx:4:3: a javascript: URL/],
    ['a javascript: link definition', 'A [link][x].\n\n[x]: JavaScript:alert(1)', /example\.mdx:6:1: a javascript: URL/],
    ['a javascript: href', '<a href="  javascript:alert(1)">x</a>', /example\.mdx:4:1: a javascript: URL \(href=/],
    ['a javascript: href written as code', '<a href={"java" + "script:alert(1)"}>x</a>', /example\.mdx:4:1: a javascript: URL in href=\{…\}/],
    ['spread attributes', '<a {...{ onClick: "x" }}>x</a>', /example\.mdx:4:1: attributes spread from code/],
    ['set:html', '<div set:html="<img src=x onerror=alert(1)>" />', /example\.mdx:4:1: raw HTML injection \(set:html=\)/],
    ['an iframe', '<iframe src="/en/" />', /example\.mdx:4:1: a <iframe> element/],
  ];
  for (const [what, body, expected] of cases) {
    it(`rejects ${what}`, async () => {
      const message = await compile(body);
      expect(message).toMatch(/^Content may not contain script/);
      expect(message).toContain('content/pages/fr/example.mdx');
      expect(message).toMatch(expected);
    });
  }

  it('lists every problem in a file at once', async () => {
    const message = await compile('<script>x</script>\n\n[a](javascript:x)\n\n<b onclick="x">y</b>');
    expect(message?.match(/^ {2}content\/pages\/fr\/example\.mdx:\d+:\d+: /gm)).toHaveLength(3);
  });
});
