// Quiz progress in localStorage: a versioned key and a strict codec. Whatever is
// stored (missing, truncated, from an older version, edited by hand or hostile) is
// either a progress record that fits the current question bank exactly, or ignored.
// Nothing read here is ever rendered: only ids that match the bank and small
// integers survive decoding.

import type { Orderable } from './quiz.ts';

export const STORAGE_VERSION = 1;

/** One key per locale and codec version: a new version simply starts fresh. */
export function storageKey(locale: string): string {
  return `mine-awareness-day:quiz:v${STORAGE_VERSION}:${locale}`;
}

export interface Progress {
  /** Question ids of the round, in order. */
  readonly ids: readonly string[];
  /** For each question, the on-screen order of its options (a permutation of option indexes). */
  readonly orders: readonly (readonly number[])[];
  /** The option index chosen for each question checked so far. */
  readonly answers: readonly number[];
  /**
   * The question on screen. answers.length === step: it is waiting for an answer;
   * answers.length === step + 1: its feedback is showing. step === ids.length: the round is over.
   */
  readonly step: number;
}

/** Longer than any honest record (10 ids, orders and answers): anything bigger is not ours. */
const MAX_LENGTH = 4000;

export function encodeProgress(progress: Progress): string {
  return JSON.stringify({ v: STORAGE_VERSION, ...progress });
}

const isIndex = (value: unknown, below: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < below;

/** An order that fits the question: a permutation of its options, and the identity when its order is fixed. */
function fitsQuestion(value: unknown, question: Orderable): value is number[] {
  const count = question.options.length;
  return (
    Array.isArray(value) &&
    value.length === count &&
    value.every((n, i) => isIndex(n, count) && (!question.fixedOrder || n === i)) &&
    new Set(value).size === count
  );
}

/**
 * Reads a stored record. Returns undefined, never throws, for anything that is not a
 * well-formed record of this version whose questions all exist in `bank` (by id), whose
 * option orders and answers fit those questions, and whose round has `roundSize` questions.
 */
export function decodeProgress(raw: unknown, bank: ReadonlyMap<string, Orderable>, roundSize: number): Progress | undefined {
  try {
    if (typeof raw !== 'string' || raw.length > MAX_LENGTH) return undefined;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    const record = data as Record<string, unknown>;
    const own = (key: string) => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
    if (own('v') !== STORAGE_VERSION) return undefined;

    const ids = own('ids');
    const orders = own('orders');
    const answers = own('answers');
    const step = own('step');
    if (!Array.isArray(ids) || ids.length !== roundSize || roundSize < 1) return undefined;
    if (!ids.every((id) => typeof id === 'string' && bank.has(id)) || new Set(ids).size !== ids.length) return undefined;
    const questions = ids.map((id: string) => bank.get(id)!);
    if (!Array.isArray(orders) || orders.length !== ids.length || !orders.every((order, i) => fitsQuestion(order, questions[i]!))) return undefined;
    if (!Array.isArray(answers) || answers.length > ids.length || !answers.every((a, i) => isIndex(a, questions[i]!.options.length))) return undefined;
    if (!isIndex(step, ids.length + 1)) return undefined;
    if (answers.length !== step && answers.length !== step + 1) return undefined;
    if (step === ids.length && answers.length !== ids.length) return undefined;

    // Copy into fresh arrays: nothing of the parsed object (or its prototype) is kept.
    return {
      ids: ids.map(String),
      orders: orders.map((order: number[]) => order.map(Number)),
      answers: answers.map(Number),
      step,
    };
  } catch {
    return undefined;
  }
}

/** localStorage access that tolerates private modes, disabled storage and full quotas. */
export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Progress simply is not kept; the quiz works on.
  }
}
