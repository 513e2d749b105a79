// The counter's count-up: the number shown a given time after it starts. Pure, so the
// island stays a thin shell and the curve is unit-tested.

/** How long the count-up lasts, in ms. */
export const COUNT_UP_MS = 2000;

/**
 * The whole number shown `elapsed` ms into a count-up towards `target`: fast at first,
 * slowing towards the end (cubic ease-out), never past the target, exactly it at the end.
 */
export function countUpValue(target: number, elapsed: number, duration = COUNT_UP_MS): number {
  const progress = Math.min(1, Math.max(0, elapsed / duration));
  return Math.round((1 - (1 - progress) ** 3) * target);
}
