import { describe, expect, it } from 'vitest';
import { fill, isValidScore, parseScore, possibleScores, resultPath, scoreBand } from './quiz-result.ts';

describe('resultPath', () => {
  it('builds the result page path for every possible score', () => {
    expect(resultPath('/fr/quiz/result/', 7, 10)).toBe('/fr/quiz/result/7/');
    expect(possibleScores(10).map((s) => resultPath('/en/quiz/result/', s, 10))).toHaveLength(11);
    expect(resultPath('/base/ar/quiz/result/', 0, 10)).toBe('/base/ar/quiz/result/0/');
  });

  it.each([-1, 11, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '7' as unknown as number, null as unknown as number])('refuses the score %s', (score) => {
    expect(() => resultPath('/en/quiz/result/', score, 10)).toThrow(RangeError);
  });

  it('refuses a base that is not a plain path', () => {
    for (const base of ['en/quiz/result/', '/en/quiz/result', 'https://evil.example/', '/en/"><script>/']) {
      expect(() => resultPath(base, 5, 10)).toThrow();
    }
  });
});

describe('parseScore', () => {
  it('accepts only the plain digits of a valid score', () => {
    expect(parseScore('0', 10)).toBe(0);
    expect(parseScore('10', 10)).toBe(10);
    for (const bad of [undefined, '', '11', '-1', '07', '1e1', ' 5', '5 ', '5.0', '0x5', '<b>5</b>', '٥']) expect(parseScore(bad, 10), String(bad)).toBeUndefined();
  });
});

describe('isValidScore and possibleScores', () => {
  it('cover 0 to the total', () => {
    expect(possibleScores(3)).toEqual([0, 1, 2, 3]);
    expect(isValidScore(3, 3)).toBe(true);
    expect(isValidScore(4, 3)).toBe(false);
  });
});

describe('fill', () => {
  it('fills placeholders with plain text and leaves unknown ones visible', () => {
    expect(fill('I got {score} out of {total}.', { score: 7, total: 10 })).toBe('I got 7 out of 10.');
    expect(fill('{score} {missing}', { score: '<b>' })).toBe('<b> {missing}');
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });
});

describe('scoreBand', () => {
  it('matches a line to every score of a round of ten', () => {
    const bands = possibleScores(10).map((score) => scoreBand(score, 10));
    expect(bands).toEqual(['low', 'low', 'low', 'low', 'mid', 'mid', 'mid', 'high', 'high', 'high', 'perfect']);
  });

  it('works for shorter rounds, and refuses impossible scores', () => {
    expect(scoreBand(2, 2)).toBe('perfect');
    expect(scoreBand(0, 2)).toBe('low');
    expect(scoreBand(1, 2)).toBe('mid');
    expect(() => scoreBand(11, 10)).toThrow(RangeError);
    expect(() => scoreBand(0, 0)).toThrow(RangeError);
  });
});
