import { describe, expect, it } from 'vitest';
import { isPublicAddress, LOCAL_SITE, siteAddress } from './site-address.ts';

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
  it('falls back to the local address with a one-line warning saying what it affects and how to set it', () => {
    for (const value of [undefined, '', '  ']) {
      const { site, warning } = siteAddress(value);
      expect(site).toBe(LOCAL_SITE);
      expect(warning).toBeDefined();
      expect(warning).not.toContain('\n');
      expect(warning).toMatch(/^SITE_URL is not set/);
      for (const affected of ['canonical', 'sitemap', 'embed code', 'Share page']) expect(warning).toContain(affected);
      expect(warning).toContain('SITE_URL=https://');
    }
  });

  it('uses a public address as given, without a warning', () => {
    expect(siteAddress('https://example.org')).toEqual({ site: 'https://example.org' });
  });

  it('warns about a local address given on purpose', () => {
    expect(siteAddress('http://127.0.0.1:4321').warning).toMatch(/only this computer can reach/);
  });

  it('fails clearly on a value that is not a web address', () => {
    expect(() => siteAddress('example.org')).toThrow(/SITE_URL "example.org" is not a web address/);
    expect(() => siteAddress('ftp://example.org')).toThrow(/must start with https:\/\//);
  });
});
