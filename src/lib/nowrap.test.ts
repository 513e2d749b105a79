import { describe, expect, it } from 'vitest';
import { keepNumberWordsWhole } from './nowrap.ts';

describe('keepNumberWordsWhole', () => {
  it('marks a number joined to a word by a hyphen', () => {
    expect(keepNumberWordsWhole('For teachers: a 45-minute lesson')).toEqual([
      { text: 'For teachers: a ', keepWhole: false },
      { text: '45-minute', keepWhole: true },
      { text: ' lesson', keepWhole: false },
    ]);
  });
  it('keeps the text as it is, and leaves other hyphens alone', () => {
    const text = 'A 10-year-old and a well-known rule';
    expect(keepNumberWordsWhole(text).map((piece) => piece.text).join('')).toBe(text);
    expect(keepNumberWordsWhole(text).filter((piece) => piece.keepWhole).map((piece) => piece.text)).toEqual(['10-year-old']);
  });
  it('returns a title without such words as one piece', () => {
    expect(keepNumberWordsWhole('Staying safe')).toEqual([{ text: 'Staying safe', keepWhole: false }]);
  });
});
