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

describe('a bad content file fails the build', { timeout: 180_000 }, () => {
  it('names the page file and the missing field', () => {
    const { status, output } = buildBrokenCopy('content/pages/fr/index.mdx', (text) => text.replace(/^title: .*$/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/fr/index.mdx');
    expect(output).toMatch(/title\W+Required|title: Invalid input/);
  });

  it('names the quiz question file and the bad field', () => {
    const { status, output } = buildBrokenCopy('content/quiz/en/day-date.yaml', (text) => text.replace(/^topic: .*$/m, 'topic: sport'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/quiz/en/day-date.yaml');
    expect(output).toMatch(/topic/);
  });

  it('names the data file and the field when a Landmine Monitor total is 0', () => {
    const { status, output } = buildBrokenCopy('content/data/landmine-monitor.yaml', (text) => text.replace(/casualties: \{ value: \d+/, 'casualties: { value: 0'), 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain('content/data/landmine-monitor.yaml');
    expect(output).toContain('casualties.value: a Landmine Monitor total must be a whole number above 0');
  });

  it('names the UI-string file and the unknown key', () => {
    const { status, output } = buildBrokenCopy('content/i18n/ar.json', (text) => text.replace('"skipLink"', '"skipLnk"'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/i18n/ar.json has invalid UI strings');
    expect(output).toContain('"skipLnk": not a key of the English file');
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
