// Keeps script out of content pages. Content is written by editors and translators,
// not developers: a <script>, an on…= handler, a javascript: URL or raw-HTML injection
// in an .mdx file fails the build, naming the file and the line, instead of reaching
// readers where only the CSP would stop it. The CSP stays the second line of defence;
// this check reads what is written, so a determined developer could hide code from it
// (that is what code review is for), but no translator can paste script by accident.
//
// `contentGuard()` is an mdast plugin for Astro's Markdown processor (Sätteri); the
// checks themselves are pure functions of the node shapes, tested in content-guard.test.ts.
import { fileURLToPath } from 'node:url';

/** Elements that run or load active content, or change where every URL on the page points. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta']);

/** Attributes that write raw HTML into the page or run an HTML document of their own. */
const FORBIDDEN_ATTRIBUTES = new Set(['set:html', 'dangerouslysetinnerhtml', 'srcdoc']);

/**
 * True for a URL that runs script when followed: `javascript:` (and the old `vbscript:`),
 * however it is spelt. Browsers drop leading spaces and control characters and any tab or
 * newline inside the scheme, and compare it case-insensitively; so does this.
 */
export function isScriptUrl(url: string): boolean {
  const normalized = decodeCharacterReferences(url)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020\u007f]+/g, '')
    .toLowerCase();
  return /^(?:javascript|vbscript):/.test(normalized);
}

/** Decodes numeric character references and the named ones that matter for a scheme. */
function decodeCharacterReferences(text: string): string {
  const named: Record<string, string> = { tab: '\t', newline: '\n', colon: ':', nbsp: ' ' };
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (match, hex?: string, dec?: string, name?: string) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000);
    if (dec) return String.fromCodePoint(Number.parseInt(dec, 10) % 0x110000);
    return named[name!.toLowerCase()] ?? match;
  });
}

/**
 * Problems in a piece of source code or raw HTML that cannot be parsed here (an MDX
 * `{expression}`, an import/export line, an attribute given as `{…}`, raw HTML in
 * Markdown). Conservative: it looks for the words, whatever builds them around.
 */
export function problemsInSource(source: string): string[] {
  const problems: string[] = [];
  const compact = decodeCharacterReferences(source).replace(/[\s'"`+]+/g, '').toLowerCase();
  if (/<\s*script\b/i.test(source)) problems.push('a <script> element');
  if (/(?:^|[\s{,"'])on[a-z]+\s*[=:]/i.test(source)) problems.push('an event-handler attribute (on…=)');
  if (/(?:java|vb)script:/.test(compact)) problems.push('a javascript: URL');
  if (/set:html|dangerouslysetinnerhtml|srcdoc|innerhtml/.test(compact)) problems.push('raw HTML injection (set:html, innerHTML, srcdoc)');
  return problems;
}

interface JsxAttribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: string | { readonly type: string; readonly value: string } | null;
}

/** Problems in one MDX JSX element (`<a href="…">`, `<Callout …>`). */
export function problemsInElement(name: string | null, attributes: readonly JsxAttribute[]): string[] {
  const problems: string[] = [];
  if (name && FORBIDDEN_ELEMENTS.has(name.toLowerCase())) problems.push(`a <${name}> element`);
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      // {...spread}: the attributes it sets cannot be read here.
      const value = typeof attribute.value === 'string' ? attribute.value : '';
      problems.push(`attributes spread from code ({${value.trim()}}); write each attribute out`);
      continue;
    }
    const attributeName = attribute.name ?? '';
    if (/^on/i.test(attributeName)) problems.push(`an event-handler attribute (${attributeName}=)`);
    if (FORBIDDEN_ATTRIBUTES.has(attributeName.toLowerCase())) problems.push(`raw HTML injection (${attributeName}=)`);
    const value = attribute.value;
    if (typeof value === 'string') {
      if (isScriptUrl(value)) problems.push(`a javascript: URL (${attributeName}="${value}")`);
    } else if (value && typeof value === 'object') {
      for (const problem of problemsInSource(value.value)) if (!problems.includes(problem)) problems.push(`${problem} in ${attributeName}={…}`);
    }
  }
  return problems;
}

interface Position {
  readonly start: { readonly line: number; readonly column: number };
}
interface GuardNode {
  readonly type: string;
  readonly position?: Position;
  readonly name?: string | null;
  readonly attributes?: readonly JsxAttribute[];
  readonly url?: string;
  readonly value?: string;
}

/** Problems in one mdast node of any of the types the guard looks at. */
export function problemsInNode(node: GuardNode): string[] {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return problemsInElement(node.name ?? null, node.attributes ?? []);
    case 'link':
    case 'image':
    case 'definition':
      return node.url !== undefined && isScriptUrl(node.url) ? [`a javascript: URL (${node.url})`] : [];
    case 'html':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'mdxjsEsm':
      return problemsInSource(node.value ?? '');
    default:
      return [];
  }
}

/** The project-relative path of the file being compiled, for messages. */
function displayPath(fileURL: URL | undefined, root: string): string {
  if (!fileURL) return '(unknown file)';
  const path = fileURLToPath(fileURL);
  return path.startsWith(root) ? path.slice(root.length).replace(/^[/\\]/, '') : path;
}

/** The message a build failure prints: one line per problem, each with file:line:column. */
export function formatProblems(file: string, found: readonly { readonly line?: number; readonly column?: number; readonly problem: string }[]): string {
  const lines = found.map(({ line, column, problem }) => `  ${file}${line ? `:${line}:${column ?? 1}` : ''}: ${problem}`);
  return `Content may not contain script. Remove, from ${file}:\n${lines.join('\n')}\n(Pages must not run code: see README "Content pages".)`;
}

const VISITED = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'link', 'image', 'definition', 'html', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] as const;

/**
 * The mdast plugin, as a factory Sätteri calls once per document (so documents compiled
 * at the same time never share state): it collects every problem in the document, then
 * fails once with all of them. `root` is the project folder, to print short paths.
 */
export function contentGuard(root: string) {
  return ({ fileURL }: { readonly fileURL: URL | undefined }) => {
    const found: { line?: number; column?: number; problem: string }[] = [];
    const visit = (node: GuardNode) => {
      for (const problem of problemsInNode(node)) {
        found.push({ line: node.position?.start.line, column: node.position?.start.column, problem });
      }
    };
    return {
      name: 'content-guard',
      options: { position: true },
      ...Object.fromEntries(VISITED.map((type) => [type, visit])),
      after() {
        if (found.length > 0) throw new Error(formatProblems(displayPath(fileURL, root), found));
      },
    };
  };
}
