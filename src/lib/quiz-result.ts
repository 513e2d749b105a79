// Result links and share text. The result URL carries only the score: no name,
// no answers, nothing personal. Used by the island and by the result pages.

/** Every score a round can produce, 0..total. */
export function possibleScores(total: number): number[] {
  return Array.from({ length: total + 1 }, (_, score) => score);
}

export function isValidScore(score: unknown, total: number): score is number {
  return Number.isInteger(score) && (score as number) >= 0 && (score as number) <= total;
}

/**
 * The path of a score's result page, under `resultBase` (e.g. "/fr/quiz/result/").
 * Throws on anything but a whole number from 0 to total, so a bad value can never
 * produce a link to a page that does not exist.
 */
export function resultPath(resultBase: string, score: number, total: number): string {
  if (!isValidScore(score, total)) throw new RangeError(`No result page for the score ${String(score)} (0 to ${total}).`);
  if (!/^\/(?:[\w-]+\/)*$/.test(resultBase)) throw new Error(`Unexpected result base "${resultBase}".`);
  return `${resultBase}${score}/`;
}

/** Reads a route parameter as a score: only the plain digits of a valid score are accepted. */
export function parseScore(value: string | undefined, total: number): number | undefined {
  if (value === undefined || !/^(0|[1-9]\d{0,2})$/.test(value)) return undefined;
  const score = Number(value);
  return isValidScore(score, total) ? score : undefined;
}

/** Fills {name} placeholders in a UI string; values are inserted as plain text. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : match));
}

/** How a score is encouraged: each band has its own line in the UI strings (quiz.encourage.<band>). */
export const SCORE_BANDS = ['perfect', 'high', 'mid', 'low'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

/** Every answer right; 70% or more; 40% or more; less. Throws on a score the round cannot have. */
export function scoreBand(score: number, total: number): ScoreBand {
  if (!isValidScore(score, total) || total < 1) throw new RangeError(`No score band for ${String(score)} out of ${total}.`);
  if (score === total) return 'perfect';
  if (score >= total * 0.7) return 'high';
  if (score >= total * 0.4) return 'mid';
  return 'low';
}
