// The real UI-string files, loaded as the site loads them.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import english from '../../content/i18n/en.json';
import { LOCALE_CODES } from './locales.ts';
import { useTranslations, type UIKey } from './ui.ts';

describe('content/i18n files', () => {
  it('load and validate for every locale', () => {
    for (const locale of LOCALE_CODES) expect(useTranslations(locale)('site.name')).not.toBe('');
  });

  it('give every key a string in every locale, through fallback', () => {
    for (const locale of LOCALE_CODES) {
      const t = useTranslations(locale);
      for (const key of Object.keys(english) as UIKey[]) expect(t(key).trim()).not.toBe('');
    }
  });

  // A language may start with nothing translated; once it publishes its home page, the
  // strings around it must be in that language too.
  it('translate the strings a reader meets first, in every locale that has its own home page', () => {
    const published = LOCALE_CODES.filter((code) => code !== 'en' && existsSync(`content/pages/${code}/index.mdx`));
    expect(published, 'French and Arabic have their home pages').toEqual(expect.arrayContaining(['fr', 'ar']));
    for (const locale of published) {
      const t = useTranslations(locale);
      for (const key of ['skipLink', 'fallback.notice', 'notFound.title', 'language.label'] as const) {
        expect(t.localeOf(key), `${locale}: ${key}`).toBe(locale);
      }
    }
  });
});
