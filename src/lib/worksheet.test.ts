import { describe, expect, it } from 'vitest';
import { firstSentence, isWorksheetVersion, optionLetter, topicShares, worksheetRound, worksheetRounds, WORKSHEET_VERSIONS } from './worksheet.ts';

const TOPICS = ['the-day', 'treaties', 'global', 'safety', 'regions', 'deminers', 'myths'];
const bankOf = (counts: Record<string, number>) => Object.entries(counts).flatMap(([topic, n]) => Array.from({ length: n }, (_, i) => ({ id: `${topic}-${i + 1}`, topic })));
// The bank as it was first published: 29 questions, 4 or 5 per topic.
const bank29 = bankOf({ 'the-day': 4, treaties: 4, global: 4, safety: 4, regions: 4, deminers: 4, myths: 5 });
const topicOf = (id: string) => id.replace(/-\d+$/, '');
const topicCounts = (ids: readonly string[]) => ids.reduce((m, id) => m.set(topicOf(id), (m.get(topicOf(id)) ?? 0) + 1), new Map<string, number>());

describe('worksheetRounds', () => {
  it('gives two rounds of ten with no question in both', () => {
    const [a, b] = worksheetRounds(bank29, TOPICS);
    expect(a).toHaveLength(10);
    expect(b).toHaveLength(10);
    expect(new Set([...a!, ...b!]).size).toBe(20);
  });

  it('covers every topic, with as many questions per topic in A as in B', () => {
    const [a, b] = worksheetRounds(bank29, TOPICS);
    expect([...topicCounts(a!).keys()].sort()).toEqual([...TOPICS].sort());
    expect(topicCounts(a!)).toEqual(topicCounts(b!));
  });

  it('lists each round in topic order', () => {
    for (const round of worksheetRounds(bank29, TOPICS)) {
      const ranks = round.map((id) => TOPICS.indexOf(topicOf(id)));
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    }
  });

  it('does not depend on the order of the bank', () => {
    expect(worksheetRounds([...bank29].reverse(), TOPICS)).toEqual(worksheetRounds(bank29, TOPICS));
  });

  it('takes questions from a growing bank, and the extra places go to the topics with most questions left', () => {
    const grown = bankOf({ 'the-day': 4, treaties: 4, global: 4, safety: 9, regions: 6, deminers: 4, myths: 5 });
    const [a, b] = worksheetRounds(grown, TOPICS);
    expect(topicCounts(a!)).toEqual(topicCounts(b!));
    expect(topicCounts(a!).get('safety')).toBe(3);
    expect(topicCounts(a!).get('regions')).toBe(2);
    expect(new Set([...a!, ...b!]).size).toBe(20);
    // A question added to a topic changes at most that topic's share of the rounds.
    const plusOne = [...grown, { id: 'the-day-99', topic: 'the-day' }];
    const [a2] = worksheetRounds(plusOne, TOPICS);
    expect(a2!.filter((id) => topicOf(id) === 'safety')).toEqual(a!.filter((id) => topicOf(id) === 'safety'));
  });

  it('leaves out a topic too small to give every version a question, and shortens rounds the bank cannot fill', () => {
    const small = bankOf({ 'the-day': 3, treaties: 1, safety: 2 });
    const [a, b] = worksheetRounds(small, TOPICS);
    expect(a).toEqual(b!.map(() => expect.any(String)));
    expect(a).toHaveLength(2);
    expect(a!.some((id) => topicOf(id) === 'treaties')).toBe(false);
  });

  it('puts topics the order does not know after the known ones', () => {
    const bank = [...bank29, ...bankOf({ zebra: 2 })];
    const [a] = worksheetRounds(bank, TOPICS, 2, 11);
    expect(a!.at(-1)).toMatch(/^zebra-/);
  });

  it('supports more versions, and refuses nonsense', () => {
    const three = worksheetRounds(bankOf({ 'the-day': 6, safety: 6, myths: 6 }), TOPICS, 3, 6);
    expect(three.map((r) => r.length)).toEqual([6, 6, 6]);
    expect(new Set(three.flat()).size).toBe(18);
    expect(() => worksheetRounds(bank29, TOPICS, 0)).toThrow();
  });

  it('worksheetRound picks a version by its letter', () => {
    expect(worksheetRound(bank29, TOPICS, 'b')).toEqual(worksheetRounds(bank29, TOPICS)[1]);
  });
});

describe('topicShares', () => {
  it('one per topic first, then the biggest leftovers', () => {
    const shares = topicShares(new Map([['x', 10], ['y', 4], ['z', 2]]), 2, 6);
    expect(Object.fromEntries(shares)).toEqual({ x: 4, y: 1, z: 1 });
  });
});

describe('helpers', () => {
  it('knows the versions', () => {
    expect(WORKSHEET_VERSIONS).toEqual(['a', 'b']);
    expect(isWorksheetVersion('a')).toBe(true);
    expect(isWorksheetVersion('c')).toBe(false);
    expect(isWorksheetVersion('A')).toBe(false);
    expect(isWorksheetVersion(undefined)).toBe(false);
  });

  it('letters options', () => {
    expect([0, 1, 2, 3].map(optionLetter).join('')).toBe('ABCD');
    expect(() => optionLetter(9)).toThrow();
  });

  it('finds the first sentence', () => {
    expect(firstSentence('Never touch it. Tell an adult.')).toBe('Never touch it.');
    expect(firstSentence('It said “roughly a month”. Then more.')).toBe('It said “roughly a month”.');
    expect(firstSentence('In 1.5 years it was done! Later.')).toBe('In 1.5 years it was done!');
    expect(firstSentence('هل هذا صحيح؟ نعم.')).toBe('هل هذا صحيح؟');
    expect(firstSentence('  No full stop at all  ')).toBe('No full stop at all');
  });
});
