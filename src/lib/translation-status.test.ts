import { describe, expect, it } from 'vitest';
import { comparePages, missingKeys } from './translation-status.ts';

describe('comparePages', () => {
  const day = (n: number) => new Date(Date.UTC(2026, 10, n));

  it('reports each English page as translated, missing or outdated', () => {
    const source = [
      { path: 'index.mdx', changed: day(1) },
      { path: 'about.mdx', changed: day(5) },
      { path: 'glossary.mdx', changed: day(2) },
    ];
    const translation = [
      { path: 'index.mdx', changed: day(3) },
      { path: 'about.mdx', changed: day(4) },
    ];
    expect(comparePages(source, translation)).toEqual([
      { path: 'index.mdx', status: 'translated' },
      { path: 'about.mdx', status: 'outdated' },
      { path: 'glossary.mdx', status: 'missing' },
    ]);
  });

  it('does not guess when dates are unknown', () => {
    expect(comparePages([{ path: 'a.mdx' }], [{ path: 'a.mdx', changed: day(1) }])).toEqual([{ path: 'a.mdx', status: 'translated' }]);
  });
});

describe('missingKeys', () => {
  it('lists English keys the locale lacks, in English order', () => {
    expect(missingKeys(['a', 'b', 'c'], ['c', 'a', 'stale'])).toEqual(['b']);
  });
});
