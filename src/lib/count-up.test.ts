import { describe, expect, it } from 'vitest';
import { COUNT_UP_MS, countUpValue } from './count-up.ts';

describe('countUpValue', () => {
  it('starts at 0 and ends exactly on the target, and stays there', () => {
    expect(countUpValue(6279, 0)).toBe(0);
    expect(countUpValue(6279, COUNT_UP_MS)).toBe(6279);
    expect(countUpValue(6279, COUNT_UP_MS * 3)).toBe(6279);
    expect(countUpValue(6279, -50)).toBe(0);
  });

  it('only ever rises, in whole people, and slows down towards the end', () => {
    const frames = Array.from({ length: 121 }, (_, i) => countUpValue(6279, (i * COUNT_UP_MS) / 120));
    expect(frames.every(Number.isInteger)).toBe(true);
    expect(frames).toEqual([...frames].sort((a, b) => a - b));
    // Half the time has passed: well over half the number is shown (7/8 with this curve).
    expect(countUpValue(6279, COUNT_UP_MS / 2)).toBe(Math.round(6279 * 0.875));
  });
});
