// English text shown in place of a missing translation must say that it is English:
// `lang` for screen readers and hyphenation, `dir` so that its punctuation stays put
// inside a right-to-left page. t() cannot add markup (its result goes into attributes
// and props too), so it wraps fallback text in the Unicode isolates FSI … PDI, which
// are right for bidirectional text on their own; src/middleware.ts then turns each pair
// in the page's text into <span lang="en" dir="ltr">…</span>, and drops them from
// attributes and titles, where no markup can go.

/** U+2068 FIRST STRONG ISOLATE: starts fallback text. */
export const FALLBACK_START = '\u2068';
/** U+2069 POP DIRECTIONAL ISOLATE: ends it. */
export const FALLBACK_END = '\u2069';

export function markFallback(text: string): string {
  return `${FALLBACK_START}${text}${FALLBACK_END}`;
}

export function stripFallbackMarks(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

export function hasFallbackMarks(text: string): boolean {
  return /[\u2068\u2069]/.test(text);
}

// Comments, raw-text elements (left alone or stripped), inline SVG, and tags.
const TOKENS = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<(title|textarea)\b[^>]*>[\s\S]*?<\/\2\s*>|(<svg\b[\s\S]*?<\/svg\s*>)|<[^>]*>/gi;

/**
 * Turns marked fallback text in an HTML document into spans with the fallback
 * language's lang and dir. Scripts and styles are left byte for byte (the CSP
 * hashes them); marks in tags, titles and comments are removed; in inline SVG, where
 * no HTML can go, the marks stay in the text as plain Unicode isolates.
 */
export function markFallbackHtml(html: string, { lang, dir }: { lang: string; dir: 'ltr' | 'rtl' }): string {
  if (!hasFallbackMarks(html)) return html;
  const open = `<span lang="${lang}" dir="${dir}">`;
  // A string split around markup (a template whose {placeholder} becomes an element) has
  // its start mark before a tag and its end mark after another: one span around both
  // would cross element boundaries. So each run of marked text between tags and marks
  // gets its own span, and whitespace gets none (it may sit where no span can, in a list).
  let depth = 0;
  const text = (segment: string) =>
    segment
      .split(/([\u2068\u2069])/)
      .map((piece) => {
        if (piece === FALLBACK_START) depth++;
        else if (piece === FALLBACK_END) depth = Math.max(0, depth - 1);
        else if (depth > 0 && piece.trim()) return `${open}${piece}</span>`;
        else return piece;
        return '';
      })
      .join('');
  let out = '';
  let last = 0;
  for (const match of html.matchAll(TOKENS)) {
    out += text(html.slice(last, match.index));
    const token = match[0];
    if (match[1]) out += token;
    // An HTML <span> inside SVG would end the SVG: there the isolates stay in the text, where they keep the bidi order, and leave the tags.
    else if (match[3]) out += token.replace(/<[^>]*>/g, stripFallbackMarks);
    else out += stripFallbackMarks(token);
    last = match.index + token.length;
  }
  return out + text(html.slice(last));
}
