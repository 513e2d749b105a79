import { describe, expect, it } from 'vitest';
import { sourceHash } from './source-hash.ts';
import { compareItems, orphans, pageSlug } from './translation-status.ts';

const english = [
  { id: 'index', file: 'content/pages/en/index.mdx', current: 'aaaaaaaa' },
  { id: 'about', file: 'content/pages/en/about.mdx', current: 'bbbbbbbb' },
  { id: 'glossary', file: 'content/pages/en/glossary.mdx', current: 'cccccccc' },
];
const fileFor = (id: string) => `content/pages/fr/${id}.mdx`;

describe('compareItems', () => {
  it('marks each English item done, out of date or missing by the recorded source', () => {
    const report = compareItems(
      english,
      [
        { id: 'index', file: 'content/pages/fr/index.mdx', recorded: 'aaaaaaaa' },
        { id: 'about', file: 'content/pages/fr/about.mdx', recorded: '12345678' },
      ],
      fileFor,
    );
    expect(report).toMatchObject({ total: 3, done: 1, outdated: 1, missing: 1 });
    expect(report.items.map((item) => [item.id, item.state, item.file])).toEqual([
      ['index', 'done', 'content/pages/fr/index.mdx'],
      ['about', 'outdated', 'content/pages/fr/about.mdx'],
      ['glossary', 'missing', 'content/pages/fr/glossary.mdx'],
    ]);
    expect(report.items[1]).toMatchObject({ current: 'bbbbbbbb', recorded: '12345678', englishFile: 'content/pages/en/about.mdx' });
  });

  it('counts a translation that records no source as out of date, so it is checked once', () => {
    expect(compareItems(english.slice(0, 1), [{ id: 'index', file: 'x' }], fileFor).items[0]?.state).toBe('outdated');
  });

  it('follows a change to the English file, with no dates or git involved', () => {
    const before = '---\ntitle: About\n---\nText.\n';
    const after = '---\ntitle: About\n---\nText, corrected.\n';
    const translation = [{ id: 'about', file: 'content/pages/fr/about.mdx', recorded: sourceHash(before) }];
    expect(compareItems([{ id: 'about', file: 'en', current: sourceHash(before) }], translation, fileFor).done).toBe(1);
    expect(compareItems([{ id: 'about', file: 'en', current: sourceHash(after) }], translation, fileFor).outdated).toBe(1);
  });
});

describe('sourceHash', () => {
  it('is 8 hex digits that ignore line endings and trailing blank lines', () => {
    expect(sourceHash('a\nb\n')).toMatch(/^[0-9a-f]{8}$/);
    expect(sourceHash('a\r\nb\r\n\r\n')).toBe(sourceHash('a\nb'));
    expect(sourceHash('a\nb')).not.toBe(sourceHash('a\nc'));
  });
});

describe('orphans', () => {
  it('lists translations with no English item', () => {
    expect(orphans(english, [{ id: 'about', file: 'a' }, { id: 'abuot', file: 'b' }])).toEqual([{ id: 'abuot', file: 'b' }]);
  });
});

describe('pageSlug', () => {
  it('turns index files into their folder', () => {
    expect(['index', 'about', 'regions/index', 'regions/cambodia'].map(pageSlug)).toEqual(['', 'about', 'regions', 'regions/cambodia']);
  });
});
