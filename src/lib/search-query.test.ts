import { describe, expect, it } from 'vitest';
import { excerptParts, isResultUrl, MAX_QUERY_LENGTH, normalizeQuery, queryFromSearch } from './search-query.ts';

describe('normalizeQuery', () => {
  it('trims and collapses whitespace', () => {
    expect(normalizeQuery('  mine \n\t action  ')).toBe('mine action');
  });

  it('gives an empty query for anything but a non-blank string', () => {
    expect(normalizeQuery(null)).toBe('');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(['mines'])).toBe('');
    expect(normalizeQuery('   ')).toBe('');
    expect(normalizeQuery('\u0000\u202E')).toBe('');
  });

  it('removes control and bidirectional override characters but keeps joiners', () => {
    expect(normalizeQuery('mi\u0000nes\u202Eevil')).toBe('mi nes evil');
    expect(normalizeQuery('\u2067ألغام\u2069')).toBe('ألغام');
    expect(normalizeQuery('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });

  it('keeps markup as plain characters: it is only ever shown as text', () => {
    expect(normalizeQuery('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('cuts long queries on a character boundary', () => {
    expect(Array.from(normalizeQuery('a'.repeat(500)))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = normalizeQuery('😀'.repeat(MAX_QUERY_LENGTH + 5));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji.isWellFormed()).toBe(true);
  });

  it('composes characters typed in decomposed form', () => {
    expect(normalizeQuery('de\u0301minage')).toBe('déminage');
  });
});

describe('queryFromSearch', () => {
  it('reads and normalises q', () => {
    expect(queryFromSearch('?q=mine+action')).toBe('mine action');
    expect(queryFromSearch('?q=%D8%A3%D9%84%D8%BA%D8%A7%D9%85')).toBe('ألغام');
    expect(queryFromSearch('?lang=fr')).toBe('');
    expect(queryFromSearch('')).toBe('');
  });

  it('survives malformed percent-encoding', () => {
    expect(queryFromSearch('?q=%E0%A4%A')).toBe('\uFFFD%A');
    expect(queryFromSearch('?q=%ZZ')).toBe('%ZZ');
  });

  it('takes the first q when several are given', () => {
    expect(queryFromSearch('?q=one&q=two')).toBe('one');
  });
});

describe('excerptParts', () => {
  it('splits matched words from the text around them', () => {
    expect(excerptParts('the <mark>mines</mark> left <mark>behind</mark>.')).toEqual([
      { text: 'the ', marked: false },
      { text: 'mines', marked: true },
      { text: ' left ', marked: false },
      { text: 'behind', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('keeps any other markup as text', () => {
    const parts = excerptParts('Code: <iframe src="x" onload="alert(1)"></iframe> <mark>embed</mark>');
    expect(parts[0]).toEqual({ text: 'Code: <iframe src="x" onload="alert(1)"></iframe> ', marked: false });
    expect(parts[1]).toEqual({ text: 'embed', marked: true });
  });

  it('merges adjacent marks and tolerates an unclosed mark', () => {
    expect(excerptParts('<mark>mine</mark><mark>field</mark> <mark>open')).toEqual([
      { text: 'minefield', marked: true },
      { text: ' ', marked: false },
      { text: 'open', marked: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('isResultUrl', () => {
  it('accepts paths under the language prefix only', () => {
    expect(isResultUrl('/fr/about/', '/fr/')).toBe(true);
    expect(isResultUrl('/site/fr/about/#x', '/site/fr/')).toBe(true);
    expect(isResultUrl('/en/about/', '/fr/')).toBe(false);
    expect(isResultUrl('//evil.example/fr/', '/fr/')).toBe(false);
    expect(isResultUrl('javascript:alert(1)', '/fr/')).toBe(false);
    expect(isResultUrl('/fr/../en/', '/fr/')).toBe(false);
    expect(isResultUrl('/fr/a"onmouseover="x', '/fr/')).toBe(false);
    expect(isResultUrl(undefined, '/fr/')).toBe(false);
  });
});
