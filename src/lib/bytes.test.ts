import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes.ts';

describe('formatBytes', () => {
  it('gives kilobytes, rounded up, and megabytes with one decimal', () => {
    expect(formatBytes(850_001, 'en')).toBe('851 kB');
    expect(formatBytes(1, 'en')).toBe('1 kB');
    expect(formatBytes(2_430_000, 'en')).toBe('2.4 MB');
  });

  it("uses the locale's conventions", () => {
    expect(formatBytes(2_430_000, 'fr')).toMatch(/^2,4\s?Mo$/);
    expect(formatBytes(2_430_000, 'ar-u-nu-latn')).toMatch(/2\.4/);
  });
});
