// Words that must not break at their hyphen, such as "45-minute": a title split as
// "45-" / "minute" reads badly. Returns the text in pieces, with the words to keep whole
// marked, so a component can wrap them in a `white-space: nowrap` span; the text itself
// (and so what search, copy and tests see) is unchanged.

export interface TextPiece {
  readonly text: string;
  readonly keepWhole: boolean;
}

/** Splits around words that join a number and a word with a hyphen ("45-minute", "10-year-old"). */
export function keepNumberWordsWhole(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(/\p{N}+(?:[-\u2010][\p{L}\p{N}]+)+/gu)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), keepWhole: false });
    pieces.push({ text: match[0], keepWhole: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), keepWhole: false });
  return pieces;
}
