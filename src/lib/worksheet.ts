// Fixed rounds for the printed worksheets and the projector: version A, version B…
// Derived from the bank by topic, never listed by hand, so every new question can
// flow in. Every version takes the same number of questions from each topic and no
// question appears in two versions, so A and B work as a before/after test.
// The same for every locale and build: only question ids and topics are read.
import { hashSeed, ROUND_SIZE, type Drawable } from './quiz.ts';

/** The versions printed and projected, in URL form (/quiz/worksheet/a/). */
export const WORKSHEET_VERSIONS = ['a', 'b'] as const;
export type WorksheetVersion = (typeof WORKSHEET_VERSIONS)[number];

export function isWorksheetVersion(value: unknown): value is WorksheetVersion {
  return typeof value === 'string' && (WORKSHEET_VERSIONS as readonly string[]).includes(value);
}

/** How a version is named on paper: "A", "B". */
export function versionLabel(version: WorksheetVersion): string {
  return version.toUpperCase();
}

/** Option letters on paper and on the projector. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

export function optionLetter(index: number): string {
  const letter = OPTION_LETTERS[index];
  if (letter === undefined) throw new RangeError(`No letter for option ${index}.`);
  return letter;
}

/**
 * How many questions each topic gives to every version: one per topic that has
 * enough questions for all versions, then one more at a time to the topic with the
 * most questions left over (earlier topics first on a tie), until the round is full.
 */
export function topicShares(counts: ReadonlyMap<string, number>, versions: number, size: number): Map<string, number> {
  const shares = new Map<string, number>();
  const capacity = (topic: string) => Math.floor((counts.get(topic) ?? 0) / versions);
  let total = 0;
  for (const topic of counts.keys()) {
    if (total < size && capacity(topic) >= 1) {
      shares.set(topic, 1);
      total++;
    }
  }
  while (total < size) {
    let best: string | undefined;
    let bestLeft = 0;
    for (const topic of counts.keys()) {
      const left = (counts.get(topic)! - (shares.get(topic) ?? 0) * versions) / versions;
      if (capacity(topic) > (shares.get(topic) ?? 0) && left > bestLeft) {
        best = topic;
        bestLeft = left;
      }
    }
    if (best === undefined) break;
    shares.set(best, (shares.get(best) ?? 0) + 1);
    total++;
  }
  return shares;
}

/**
 * The question ids of every version, each in topic order. Within a topic the
 * questions are ordered by a hash of their id (stable, and not the order they were
 * written in), then dealt out to the versions in turn.
 *
 * `topics` gives the topic order; topics missing from it come after, alphabetically.
 */
export function worksheetRounds(bank: readonly Drawable[], topics: readonly string[], versions: number = WORKSHEET_VERSIONS.length, size = ROUND_SIZE): string[][] {
  if (versions < 1 || size < 1) throw new RangeError('A worksheet needs at least one version and one question.');
  const rank = (topic: string) => (topics.includes(topic) ? topics.indexOf(topic) : topics.length);
  const byTopic = new Map<string, string[]>();
  const ordered = [...new Set(bank.map((q) => q.topic))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en'));
  for (const topic of ordered) {
    const ids = bank
      .filter((q) => q.topic === topic)
      .map((q) => q.id)
      .sort((a, b) => hashSeed(a) - hashSeed(b) || a.localeCompare(b, 'en'));
    byTopic.set(topic, ids);
  }
  const shares = topicShares(new Map([...byTopic].map(([topic, ids]) => [topic, ids.length])), versions, size);
  return Array.from({ length: versions }, (_, v) =>
    [...byTopic].flatMap(([topic, ids]) => Array.from({ length: shares.get(topic) ?? 0 }, (_, k) => ids[k * versions + v]!)),
  );
}

/** The ids of one version's round. */
export function worksheetRound(bank: readonly Drawable[], topics: readonly string[], version: WorksheetVersion): string[] {
  return worksheetRounds(bank, topics)[WORKSHEET_VERSIONS.indexOf(version)]!;
}

/**
 * The first sentence of an explanation: the answer key's one-line reason. Ends at
 * the first . ! ? or Arabic question mark (closing quotes kept) followed by a space.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const match = trimmed.match(/^[\s\S]*?[.!?؟…]+["'”’»)]*(?=\s|$)/);
  return match ? match[0] : trimmed;
}
