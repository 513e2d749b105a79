import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../lib/content-errors.ts';
import { sourceHash } from '../lib/source-hash.ts';
import { readInventory } from './translation-files.ts';

const LOCALES = [{ code: 'en' }, { code: 'fr' }, { code: 'he' }];
const page = (title: string, extra = '') => `---\ntitle: ${title}\ndescription: A description long enough for the schema.\nlastReviewed: 2026-11-27\n${extra}---\n\nBody of ${title}.\n`;
const question = (prompt: string, extra = '') =>
  `topic: safety\nprompt: ${prompt}\ncorrect: Tell an adult.\nwrong:\n  - Touch it.\n  - Kick it.\n  - Take it home.\nexplanation: Adults call the experts.\nsource: unicef-facts\npage: staying-safe\n${extra}`;

let root: string;
function project(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'mine-day-inventory-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ENGLISH = {
  'content/pages/en/index.mdx': page('Home'),
  'content/pages/en/about.mdx': page('About'),
  'content/pages/en/regions/index.mdx': page('Regions'),
  'content/quiz/en/safety-found-object.yaml': question('What do you do?'),
  'content/quiz/en/day-date.yaml': question('When is the day?'),
  'content/i18n/en.json': JSON.stringify({ 'site.name': 'Mine Awareness Day', skipLink: 'Skip to main content', 'nav.label': 'Main' }),
};

describe('readInventory', () => {
  it('counts pages, questions and strings done, out of date and missing for each locale', () => {
    const about = sourceHash(ENGLISH['content/pages/en/about.mdx']);
    const inventory = readInventory(
      project({
        ...ENGLISH,
        'content/pages/fr/index.mdx': page('Accueil', `translation:\n  source: ${sourceHash(ENGLISH['content/pages/en/index.mdx'])}\n`),
        'content/pages/fr/about.mdx': page('À propos', 'translation:\n  source: 0badf00d\n'),
        'content/quiz/fr/day-date.yaml': question('Quand ?', `translation:\n  source: ${sourceHash(ENGLISH['content/quiz/en/day-date.yaml'])}\n`),
        'content/i18n/fr.json': JSON.stringify({ 'site.name': 'Journée', skipLink: 'Aller au contenu' }),
        'content/i18n/translated-from/fr.json': JSON.stringify({ 'site.name': 'Mine Awareness Day', skipLink: 'Skip to content' }),
        'content/i18n/he.json': '{}',
      }),
      LOCALES,
    );
    expect(inventory.problems).toEqual([]);
    const [fr, he] = inventory.reports;
    expect(fr?.locale).toBe('fr');
    expect(fr?.pages).toMatchObject({ total: 3, done: 1, outdated: 1, missing: 1 });
    expect(fr?.pages.items.find((item) => item.id === 'about')).toMatchObject({ state: 'outdated', recorded: '0badf00d', current: about });
    expect(fr?.pages.items.find((item) => item.id === 'regions/index')).toMatchObject({ state: 'missing', file: 'content/pages/fr/regions/index.mdx' });
    expect(fr?.questions).toMatchObject({ total: 2, done: 1, outdated: 0, missing: 1 });
    // skipLink was translated from older English text: out of date; nav.label: missing.
    expect(fr?.strings).toMatchObject({ total: 3, done: 1, outdated: 1, missing: 1 });
    expect(fr?.strings.items.find((item) => item.id === 'skipLink')).toMatchObject({ recorded: 'Skip to content', current: 'Skip to main content' });
    expect(he).toMatchObject({ locale: 'he', pages: { done: 0, missing: 3 }, questions: { missing: 2 }, strings: { missing: 3 } });
  });

  it('reports unknown keys, orphan pages and questions, invalid YAML and stray folders, naming each file', () => {
    const inventory = readInventory(
      project({
        ...ENGLISH,
        'content/pages/fr/abuot.mdx': page('À propos'),
        'content/pages/fr/index.mdx': page('Accueil').replace('title: Accueil', 'title: Accueil: la journée'),
        'content/quiz/fr/day-dat.yaml': question('Quand ?'),
        'content/i18n/fr.json': JSON.stringify({ 'site.name': 'Journée', skipLnk: 'Aller', 'nav.label': ' ' }),
        'content/pages/de/index.mdx': page('Start'),
        'content/i18n/de.json': '{}',
      }),
      LOCALES,
    );
    const messages = inventory.problems.map(formatProblem);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/pages\/de\/: "de" is not a language in src\/i18n\/locales\.ts/),
        expect.stringMatching(/^content\/i18n\/de\.json: "de" is not a language/),
        expect.stringMatching(/^content\/pages\/fr\/index\.mdx, line 2, field "title": the text contains ": "/),
        expect.stringMatching(/^content\/pages\/fr\/abuot\.mdx: there is no English page content\/pages\/en\/abuot\.mdx/),
        expect.stringMatching(/^content\/quiz\/fr\/day-dat\.yaml: there is no English question/),
        expect.stringMatching(/^content\/i18n\/fr\.json, field "skipLnk": is not a key of content\/i18n\/en\.json/),
        expect.stringMatching(/^content\/i18n\/fr\.json, field "nav\.label": must be a text that is not empty/),
        expect.stringMatching(/^content\/i18n\/he\.json is missing/),
      ]),
    );
    expect(messages).toHaveLength(8);
  });

  it('names a JSON file that cannot be read, and a folder whose case differs from the registry', () => {
    const inventory = readInventory(
      project({ ...ENGLISH, 'content/i18n/fr.json': '{ "site.name": "Journée", }', 'content/i18n/he.json': '{}', 'content/quiz/HE/day-date.yaml': question('?') }),
      LOCALES,
    );
    expect(inventory.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/quiz\/HE\/: write the name as he, as in src\/i18n\/locales\.ts\.$/),
      expect.stringMatching(/^content\/i18n\/fr\.json is not valid JSON: .*line 1/),
    ]);
  });

  it('checks page fields and refuses a translation record in an English file', () => {
    const inventory = readInventory(
      project({ ...ENGLISH, 'content/pages/en/about.mdx': page('About', `translation:\n  source: "12345678"\n`).replace(/description: .*/, `description: ${'x'.repeat(201)}`), 'content/i18n/fr.json': '{}', 'content/i18n/he.json': '{}' }),
      LOCALES,
    );
    expect(inventory.problems.map(formatProblem)).toEqual([
      'content/pages/en/about.mdx, line 3, field "description": is 201 characters long; the limit is 200. Shorten it.',
      'content/pages/en/about.mdx, field "translation": English files are the source of every translation: remove this field.',
    ]);
  });

  it('asks for quotes around a fingerprint that YAML would read as a number', () => {
    const inventory = readInventory(project({ ...ENGLISH, 'content/pages/fr/about.mdx': page('À propos', 'translation:\n  source: 12345678\n'), 'content/i18n/fr.json': '{}', 'content/i18n/he.json': '{}' }), LOCALES);
    expect(inventory.problems.map(formatProblem)).toEqual([
      'content/pages/fr/about.mdx, line 6, field "translation.source": put the 8 characters in double quotes, for example source: "0123abcd".',
    ]);
  });
});

