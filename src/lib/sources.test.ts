import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertCitationsKnown, citedIds, numberSources, sourceSchema } from './sources.ts';

describe('citedIds', () => {
  it('finds <Cite> ids in order of first appearance, once each', () => {
    const body = 'A.<Cite id="b" /> B.<Cite id=\'a\'/> C.<Cite  id="b"/> <Citation id="x" />';
    expect(citedIds(body)).toEqual(['b', 'a']);
  });
});

describe('numberSources', () => {
  it('numbers by kind, then publisher and date, independent of file order', () => {
    const sources = [
      { id: 'news-1', kind: 'news', publisher: 'EFE', date: '2024' },
      { id: 'lm-2', kind: 'monitor', publisher: 'Monitor', date: '2023' },
      { id: 'un-1', kind: 'official', publisher: 'UNMAS', date: '2018' },
      { id: 'lm-1', kind: 'monitor', publisher: 'Monitor', date: '2019' },
    ] as const;
    const numbers = numberSources(sources);
    expect([...numbers]).toEqual([
      ['un-1', 1],
      ['lm-1', 2],
      ['lm-2', 3],
      ['news-1', 4],
    ]);
    expect(numberSources([...sources].reverse())).toEqual(numbers);
  });
});

describe('assertCitationsKnown', () => {
  it('fails naming the file and the unknown id', () => {
    expect(() => assertCitationsKnown('content/pages/en/x.mdx', '<Cite id="nope" />', new Set(['yes']))).toThrow(
      'content/pages/en/x.mdx: <Cite> names "nope", not in content/sources.yaml.',
    );
    expect(() => assertCitationsKnown('f', '<Cite id="yes" />', new Set(['yes']))).not.toThrow();
  });
});

describe('sourceSchema', () => {
  const valid = { id: 'lm-2025', publisher: 'MAG', title: 'Out now', date: '2025', url: 'https://example.org/a', kind: 'operator' };

  it('accepts dates as YAML gives them', () => {
    expect(sourceSchema.parse({ ...valid, date: new Date('2024-11-20') }).date).toBe('2024-11-20');
    expect(sourceSchema.parse({ ...valid, date: 2018 }).date).toBe('2018');
  });

  it.each([
    ['id', { ...valid, id: 'LM 2025' }],
    ['url', { ...valid, url: 'javascript:alert(1)' }],
    ['kind', { ...valid, kind: 'blog' }],
    ['date', { ...valid, date: 'last year' }],
  ])('rejects a bad %s', (field, data) => {
    const result = sourceSchema.safeParse(data);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

// The real registry and content.
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('content/sources.yaml', () => {
  const registry = parse(readFileSync('content/sources.yaml', 'utf8')) as Array<Record<string, unknown>>;

  it('has valid entries with unique ids', () => {
    const ids = registry.map((entry) => sourceSchema.parse(entry).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every source cited somewhere, or marked as further reading', () => {
    const texts = filesUnder('content')
      .filter((file) => file !== join('content', 'sources.yaml'))
      .map((file) => readFileSync(file, 'utf8'));
    const cited = new Set(texts.flatMap((text) => citedIds(text)));
    // Data and quiz files name their source with a `source` field.
    for (const text of texts) for (const m of text.matchAll(/["']?source["']?\s*:\s*["']?([a-z0-9-]+)/g)) cited.add(m[1]!);
    const uncited = registry.filter((entry) => !entry.furtherReading && !cited.has(entry.id as string)).map((entry) => entry.id);
    expect(uncited).toEqual([]);
  });
});
