import { describe, expect, it } from 'vitest';
import { pageKind } from './page-kind.ts';

describe('pageKind', () => {
  it('tells the home page, region pages and the other pages apart', () => {
    expect(pageKind('')).toBe('home');
    expect(pageKind('regions/cambodia')).toBe('region');
    // The list of regions is an ordinary page.
    expect(pageKind('regions')).toBe('page');
    expect(pageKind('the-day')).toBe('page');
  });
});
