import { describe, expect, it } from 'vitest';
import { checkLocaleCode, scriptOf } from './locale-code.ts';

const refused = (code: string, existing: string[] = []) => {
  const result = checkLocaleCode(code, existing);
  if (result.ok) throw new Error(`${code} was accepted`);
  return result.message;
};

describe('checkLocaleCode', () => {
  it('accepts tags as written, with region and script subtags in their standard case', () => {
    for (const code of ['es', 'es-MX', 'zh-Hans', 'he', 'pt-BR', 'es-419', 'sr-Latn', 'fil']) {
      expect(checkLocaleCode(code)).toMatchObject({ ok: true, code });
    }
  });

  it('offers the names ICU knows and the script the language is written in', () => {
    expect(checkLocaleCode('zh-Hans')).toMatchObject({ englishName: 'Simplified Chinese', nativeName: '简体中文', script: 'Hans' });
    expect(checkLocaleCode('he')).toMatchObject({ nativeName: 'עברית', script: 'Hebr' });
    expect(checkLocaleCode('es-MX')).toMatchObject({ script: 'Latn' });
  });

  it('refuses a word that is not a language code, saying what to write', () => {
    expect(refused('espanol')).toBe(
      '"espanol" is not a language code this site can use: "espanol" is not an ISO 639 language code. Use the 2- or 3-letter code, for example es (Spanish), es-MX (Spanish as used in Mexico) or zh-Hans (Chinese in simplified characters).',
    );
    expect(refused('xx')).toMatch(/not an ISO 639 language code/);
    expect(refused('qaa')).toMatch(/not an ISO 639 language code/);
  });

  it('refuses malformed tags', () => {
    for (const code of ['', 'e', 'es-', 'spanish language', '12', 'es--MX']) expect(refused(code)).toMatch(/language tag|BCP 47/);
  });

  it('asks for the standard spelling instead of guessing it', () => {
    expect(refused('es-mx')).toMatch(/write it as es-MX/);
    expect(refused('ZH-hans')).toMatch(/write it as zh-Hans/);
    expect(refused('es_MX')).toMatch(/hyphen.*\(es-MX\)/);
    expect(refused('iw')).toMatch(/write it as he/); // the old code for Hebrew
  });

  it('refuses unknown scripts and regions, and extensions', () => {
    expect(refused('es-Abcd')).toMatch(/script code/);
    expect(refused('es-QQ')).toMatch(/region code/);
    expect(refused('ar-u-nu-latn')).toMatch(/intl/);
    expect(refused('en-x-test')).toMatch(/private-use/);
  });

  it('refuses a code already in the registry, whatever its case', () => {
    expect(refused('fr', ['en', 'fr'])).toMatch(/fr is already in src\/i18n\/locales\.ts/);
    expect(refused('es-MX', ['es-MX'])).toMatch(/already/);
  });
});

describe('scriptOf', () => {
  it('gives the usual script of each language', () => {
    expect(['en', 'fr', 'ar', 'ru', 'zh-Hans', 'zh-Hant', 'he', 'hi', 'ja'].map(scriptOf)).toEqual(['Latn', 'Latn', 'Arab', 'Cyrl', 'Hans', 'Hant', 'Hebr', 'Deva', 'Jpan']);
  });
});
