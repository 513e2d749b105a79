// npm run i18n:status as a translator runs it, on a small project made for each test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../src/i18n/locales.ts';
import { sourceHash } from '../src/lib/source-hash.ts';

const SCRIPT = resolve('scripts/i18n-status.mjs');
const [first, second] = LOCALES.filter((locale) => locale.code !== 'en');
const page = (title, extra = '') => `---\ntitle: ${title}\ndescription: A description long enough for the schema.\nlastReviewed: 2026-11-27\n${extra}---\n\nBody.\n`;
const ENGLISH_PAGE = page('About');

let root;
function run(files, ...args) {
  root = mkdtempSync(join(tmpdir(), 'mine-day-status-'));
  const all = {
    'content/pages/en/about.mdx': ENGLISH_PAGE,
    'content/pages/en/index.mdx': page('Home'),
    'content/i18n/en.json': JSON.stringify({ 'site.name': 'Mine Awareness Day', skipLink: 'Skip to main content' }),
    ...Object.fromEntries(LOCALES.filter((l) => l.code !== 'en').map((l) => [`content/i18n/${l.code}.json`, '{}'])),
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, out: result.stdout, err: result.stderr };
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('i18n:status --check', { timeout: 30_000 }, () => {
  it('exits 0 when every file can be read', () => {
    const { status, out } = run({ [`content/pages/${first.code}/about.mdx`]: page('Traduit') }, '--check');
    expect(out).toMatch(/✔/);
    expect(status).toBe(0);
  });

  for (const [problem, files, message] of [
    ['an unknown key', { [`content/i18n/${first.code}.json`]: '{ "skipLnk": "x" }' }, /"skipLnk": is not a key of content\/i18n\/en\.json/],
    ['an orphan page', { [`content/pages/${first.code}/abuot.mdx`]: page('Orphan') }, /abuot\.mdx: there is no English page/],
    ['invalid YAML', { [`content/pages/${first.code}/about.mdx`]: page('Mines: a danger') }, /about\.mdx, line 2, field "title": the text contains ": "/],
  ]) {
    it(`exits 1 on ${problem}, naming the file without a stack trace`, () => {
      const { status, err } = run(files, '--check');
      expect(status).toBe(1);
      expect(err).toMatch(message);
      expect(err).not.toMatch(/\n\s+at /);
    });
  }
});

describe('i18n:status', { timeout: 30_000 }, () => {
  it('filters by locale, and refuses a code that is not a language to translate into', () => {
    const { status, out } = run({}, first.code);
    expect(status).toBe(0);
    expect(out).toContain(`${first.englishName} (${first.code})`);
    if (second) expect(out).not.toContain(`(${second.code})`);
    expect(run({}, 'xx').status).toBe(2);
  });

  it('gives the command that shows what changed in English, and the one that records an update', () => {
    const { out } = run({ [`content/pages/${first.code}/about.mdx`]: page('Traduit', 'translation:\n  source: "0badf00d"\n') }, first.code);
    expect(out).toContain(`⚠ out of date: content/pages/${first.code}/about.mdx`);
    // This project is not a git checkout: the English version cannot be found, and the tool says so.
    expect(out).toMatch(/what changed in English: +not in this copy's history .* compare with content\/pages\/en\/about\.mdx/);
    expect(out).toContain(`npm run i18n:stamp -- content/pages/${first.code}/about.mdx   (records source "${sourceHash(ENGLISH_PAGE)}")`);
  });

  it('finds, in git history, the English version a translation was made from', () => {
    const translated = { [`content/pages/${first.code}/about.mdx`]: page('Traduit', `translation:\n  source: "${sourceHash(ENGLISH_PAGE)}"\n`) };
    run(translated);
    const git = (...args) => spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd: root, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'English and French');
    const sha = git('log', '-1', '--format=%h').stdout.trim();
    writeFileSync(join(root, 'content/pages/en/about.mdx'), ENGLISH_PAGE.replace('Body.', 'Body, corrected.'));
    git('commit', '-qam', 'Correct the English');
    const result = spawnSync(process.execPath, [SCRIPT, first.code], { cwd: root, encoding: 'utf8' });
    expect(result.stdout).toContain(`what changed in English:  git diff ${sha} -- content/pages/en/about.mdx`);
  });

  it('--todo lists each missing string with its English text', () => {
    const { out } = run({}, '--todo', first.code);
    expect(out).toContain('"site.name": "Mine Awareness Day",');
    expect(out).toContain('"skipLink": "Skip to main content",');
    expect(out).toContain(`✖ missing: content/pages/${first.code}/about.mdx`);
  });
});