describe('figures and dates in pages and questions', () => {
  const FIGURES = 'content/data/figures.yaml';
  const registry = '- id: lm-2025-casualties\n  value: 6279\n  source: mag-lm-2025\n- id: share\n  value: 90\n  kind: percent\n  source: mag-lm-2025\n';
  const withFigures = (body: string) => page('About').replace('Body of About.', body);
  const english = {
    ...ENGLISH,
    [FIGURES]: registry,
    'content/pages/en/about.mdx': withFigures('On <DateText date="2005-12-08" />, <Fig id="lm-2025-casualties" /> casualties, <Fig id="share" /> civilians.'),
    'content/quiz/en/day-date.yaml': question('When? {fig:lm-2025-casualties} on {date:2005-12-08}'),
    'content/i18n/fr.json': '{}',
    'content/i18n/he.json': '{}',
  };
  const stamp = (file: keyof typeof english) => `translation:\n  source: "${sourceHash(english[file])}"\n`;
  const messages = (files: Record<string, string>) => readInventory(project({ ...english, ...files }), LOCALES).problems.map(formatProblem);

  it('accepts a translation that keeps every figure and date, in any order', () => {
    expect(
      messages({
        'content/pages/fr/about.mdx': page('À propos', stamp('content/pages/en/about.mdx')).replace('Body of À propos.', '<Fig id="share" /> de civils ; le <DateText date="2005-12-08" /> : <Fig id="lm-2025-casualties" />.'),
        'content/quiz/fr/day-date.yaml': question('Quand ? Le {date:2005-12-08}, {fig:lm-2025-casualties}', stamp('content/quiz/en/day-date.yaml')),
      }),
    ).toEqual([]);
  });

  it('names the page, the line and the id of a figure that is not in the registry', () => {
    const problems = messages({ 'content/pages/fr/index.mdx': page('Accueil').replace('Body of Accueil.', 'Texte.\n\n<Fig id="lm-2052-casualties" /> victimes.') });
    expect(problems).toEqual([expect.stringMatching(/^content\/pages\/fr\/index\.mdx, line 9: <Fig id="lm-2052-casualties">: there is no figure "lm-2052-casualties" in content\/data\/figures\.yaml/)]);
  });

  it('names the question file, line and field of a bad placeholder', () => {
    const problems = messages({ 'content/quiz/fr/safety-found-object.yaml': question('Que faire ?').replace('  - Kick it.', '  - Kick {fig:nope} times.').replace('Adults call the experts.', 'Le {date:2005-13-01}.') });
    expect(problems).toEqual([
      expect.stringMatching(/^content\/quiz\/fr\/safety-found-object\.yaml, line 6, field "wrong, item 2": \{fig:nope\}: there is no figure "nope"/),
      expect.stringMatching(/^content\/quiz\/fr\/safety-found-object\.yaml, line 8, field "explanation": \{date:2005-13-01\}: write the date/),
    ]);
  });

  it('reports an up-to-date translation that drops or adds a figure, naming the file and the id', () => {
    const problems = messages({
      'content/pages/fr/about.mdx': page('À propos', stamp('content/pages/en/about.mdx')).replace('Body of À propos.', 'Le 8 décembre 2005, 6 279 victimes, <Fig id="share" /> de civils.'),
      'content/quiz/fr/day-date.yaml': question('Quand ? {fig:lm-2025-casualties} {fig:share} le {date:2005-12-08}', stamp('content/quiz/en/day-date.yaml')),
    });
    expect(problems).toEqual([
      'content/pages/fr/about.mdx: <DateText date="2005-12-08" /> is in content/pages/en/about.mdx but not in this translation. Keep every figure and date of the English file, exactly as it writes them.',
      'content/pages/fr/about.mdx: <Fig id="lm-2025-casualties" /> is in content/pages/en/about.mdx but not in this translation. Keep every figure and date of the English file, exactly as it writes them.',
      "content/quiz/fr/day-date.yaml, line 2: {fig:share} is not in content/quiz/en/day-date.yaml. A translation uses the English file's figures and dates, no others.",
    ]);
  });

  it('leaves an out-of-date translation to its notice', () => {
    expect(messages({ 'content/pages/fr/about.mdx': page('À propos', 'translation:\n  source: "0badf00d"\n').replace('Body of À propos.', '6 279 victimes.') })).toEqual([]);
  });
});
