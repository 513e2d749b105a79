// What a built page costs on its first view, beyond JavaScript (budget.ts): its first
// response (HTML and the CSS that blocks rendering), the web fonts its text needs, and the
// total it transfers. Pure; scripts/budget.mjs reads dist/ and applies the budgets.
import { gzipSize } from './budget.ts';

export interface FirstResponse {
  /** Gzipped bytes of the whole HTML document. */
  readonly htmlGzip: number;
  /** Gzipped bytes of the document up to and including </head>: with inlined CSS, all that must arrive before the first paint. */
  readonly headGzip: number;
  /** Stylesheets linked from the page that block rendering (not media="print"), by site path. */
  readonly blockingCss: readonly string[];
}

export function firstResponse(html: string): FirstResponse {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end + '</head>'.length);
  const blockingCss = [...head.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => /\brel="?stylesheet"?/.test(tag) && !/\bmedia="?print"?/.test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '')
    .filter(Boolean);
  return { htmlGzip: gzipSize(html), headGzip: gzipSize(head), blockingCss };
}

/** Removes every element whose opening tag matches `opening` (with its content), counting nested tags of the same name. */
function removeElements(html: string, opening: RegExp): string {
  let out = html;
  for (;;) {
    const match = opening.exec(out);
    if (!match) return out;
    const name = match[1]!.toLowerCase();
    const tag = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tag.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = out.length;
    for (let next = tag.exec(out); next; next = tag.exec(out)) {
      depth += next[1] ? -1 : 1;
      if (depth === 0) {
        end = next.index + next[0].length;
        break;
      }
    }
    out = out.slice(0, match.index) + out.slice(end);
  }
}

/**
 * The text a reader's browser draws with the page's fonts: the body without scripts, styles,
 * templates, what shows only on paper (.print-only) and the language names drawn in system
 * fonts (.native-name). Entities are decoded only where they stand for a character that
 * could need a font (numeric ones).
 */
export function drawnText(html: string): string {
  const start = html.indexOf('<body');
  let body = start === -1 ? html : html.slice(start);
  body = body.replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  body = removeElements(body, /<(\w+)\b[^>]*\bclass="[^"]*\b(?:print-only|native-name)\b[^"]*"[^>]*>/i);
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
}

export interface FontFile {
  readonly file: string;
  readonly ranges: readonly (readonly [number, number?])[];
}

/** The font files whose unicode-range covers at least one character of the text. */
export function fontsForText<F extends FontFile>(text: string, fonts: readonly F[]): F[] {
  const codes = new Set<number>();
  for (const char of text) codes.add(char.codePointAt(0)!);
  return fonts.filter((font) => font.ranges.some(([from, to = from]) => [...codes].some((code) => code >= from && code <= to)));
}
