import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addToRegistry, checkNames, registryLine } from './scaffold-locale.ts';

const registry = readFileSync('src/i18n/locales.ts', 'utf8');

describe('addToRegistry', () => {
  it('adds the line at the end of the LOCALES list, leaving the rest of the file as it was', () => {
    const added = addToRegistry(registry, { code: 'he', nativeName: 'עברית', englishName: 'Hebrew', dir: 'rtl' });
    expect(added).toBe(registry.replace('] as const satisfies', "  { code: 'he', nativeName: 'עברית', englishName: 'Hebrew', dir: 'rtl' },\n] as const satisfies"));
  });

  it('quotes names safely', () => {
    expect(registryLine({ code: 'fr-CA', nativeName: "français (Canada)", englishName: "Canadian French's \\ test", dir: 'ltr' })).toBe(
      "  { code: 'fr-CA', nativeName: 'français (Canada)', englishName: 'Canadian French\\'s \\\\ test', dir: 'ltr' },",
    );
  });

  it('refuses a registry it cannot find the end of', () => {
    expect(() => addToRegistry('export const LOCALES = [];', { code: 'he', nativeName: 'עברית', englishName: 'Hebrew', dir: 'rtl' })).toThrow(/Add the line by hand/);
  });
});

describe('checkNames', () => {
  it('accepts names and refuses empty, long or markup-like ones', () => {
    expect(checkNames({ nativeName: '中文（简体）', englishName: 'Chinese (Simplified)' })).toBeUndefined();
    expect(checkNames({ nativeName: ' ', englishName: 'Hebrew' })).toMatch(/--native-name is empty/);
    expect(checkNames({ nativeName: 'x'.repeat(41), englishName: 'Hebrew' })).toMatch(/40/);
    expect(checkNames({ nativeName: 'עברית', englishName: '<b>Hebrew</b>' })).toMatch(/--english-name may not contain/);
  });
});
