import { describe, expect, it } from 'vitest';
import { currentNavHref } from './nav-current.ts';

const nav = ['/en/', '/en/the-day/', '/en/regions/', '/en/quiz/'];

describe('currentNavHref', () => {
  it('marks a page itself', () => {
    expect(currentNavHref(nav, '/en/the-day/', '/en/')).toBe('/en/the-day/');
  });
  it('marks the Quiz for a result page and Regions for a country', () => {
    expect(currentNavHref(nav, '/en/quiz/result/7/', '/en/')).toBe('/en/quiz/');
    expect(currentNavHref(nav, '/en/regions/cambodia/', '/en/')).toBe('/en/regions/');
  });
  it('marks Home only on the home page', () => {
    expect(currentNavHref(nav, '/en/', '/en/')).toBe('/en/');
    expect(currentNavHref(nav, '/en/sources/', '/en/')).toBeUndefined();
  });
  it('does not match a longer slug that only starts the same', () => {
    expect(currentNavHref(['/en/quiz/'], '/en/quizzes/', '/en/')).toBeUndefined();
  });
});
