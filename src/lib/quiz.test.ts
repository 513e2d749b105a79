import { describe, expect, it } from 'vitest';
import { drawQuestions, hashSeed, missedQuestions, mulberry32, newRound, OPTION_COUNT, optionOrder, permutation, ROUND_SIZE, scoreRound, shuffle } from './quiz.ts';

const TOPICS = ['the-day', 'treaties', 'global', 'safety', 'regions', 'deminers', 'myths'];
const choice = { options: ['a', 'b', 'c', 'd'], fixedOrder: false };
const trueFalse = { options: ['True', 'False'], fixedOrder: true };
// 4 questions per topic, like the real bank; the fourth of each is true/false.
const bank = TOPICS.flatMap((topic) => [1, 2, 3, 4].map((n) => ({ id: `${topic}-${n}`, topic, ...(n === 4 ? trueFalse : choice) })));

describe('mulberry32', () => {
  it('gives the same sequence for the same seed, and numbers in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  it('gives different sequences for different seeds', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('hashSeed', () => {
  it('is stable and spreads nearby strings', () => {
    expect(hashSeed('day-date')).toBe(hashSeed('day-date'));
    expect(hashSeed('day-date')).not.toBe(hashSeed('day-dates'));
    expect(Number.isInteger(hashSeed(''))).toBe(true);
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone', () => {
    const input = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const out = shuffle(input, mulberry32(7));
    expect([...out].sort()).toEqual([...input]);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('is deterministic for a seed', () => {
    expect(shuffle([...'abcdefgh'], mulberry32(3))).toEqual(shuffle([...'abcdefgh'], mulberry32(3)));
  });

  it('puts every item in every position over many seeds (no fixed points)', () => {
    const seen = Array.from({ length: OPTION_COUNT }, () => new Set<number>());
    for (let seed = 0; seed < 200; seed++) permutation(OPTION_COUNT, mulberry32(seed)).forEach((value, position) => seen[position]!.add(value));
    for (const values of seen) expect(values.size).toBe(OPTION_COUNT);
  });
});

describe('drawQuestions', () => {
  it('draws the round size of distinct ids from the bank', () => {
    const ids = drawQuestions(bank, ROUND_SIZE, mulberry32(1));
    expect(ids).toHaveLength(ROUND_SIZE);
    expect(new Set(ids).size).toBe(ROUND_SIZE);
    for (const id of ids) expect(bank.some((q) => q.id === id)).toBe(true);
  });

  it('covers every topic in every round', () => {
    for (let seed = 0; seed < 50; seed++) {
      const ids = drawQuestions(bank, ROUND_SIZE, mulberry32(seed));
      const topics = new Set(ids.map((id) => bank.find((q) => q.id === id)!.topic));
      expect(topics.size, `seed ${seed}`).toBe(TOPICS.length);
    }
  });

  it('is deterministic for a seed and varies between seeds', () => {
    expect(drawQuestions(bank, ROUND_SIZE, mulberry32(9))).toEqual(drawQuestions(bank, ROUND_SIZE, mulberry32(9)));
    expect(drawQuestions(bank, ROUND_SIZE, mulberry32(9))).not.toEqual(drawQuestions(bank, ROUND_SIZE, mulberry32(10)));
  });

  it('prefers questions not in the last round', () => {
    const first = new Set(drawQuestions(bank, ROUND_SIZE, mulberry32(5)));
    const second = drawQuestions(bank, ROUND_SIZE, mulberry32(6), first);
    expect(second.filter((id) => first.has(id))).toEqual([]);
  });

  it('reuses questions only when the bank runs out', () => {
    const small = bank.slice(0, 12);
    const first = new Set(drawQuestions(small, ROUND_SIZE, mulberry32(5)));
    const second = drawQuestions(small, ROUND_SIZE, mulberry32(6), first);
    expect(second).toHaveLength(ROUND_SIZE);
    expect(second.filter((id) => first.has(id))).toHaveLength(ROUND_SIZE - (small.length - first.size));
  });

  it('draws the whole bank when it is smaller than a round', () => {
    expect(drawQuestions(bank.slice(0, 3), ROUND_SIZE, mulberry32(1)).sort()).toEqual(bank.slice(0, 3).map((q) => q.id).sort());
    expect(drawQuestions([], ROUND_SIZE, mulberry32(1))).toEqual([]);
  });
});

describe('optionOrder', () => {
  it('shuffles a multiple-choice question and keeps a true/false one as it is', () => {
    const orders = Array.from({ length: 50 }, (_, seed) => optionOrder(choice, mulberry32(seed)));
    for (const order of orders) expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(new Set(orders.map(String)).size).toBeGreaterThan(10);
    for (let seed = 0; seed < 50; seed++) expect(optionOrder(trueFalse, mulberry32(seed))).toEqual([0, 1]);
  });
});

describe('newRound', () => {
  it('gives each question a permutation of its own options, True before False', () => {
    const round = newRound(bank, 123);
    expect(round.ids).toHaveLength(ROUND_SIZE);
    expect(round.orders).toHaveLength(ROUND_SIZE);
    round.ids.forEach((id, i) => {
      const question = bank.find((q) => q.id === id)!;
      if (question.fixedOrder) expect(round.orders[i]).toEqual([0, 1]);
      else expect([...round.orders[i]!].sort()).toEqual([0, 1, 2, 3]);
    });
    expect(newRound(bank, 123)).toEqual(round);
  });

  it('draws true/false questions too', () => {
    const drawn = new Set(Array.from({ length: 20 }, (_, seed) => newRound(bank, seed).ids).flat());
    expect([...drawn].some((id) => id.endsWith('-4'))).toBe(true);
  });
});

describe('scoring', () => {
  const answers = new Map([
    ['a', { id: 'a', answer: 0 }],
    ['b', { id: 'b', answer: 3 }],
    ['c', { id: 'c', answer: 2 }],
  ]);

  it('counts right answers and lists the missed ones', () => {
    expect(scoreRound(['a', 'b', 'c'], [0, 1, 2], answers)).toBe(2);
    expect(missedQuestions(['a', 'b', 'c'], [0, 1, 2], answers)).toEqual([1]);
  });

  it('scores 0 and 3 at the extremes, and only the answers given so far', () => {
    expect(scoreRound(['a', 'b', 'c'], [1, 1, 1], answers)).toBe(0);
    expect(scoreRound(['a', 'b', 'c'], [0, 3, 2], answers)).toBe(3);
    expect(scoreRound(['a', 'b', 'c'], [0], answers)).toBe(1);
    expect(missedQuestions(['a', 'b', 'c'], [], answers)).toEqual([]);
  });

  it('never counts an unknown question as right', () => {
    expect(scoreRound(['zzz'], [0], answers)).toBe(0);
  });
});
