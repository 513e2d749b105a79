import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { HASHTAG, messageWithUrl, shareLinks, SHARE_TARGETS, withHashtag } from './share.ts';

const message = {
  title: 'Mine Awareness Day quiz',
  text: `J’ai eu 7 sur 10 & « bravo » ${HASHTAG}?`,
  url: 'https://example.org/fr/quiz/result/7/',
};

describe('shareLinks', () => {
  const links = Object.fromEntries(shareLinks(message).map(({ target, href }) => [target, new URL(href)]));

  it('offers every target, in order', () => {
    expect(shareLinks(message).map((link) => link.target)).toEqual([...SHARE_TARGETS]);
  });

  it('puts the encoded text and URL where each service reads them', () => {
    expect(links.email!.protocol).toBe('mailto:');
    expect(links.email!.searchParams.get('subject')).toBe(message.title);
    expect(links.email!.searchParams.get('body')).toBe(`${message.text}\n\n${message.url}`);
    expect(links.whatsapp!.origin).toBe('https://wa.me');
    expect(links.whatsapp!.searchParams.get('text')).toBe(`${message.text} ${message.url}`);
    expect(links.x!.href.startsWith('https://x.com/intent/tweet?')).toBe(true);
    expect(links.x!.searchParams.get('text')).toBe(message.text);
    expect(links.x!.searchParams.get('url')).toBe(message.url);
    expect(links.facebook!.searchParams.get('u')).toBe(message.url);
    expect(links.linkedin!.searchParams.get('url')).toBe(message.url);
    expect(links.telegram!.searchParams.get('url')).toBe(message.url);
    expect(links.telegram!.searchParams.get('text')).toBe(message.text);
  });

  it('encodes everything: no raw &, #, space or quote survives in an href', () => {
    for (const { href } of shareLinks({ ...message, text: 'a&b=c#d "e" <f>' })) {
      const query = href.slice(href.indexOf('?') + 1);
      expect(query).not.toMatch(/[#" <>]|&(?![a-z]+=)/);
    }
  });

  it('shares only web addresses', () => {
    expect(() => shareLinks({ ...message, url: 'javascript:alert(1)' })).toThrow();
    expect(() => shareLinks({ ...message, url: '/fr/quiz/result/7/' })).toThrow();
  });
});

describe('the message', () => {
  it('fills the hashtag in, or adds it when a translation left it out', () => {
    expect(withHashtag('I got 7 in the {hashtag} quiz.')).toBe(`I got 7 in the ${HASHTAG} quiz.`);
    expect(withHashtag('I got 7.')).toBe(`I got 7. ${HASHTAG}`);
    expect(withHashtag(`Already ${HASHTAG}`)).toBe(`Already ${HASHTAG}`);
  });

  it('is copied with its link', () => {
    expect(messageWithUrl(message)).toBe(`${message.text} ${message.url}`);
  });

  it('every locale that translates the share text keeps its placeholders', () => {
    for (const locale of LOCALE_CODES) {
      const strings = JSON.parse(readFileSync(`content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;
      const text = strings['quiz.shareText'];
      if (text === undefined) continue;
      for (const placeholder of ['{score}', '{total}', '{hashtag}']) expect(text, `${locale}: quiz.shareText`).toContain(placeholder);
    }
  });
});
