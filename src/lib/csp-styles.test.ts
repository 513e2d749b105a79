import { describe, expect, it } from 'vitest';
import { styleHash, withStyleHashes } from './csp-styles.ts';

const page = (styles: string[], styleSrc: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src ${styleSrc}; script-src 'self'">${styles.map((s) => `<style>${s}</style>`).join('')}</head><body></body></html>`;

describe('withStyleHashes', () => {
  it('adds the hash of a style the policy does not list, and keeps the other directives', () => {
    const known = 'a{color:red}';
    const unknown = '.b{color:blue}';
    const { html, added } = withStyleHashes(page([known, unknown], `'self' ${styleHash(known)}`));
    expect(added).toBe(1);
    const csp = /content="([^"]*)"/.exec(html)![1]!;
    expect(csp).toContain(`style-src 'self' ${styleHash(known)} ${styleHash(unknown)}`);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
  });

  it('leaves a page whose styles are all listed as it is', () => {
    const css = 'a{color:red}';
    const html = page([css], `'self' ${styleHash(css)}`);
    expect(withStyleHashes(html)).toEqual({ html, added: 0 });
  });

  it('gives the hash browsers compute (SHA-256 of the UTF-8 text, base64)', () => {
    // echo -n 'a{color:red}' | openssl dgst -sha256 -binary | base64
    expect(styleHash('a{color:red}')).toBe("'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='");
  });
});
