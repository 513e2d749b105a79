// Builds a temporary copy of the site with one broken content file and checks
// that the build fails with a message naming the file and the field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `command`: 'build', or 'sync' where only the content collections' checks matter (much faster). */
function buildBrokenCopy(file: string, breakIt: (text: string) => string, command: 'build' | 'sync' = 'build') {
  const dir = mkdtempSync(join(tmpdir(), 'mine-day-broken-'));
  try {
    for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
      cpSync(resolve(item), join(dir, item), { recursive: true });
    }
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    const target = join(dir, file);
    const before = readFileSync(target, 'utf8');
    const after = breakIt(before);
    expect(after, 'the fixture must really change the file').not.toBe(before);
    writeFileSync(target, after);
    const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), command], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The message comes first, in plain words: no stack trace before the file is named. */
function expectPlainMessage(output: string, message: string) {
  expect(output).toContain(message);
  const stack = output.search(/\n\s+at \S/);
  if (stack >= 0) expect(output.indexOf(message)).toBeLessThan(stack);
}

describe('a bad content file fails the build, naming the file and the field in plain words', { timeout: 180_000 }, () => {
  it('a page without a title', () => {
    const { status, output } = buildBrokenCopy('content/pages/fr/index.mdx', (text) => text.replace(/^title: .*$/m, ''));
    expect(status).not.toBe(0);
    expectPlainMessage(output, 'content/pages/fr/index.mdx, field "title": is missing.');
  });

  it('a YAML value with ": " that needs quotes', () => {
    const { status, output } = buildBrokenCopy('content/pages/fr/index.mdx', (text) => text.replace(/^description: .*$/m, 'description: Mines: a danger that lasts for decades.'));
    expect(status).not.toBe(0);
    expectPlainMessage(output, 'content/pages/fr/index.mdx, line 3, field "description": the text contains ": " (a colon and a space)');
    expect(output).toContain('description: "Mines: a danger that lasts for decades."');
  });

  it('a description over its length limit', () => {
    const { status, output } = buildBrokenCopy('content/pages/en/about.mdx', (text) => text.replace(/^description: .*$/m, `description: ${'A long description. '.repeat(11).trim()}`));
    expect(status).not.toBe(0);
    expectPlainMessage(output, 'content/pages/en/about.mdx, line 3, field "description": is 219 characters long; the limit is 200. Shorten it.');
  });

  it('a quiz question with a topic that does not exist', () => {
    const { status, output } = buildBrokenCopy('content/quiz/en/day-date.yaml', (text) => text.replace(/^topic: .*$/m, 'topic: sport'));
    expect(status).not.toBe(0);
    expectPlainMessage(output, 'content/quiz/en/day-date.yaml, line 1, field "topic": is "sport"; it must be one of:');
  });

  it('names the data file and the field when a Landmine Monitor total is 0', () => {
    const { status, output } = buildBrokenCopy('content/data/landmine-monitor.yaml', (text) => text.replace(/casualties: \{ value: \d+/, 'casualties: { value: 0'), 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain('content/data/landmine-monitor.yaml');
    expect(output).toContain('casualties.value: a Landmine Monitor total must be a whole number above 0');
  });

  it('names the data file and the field of a figure typed with separators', () => {
    const { status, output } = buildBrokenCopy('content/data/figures.yaml', (text) => text.replace('value: 6279', "value: '6,279'"), 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain('content/data/figures.yaml');
    expect(output).toContain('value: write a plain number, without separators or a % sign');
  });

  it('names the page, the line and the id of a <Fig> that is not in the figures registry', () => {
    const file = 'content/pages/en/the-day.mdx';
    const { status, output } = buildBrokenCopy(file, (text) => text.replace('<Fig id="sg-2025-people-at-risk" />', '<Fig id="sg-2052-people-at-risk" />'), 'sync');
    expect(status).not.toBe(0);
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('<Fig id="sg-2025-people-at-risk" />')) + 1;
    expectPlainMessage(output, `${file}, line ${line}: <Fig id="sg-2052-people-at-risk">: there is no figure "sg-2052-people-at-risk" in content/data/figures.yaml.`);
  });

  it('a UI-string file with an unknown key', () => {
    const { status, output } = buildBrokenCopy('content/i18n/ar.json', (text) => text.replace('"skipLink"', '"skipLnk"'));
    expect(status).not.toBe(0);
    expectPlainMessage(output, 'content/i18n/ar.json, field "skipLnk": is not a key of content/i18n/en.json.');
  });

  it('names the UI-string file with a JSON syntax error, in words before any stack trace', () => {
    const { status, output } = buildBrokenCopy('content/i18n/fr.json', (text) => text.replace(/",\n/, '"\n'));
    expect(status).not.toBe(0);
    const message = output.match(/content\/i18n\/fr\.json is not valid JSON: [^\n]*line \d+/);
    expect(message, output).not.toBeNull();
    expect(output.slice(0, message!.index), 'no stack trace before the message').not.toMatch(/\n\s+at /);
  });

  it('names the page file and line of a script smuggled into MDX', () => {
    const file = 'content/pages/en/about.mdx';
    const { status, output } = buildBrokenCopy(file, (text) => text.replace(/\n---\n/, '\n---\n\n<img src="/favicon.svg" alt="" onerror="alert(1)" />\n'));
    expect(status).not.toBe(0);
    const line = readFileSync(file, 'utf8').split('\n').indexOf('---', 1) + 3;
    expect(output).toContain(`${file}:${line}:1: an event-handler attribute (onerror=)`);
  });
});
