// Pure quiz logic shared by the server render and the island: a small seeded
// random generator, shuffling, drawing a round and scoring it. Deterministic for a
// given seed, so tests and reloads reproduce the same round.

/** Questions in one round. */
export const ROUND_SIZE = 10;
/** Options of a multiple-choice question (a true/false question has two). */
export const OPTION_COUNT = 4;

export type Rng = () => number;

/** mulberry32: a tiny, fast 32-bit generator; plenty for shuffling quiz questions. Returns [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, as a seed (e.g. a question id gives its fixed option order). */
export function hashSeed(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A new seed from the platform's random source (crypto where available). */
export function randomSeed(): number {
  const c = globalThis.crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0]!;
  return Math.floor(Math.random() * 4294967296);
}

/** Fisher–Yates shuffle into a new array; the input is left as it was. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A permutation of 0..n-1: position on screen → index of the option. */
export function permutation(n: number, rng: Rng): number[] {
  return shuffle(
    Array.from({ length: n }, (_, i) => i),
    rng,
  );
}

export interface Drawable {
  readonly id: string;
  readonly topic: string;
}

/**
 * Draws `size` question ids: one from each topic first (so every round touches every
 * subject, safety included), then the rest at random, then shuffles the order.
 * Questions in `avoid` (the last round's) are used only when there are not enough
 * others; a fresh round matters more than covering every topic.
 */
export function drawQuestions(bank: readonly Drawable[], size: number, rng: Rng, avoid: ReadonlySet<string> = new Set()): string[] {
  const count = Math.min(size, bank.length);
  const fresh = shuffle(
    bank.filter((q) => !avoid.has(q.id)),
    rng,
  );
  const pool = [...fresh, ...shuffle(bank.filter((q) => avoid.has(q.id)), rng)];
  const chosen: Drawable[] = [];
  const topics = new Set<string>();
  for (const question of fresh) {
    if (chosen.length < count && !topics.has(question.topic)) {
      topics.add(question.topic);
      chosen.push(question);
    }
  }
  for (const question of pool) {
    if (chosen.length >= count) break;
    if (!chosen.includes(question)) chosen.push(question);
  }
  return shuffle(
    chosen.map((q) => q.id),
    rng,
  );
}

/** What a round needs to know about a question's options: how many, and whether they may be shuffled. */
export interface Orderable {
  readonly options: readonly unknown[];
  /** True/false questions keep True before False. */
  readonly fixedOrder: boolean;
}

/** The on-screen order of a question's options: shuffled, or as they are when the order is fixed. */
export function optionOrder(question: Orderable, rng: Rng): number[] {
  const count = question.options.length;
  return question.fixedOrder ? Array.from({ length: count }, (_, i) => i) : permutation(count, rng);
}

/** One round: the questions in order and, for each, the order its options are shown in. */
export interface Round {
  readonly ids: readonly string[];
  readonly orders: readonly (readonly number[])[];
}

export function newRound(bank: readonly (Drawable & Orderable)[], seed: number, avoid?: ReadonlySet<string>, size = ROUND_SIZE): Round {
  const rng = mulberry32(seed);
  const ids = drawQuestions(bank, size, rng, avoid);
  const byId = new Map(bank.map((q) => [q.id, q]));
  return { ids, orders: ids.map((id) => optionOrder(byId.get(id)!, rng)) };
}

export interface Answerable {
  readonly id: string;
  /** Index of the right option. */
  readonly answer: number;
}

/** How many of the given answers (option indexes, in round order) are right. */
export function scoreRound(ids: readonly string[], answers: readonly number[], bank: ReadonlyMap<string, Answerable>): number {
  return answers.reduce((total, choice, i) => total + (bank.get(ids[i]!)?.answer === choice ? 1 : 0), 0);
}

/** The positions (in round order) of the questions answered wrongly, for the recap. */
export function missedQuestions(ids: readonly string[], answers: readonly number[], bank: ReadonlyMap<string, Answerable>): number[] {
  return answers.flatMap((choice, i) => (bank.get(ids[i]!)?.answer === choice ? [] : [i]));
}
