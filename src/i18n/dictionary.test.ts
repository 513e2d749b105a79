import { describe, expect, it } from 'vitest';
import { createTranslator, interpolate, parseDictionaryFile, validateDictionary } from './dictionary.ts';

const keys = ['greeting', 'farewell', 'notice'] as const;
type Key = (typeof keys)[number];

describe('validateDictionary', () => {
  it('accepts a complete English file', () => {
    const en = { greeting: 'Hello', farewell: 'Goodbye', notice: 'Not in {language} yet' };
    expect(validateDictionary('content/i18n/en.json', en, keys, { complete: true })).toEqual(en);
  });

  it('requires every key in the source language, naming the file and the key', () => {
    expect(() => validateDictionary('content/i18n/en.json', { greeting: 'Hello' }, keys, { complete: true })).toThrow(
      /content\/i18n\/en\.json has invalid UI strings:\n {2}- "farewell": missing\n {2}- "notice": missing/,
    );
  });

  it('lets other locales leave keys out', () => {
    expect(validateDictionary('content/i18n/fr.json', { greeting: 'Bonjour' }, keys, { complete: false })).toEqual({ greeting: 'Bonjour' });
  });

  it('rejects unknown keys, empty strings and non-strings', () => {
    expect(() => validateDictionary('content/i18n/fr.json', { greting: 'Bonjour' }, keys, { complete: false })).toThrow(
      '"greting": not a key of the English file',
    );
    expect(() => validateDictionary('content/i18n/fr.json', { greeting: '  ' }, keys, { complete: false })).toThrow(/content\/i18n\/fr\.json[\s\S]*"greeting"/);
    expect(() => validateDictionary('content/i18n/fr.json', { greeting: 3 }, keys, { complete: false })).toThrow(/"greeting"/);
  });

  it('rejects a file that is not an object', () => {
    for (const bad of [null, [], 'text', 7]) {
      expect(() => validateDictionary('content/i18n/fr.json', bad, keys, { complete: false })).toThrow(/content\/i18n\/fr\.json/);
    }
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Question {n} of {total}', { n: 3, total: 10 })).toBe('Question 3 of 10');
    expect(interpolate('Hello {name}')).toBe('Hello {name}');
  });

  it('inserts values as text, never re-interpreting them', () => {
    expect(interpolate('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });

  it('uses only the values given, never inherited properties', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(interpolate(`Hello {${name}}`, { n: 1 })).toBe(`Hello {${name}}`);
      expect(interpolate(`Hello {${name}}`)).toBe(`Hello {${name}}`);
    }
    expect(interpolate('{constructor}', { constructor: 'own value' })).toBe('own value');
  });
});

describe('createTranslator', () => {
  const dictionaries = {
    en: { greeting: 'Hello', farewell: 'Goodbye', notice: 'Not in {language} yet' },
    fr: { greeting: 'Bonjour' },
  } satisfies Partial<Record<'en' | 'fr' | 'ar', Partial<Record<Key, string>>>>;

  it('uses the locale’s own string where it has one', () => {
    const t = createTranslator<Key>('fr', dictionaries);
    expect(t('greeting')).toBe('Bonjour');
    expect(t.localeOf('greeting')).toBe('fr');
  });

  it('falls back to English key by key', () => {
    const t = createTranslator<Key>('fr', dictionaries);
    expect(t('farewell')).toBe('Goodbye');
    expect(t.localeOf('farewell')).toBe('en');
  });

  it('falls back entirely for a locale with no file yet', () => {
    const t = createTranslator<Key>('ar', dictionaries);
    expect(t('notice', { language: 'العربية' })).toBe('Not in العربية yet');
  });
});

describe('parseDictionaryFile', () => {
  it('parses a valid file', () => {
    expect(parseDictionaryFile('content/i18n/fr.json', '{ "greeting": "Bonjour" }')).toEqual({ greeting: 'Bonjour' });
  });

  it('names the file and the place of a syntax error, in words, with no stack trace first', () => {
    const broken = '{\n  "greeting": "Bonjour"\n  "farewell": "Au revoir"\n}\n';
    let message = '';
    try {
      parseDictionaryFile('content/i18n/fr.json', broken);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^content\/i18n\/fr\.json is not valid JSON: /);
    expect(message).toMatch(/line 3/);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('names the file when it is empty', () => {
    expect(() => parseDictionaryFile('content/i18n/ar.json', '')).toThrow(/^content\/i18n\/ar\.json is not valid JSON/);
  });
});
