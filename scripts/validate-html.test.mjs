// The HTML validation step over a small folder of pages, one of them broken the way a
// template could be, and the configuration's promise that every change says why.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../.htmlvalidate.mjs';

const page = (body, lang = 'en') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>A page</title></head><body><main><h1>Title</h1>${body}</main></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'mine-day-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(files) {
  const root = mkdtempSync(join(dir, 'site-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), html);
  }
  const result = spawnSync(process.execPath, ['scripts/validate-html.mjs', root], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replaceAll(root, 'SITE') };
}

describe('scripts/validate-html.mjs', { timeout: 60_000 }, () => {
  it('passes valid pages, including what the configuration allows on purpose', () => {
    const { status, output } = validate({
      'en/index.html': page('<ul class="key-figures" role="list"><li>6,279</li></ul><input type="radio" id="a" name="q"/><label for="a">A</label>'),
      'fr/index.html': page('<h2 id="-la-lutte">« La lutte »</h2><div role="region" aria-label="Tableau" tabindex="0"><table><tbody><tr><td>1</td></tr></tbody></table></div>', 'fr'),
      'en/quiz/index.html': page('<div><style>astro-island{display:contents}</style></div>'),
    });
    expect(output).toMatch(/HTML valid: 3 pages/);
    expect(status).toBe(0);
  });

  it('fails on a template error, naming the rule, the element and every page it is on', () => {
    const broken = page('<p>A figure: <img src="/chart.svg"></p>');
    const { status, output } = validate({ 'en/a/index.html': broken, 'fr/a/index.html': broken, 'ar/a/index.html': broken, 'en/ok/index.html': page('<p>Fine.</p>') });
    expect(status).toBe(1);
    expect(output).toMatch(/✖ wcag\/h37: <img> is missing required "alt" attribute {2}\(3 on 3 pages\)/);
    expect(output).toMatch(/SITE\/en\/a\/index\.html:1:\d+ {2}at /);
    expect(output).toMatch(/rule: https:\/\/html-validate\.org\/rules\//);
    expect(output).toMatch(/on 3 of 4 pages/);
    expect(output).not.toMatch(/en\/ok\//);
  });

  it('says to build first when there is nothing to validate', () => {
    const { status, output } = validate({});
    expect(status).toBe(1);
    expect(output).toMatch(/build the site first/);
  });
});

describe('.htmlvalidate.mjs', () => {
  it('explains every rule it turns off or narrows, in a comment just above', () => {
    const source = readFileSync('.htmlvalidate.mjs', 'utf8').split('\n');
    const changed = Object.keys(config.rules);
    expect(changed.length).toBeGreaterThan(0);
    for (const rule of changed) {
      const line = source.findIndex((text) => text.trimStart().startsWith(`'${rule}':`));
      expect(line, rule).toBeGreaterThan(0);
      expect(source[line - 1].trim(), `${rule} needs a comment saying why`).toMatch(/^\/\/ \S/);
    }
  });
});
