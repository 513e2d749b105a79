import { describe, expect, it } from 'vitest';
import { addressWarning, isPublicAddress, LOCAL_SITE, siteAddress } from './site-address.ts';

describe('isPublicAddress', () => {
  it('refuses addresses only this computer can reach', () => {
    for (const site of [LOCAL_SITE, 'http://localhost', 'http://app.localhost:8080', 'http://127.0.0.1:4450/', 'http://127.1.2.3', 'http://0.0.0.0:4321', 'http://[::1]:4321']) {
      expect(isPublicAddress(site), site).toBe(false);
    }
  });

  it('accepts a real domain or a network address', () => {
    for (const site of ['https://mineawareness.example.org', 'https://example.org/sub/', 'http://192.168.1.20:8080', 'https://localhost.example.com']) {
      expect(isPublicAddress(site), site).toBe(true);
    }
  });
});

describe('siteAddress', () => {
  it('is the local address when SITE_URL is not set', () => {
    for (const value of [undefined, '', '  ']) expect(siteAddress(value)).toBe(LOCAL_SITE);
  });

  it('uses an address as given', () => {
    expect(siteAddress('https://example.org')).toBe('https://example.org');
  });

  it('fails clearly on a value that is not a web address', () => {
    expect(() => siteAddress('example.org')).toThrow(/SITE_URL "example.org" is not a web address/);
    expect(() => siteAddress('ftp://example.org')).toThrow(/must start with https:\/\//);
  });
});

describe('addressWarning', () => {
  it('says in one line that SITE_URL is missing, what that affects and how to set it', () => {
    const warning = addressWarning(siteAddress(undefined))!;
    expect(warning).not.toContain('\n');
    expect(warning).toMatch(/^SITE_URL is not set/);
    for (const affected of ['canonical', 'sitemap', 'embed code', 'Share page', LOCAL_SITE]) expect(warning).toContain(affected);
    expect(warning).toContain('SITE_URL=https://');
  });

  it('warns about a local address given on purpose, and not about a public one', () => {
    expect(addressWarning('http://127.0.0.1:4321')).toMatch(/only this computer can reach/);
    expect(addressWarning(new URL('https://example.org'))).toBeUndefined();
  });
});
