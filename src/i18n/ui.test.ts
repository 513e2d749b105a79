// The real UI-string files, loaded as the site loads them.
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

  it('translate the strings a reader meets first', () => {
    for (const locale of LOCALE_CODES.filter((code) => code !== 'en')) {
      const t = useTranslations(locale);
      for (const key of ['skipLink', 'fallback.notice', 'notFound.title', 'language.label'] as const) {
        expect(t.localeOf(key), `${locale}: ${key}`).toBe(locale);
      }
    }
  });
});
