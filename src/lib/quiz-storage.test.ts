import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress, storageKey, STORAGE_VERSION, type Progress } from './quiz-storage.ts';

const choice = { options: ['a', 'b', 'c', 'd'], fixedOrder: false };
const trueFalse = { options: ['True', 'False'], fixedOrder: true };
const known = new Map([
  ['q1', choice],
  ['q2', choice],
  ['q3', choice],
  ['tf', trueFalse],
]);
const good: Progress = {
  ids: ['q1', 'q2', 'q3'],
  orders: [
    [0, 1, 2, 3],
    [3, 2, 1, 0],
    [1, 0, 3, 2],
  ],
  answers: [2],
  step: 1,
};
const raw = (patch: Record<string, unknown>) => JSON.stringify({ v: STORAGE_VERSION, ...good, ...patch });

describe('storageKey', () => {
  it('is versioned and per locale', () => {
    expect(storageKey('fr')).toBe(`mine-awareness-day:quiz:v${STORAGE_VERSION}:fr`);
  });
});

describe('the progress codec', () => {
  it('round-trips a valid record, in each state', () => {
    expect(decodeProgress(encodeProgress(good), known, 3)).toEqual(good);
    for (const state of [
      { answers: [], step: 0 },
      { answers: [1], step: 0 },
      { answers: [1, 2, 3], step: 2 },
      { answers: [1, 2, 3], step: 3 },
    ]) {
      expect(decodeProgress(encodeProgress({ ...good, ...state }), known, 3)).toEqual({ ...good, ...state });
    }
  });

  it('round-trips a round with a true/false question (two options, in their fixed order)', () => {
    const mixed: Progress = { ids: ['q1', 'tf', 'q2'], orders: [[0, 1, 2, 3], [0, 1], [3, 2, 1, 0]], answers: [2, 1], step: 2 };
    expect(decodeProgress(encodeProgress(mixed), known, 3)).toEqual(mixed);
  });

  it('ignores orders and answers that do not fit a true/false question', () => {
    const mixed = { v: STORAGE_VERSION, ids: ['q1', 'tf', 'q2'], orders: [[0, 1, 2, 3], [0, 1], [3, 2, 1, 0]], answers: [2], step: 1 };
    const bad = (patch: Record<string, unknown>) => JSON.stringify({ ...mixed, ...patch });
    expect(decodeProgress(bad({}), known, 3)).toBeDefined();
    expect(decodeProgress(bad({ orders: [[0, 1, 2, 3], [0, 1, 2, 3], [3, 2, 1, 0]] }), known, 3), 'four options').toBeUndefined();
    expect(decodeProgress(bad({ orders: [[0, 1, 2, 3], [1, 0], [3, 2, 1, 0]] }), known, 3), 'False before True').toBeUndefined();
    expect(decodeProgress(bad({ orders: [[0, 1], [0, 1], [3, 2, 1, 0]] }), known, 3), 'two options for a choice').toBeUndefined();
    expect(decodeProgress(bad({ answers: [2, 2], step: 2 }), known, 3), 'answer 2 of two').toBeUndefined();
  });

  it('returns fresh arrays, keeping nothing of the parsed value', () => {
    const decoded = decodeProgress(raw({ extra: '<img src=x onerror=alert(1)>' }), known, 3)!;
    expect(Object.keys(decoded).sort()).toEqual(['answers', 'ids', 'orders', 'step']);
  });

  const corrupted: Array<[string, unknown]> = [
    ['nothing stored', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an empty string', ''],
    ['not JSON', 'garbage{'],
    ['truncated JSON', encodeProgress(good).slice(0, 30)],
    ['JSON null', 'null'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"hello"'],
    ['no version', JSON.stringify(good)],
    ['an old version', raw({ v: 0 })],
    ['a newer version', raw({ v: STORAGE_VERSION + 1 })],
    ['the version as a string', raw({ v: String(STORAGE_VERSION) })],
    ['an unknown question id', raw({ ids: ['q1', 'q2', 'gone'] })],
    ['markup as an id', raw({ ids: ['q1', 'q2', '<script>alert(1)</script>'] })],
    ['a repeated id', raw({ ids: ['q1', 'q1', 'q2'] })],
    ['too few questions', raw({ ids: ['q1', 'q2'], orders: good.orders.slice(0, 2) })],
    ['ids not an array', raw({ ids: 'q1,q2,q3' })],
    ['an id that is not a string', raw({ ids: ['q1', 'q2', 3] })],
    ['missing orders', raw({ orders: undefined })],
    ['an order that is not a permutation', raw({ orders: [[0, 0, 1, 2], ...good.orders.slice(1)] })],
    ['an order out of range', raw({ orders: [[0, 1, 2, 4], ...good.orders.slice(1)] })],
    ['an order with strings', raw({ orders: [['0', '1', '2', '3'], ...good.orders.slice(1)] })],
    ['a short order', raw({ orders: [[0, 1, 2], ...good.orders.slice(1)] })],
    ['an answer out of range', raw({ answers: [4] })],
    ['a negative answer', raw({ answers: [-1] })],
    ['a fractional answer', raw({ answers: [1.5] })],
    ['an answer as a string', raw({ answers: ['1'] })],
    ['too many answers', raw({ answers: [0, 0, 0, 0], step: 3 })],
    ['answers ahead of the step', raw({ answers: [0, 0, 0], step: 1 })],
    ['answers behind the step', raw({ answers: [], step: 2 })],
    ['a step past the end', raw({ answers: [0, 0, 0], step: 4 })],
    ['a finished round missing answers', raw({ answers: [0, 0], step: 3 })],
    ['a step as a string', raw({ step: '1' })],
    ['a negative step', raw({ step: -1 })],
    ['a prototype-pollution attempt', `{"__proto__":{"v":${STORAGE_VERSION}},"ids":["q1","q2","q3"]}`],
    ['an enormous value', raw({ padding: 'x'.repeat(10_000) })],
  ];

  it.each(corrupted)('ignores %s, without throwing', (_label, value) => {
    expect(() => decodeProgress(value, known, 3)).not.toThrow();
    expect(decodeProgress(value, known, 3)).toBeUndefined();
  });

  it('ignores a record for a different round size (the bank or round changed)', () => {
    expect(decodeProgress(encodeProgress(good), known, 10)).toBeUndefined();
  });

  it('never pollutes Object.prototype', () => {
    decodeProgress('{"__proto__":{"polluted":true},"v":1}', known, 3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
