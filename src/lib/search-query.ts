// The search query as read from the URL (?q=…), and the excerpts Pagefind returns.
// Pure: used by the search page's island and tested on its own.

/** Longer queries are cut: no reader types more, and Pagefind's work grows with each word. */
export const MAX_QUERY_LENGTH = 100;

// Control characters, and the bidirectional embedding, override and isolate controls
// (which could reorder the text shown around the query); zero-width joiners stay, as
// Arabic and other scripts need them.
const UNWANTED = /[\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\uFEFF]/gu;

/**
 * The query to search for, from a raw URL parameter: whitespace collapsed, control
 * characters removed, at most MAX_QUERY_LENGTH characters (never half a character).
 * Anything that is not a string, or nothing left after cleaning, gives ''.
 */
export function normalizeQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const cleaned = raw.normalize('NFC').replace(UNWANTED, ' ').replace(/\s+/gu, ' ').trim();
  const chars = Array.from(cleaned);
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trimEnd() : cleaned;
}

/** The query in a page address's search part (`?q=…`), normalised. */
export function queryFromSearch(search: string): string {
  try {
    return normalizeQuery(new URLSearchParams(search).get('q'));
  } catch {
    return '';
  }
}

export interface ExcerptPart {
  readonly text: string;
  /** A word that matched the query, shown highlighted. */
  readonly marked: boolean;
}

/**
 * Splits a Pagefind excerpt into plain text and matched words. Pagefind wraps matches
 * in <mark> but does not escape the page text around them (an excerpt of a page that
 * shows HTML code contains that code), so the excerpt must never be parsed as HTML:
 * everything here is rendered as text, and only the <mark> boundaries count.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const previous = parts.at(-1);
      if (previous && previous.marked === marked) parts[parts.length - 1] = { text: previous.text + piece, marked };
      else parts.push({ text: piece, marked });
    }
  }
  return parts;
}

/**
 * True for a result address the search page may link to: a path on this site under
 * the reader's language (`prefix`, e.g. '/fr/'). The index is built from our own
 * pages, so anything else means a broken or tampered index: it is not shown.
 */
export function isResultUrl(url: unknown, prefix: string): url is string {
  return typeof url === 'string' && url.startsWith(prefix) && !url.startsWith('//') && !/[\s\\<>"']/.test(url) && !url.includes('/../');
}
