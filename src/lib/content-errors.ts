// Problems in a content file, said in plain words with the file, the line and the
// field: what a translator or editor reads when a file is wrong. Used by the build's
// content check (src/integrations/content-check.ts) and `npm run i18n:status -- --check`.
import { parseDocument } from 'yaml';

export interface ContentProblem {
  readonly file: string;
  readonly line?: number;
  /** The field, as written in the file: `description`, `nav.label`, `wrong, item 2`. */
  readonly field?: string;
  readonly message: string;
}

export function formatProblem({ file, line, field, message }: ContentProblem): string {
  const where = [file, line ? `line ${line}` : '', field ? `field "${field}"` : ''].filter(Boolean).join(', ');
  // "content/i18n/he.json is missing", but "content/pages/de/: "de" is not a language".
  return `${where}${!line && !field && /^(is|must) /.test(message) ? ' ' : ': '}${message}`;
}

const KEY_LINE = /^\s*(?:-\s+)?([A-Za-z_][\w.-]*)\s*:(?:\s|$)/;

/** The field a line of YAML sets, if it sets one (`  label: Home` → `label`). */
function keyOn(lines: readonly string[], index: number): string | undefined {
  return lines[index]?.match(KEY_LINE)?.[1];
}

/**
 * Parses YAML and explains the first syntax error, or returns the data.
 * `firstLine` is the file's line number of the YAML's first line (2 for MDX frontmatter).
 */
export function parseYaml(file: string, text: string, firstLine = 1): { data: unknown; problem?: undefined } | { data?: undefined; problem: ContentProblem } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (!error) return { data: doc.toJS() };
  const lines = text.split(/\r?\n/);
  const at = error.linePos?.[0] ?? { line: 1, col: 1 };
  let index = at.line - 1;
  // An unclosed quote is only noticed after it: point at the field that opened it.
  if (error.code === 'MISSING_CHAR') {
    while (index > 0 && !(lines[index] ?? '').match(/^\s*(?:-\s+)?[\w.-]+\s*:\s*["']/)) index--;
  }
  const field = keyOn(lines, index);
  const lineText = lines[index] ?? '';
  const value = lineText.replace(KEY_LINE, '').trim();
  const quoted = `${field ?? 'field'}: "${value.replace(/^["']|["']$/g, '').replace(/"/g, '\\"')}"`;
  let message: string;
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      message = `the text contains ": " (a colon and a space), which YAML reads as the start of another field. Put the whole text in double quotes:\n    ${quoted}`;
      break;
    case 'MISSING_CHAR':
      message = `a quotation mark opened here is never closed. End the text with the same mark; a " inside double quotes is written \\".`;
      break;
    case 'UNEXPECTED_TOKEN':
      message = /^'[^']*'\S/.test(value)
        ? `the text starts with an apostrophe, so YAML takes it for a quotation mark and ends the text at the next one. Put the text in double quotes instead:\n    ${quoted}`
        : /:\s/.test(value)
          ? `the text contains ": " (a colon and a space), which YAML reads as the start of another field. Put the whole text in double quotes:\n    ${quoted}`
          : `YAML cannot read this line. If it is a text, put it in double quotes:\n    ${quoted}`;
      break;
    case 'BAD_SCALAR_START':
      message = `a text cannot start with "${value.charAt(0)}" in YAML. Put it in double quotes:\n    ${quoted}`;
      break;
    case 'TAB_AS_INDENT':
      message = 'the line is indented with a tab. Indent with spaces.';
      break;
    case 'BAD_INDENT':
      message = 'the line is indented differently from the fields around it. Fields that belong together start in the same column (use spaces).';
      break;
    case 'DUPLICATE_KEY':
      message = 'this field appears twice. Keep one.';
      break;
    default:
      message = `YAML cannot read this: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.`;
  }
  return { problem: { file, line: index + firstLine, ...(field ? { field } : {}), message } };
}

/** Splits an MDX/Markdown file into its frontmatter YAML and body. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
  const match = text.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/);
  return match ? { yaml: match[1]!, body: match[2]! } : undefined;
}

/** The line (1-based) of a top-level or nested field in YAML text, for pointing at it. */
function lineOf(yaml: string, path: readonly PropertyKey[], firstLine: number): number | undefined {
  const lines = yaml.split(/\r?\n/);
  let from = 0;
  let found: number | undefined;
  for (const segment of path) {
    if (typeof segment !== 'string') continue;
    const index = lines.findIndex((line, i) => i >= from && keyOn([line], 0) === segment);
    if (index < 0) break;
    found = index;
    from = index + 1;
  }
  return found === undefined ? undefined : found + firstLine;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, segment) => (typeof segment === 'number' ? `${name}, item ${segment + 1}` : name ? `${name}.${String(segment)}` : String(segment)), '');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly options?: readonly unknown[];
  readonly note?: string;
}

function explainIssue(issue: Issue): string {
  const { input } = issue;
  const length = typeof input === 'string' ? [...input.trim()].length : Array.isArray(input) ? input.length : undefined;
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `is ${length} characters long; the limit is ${issue.maximum}. Shorten it.`;
      if (issue.origin === 'array') return `has ${length} items; it can have at most ${issue.maximum}.`;
      return `is ${String(input)}; the most it can be is ${issue.maximum}.`;
    case 'too_small':
      if (issue.origin === 'string') return length === 0 ? 'is empty. Write a text, or leave the field out if it is optional.' : `is ${length} characters long; it needs at least ${issue.minimum}.`;
      if (issue.origin === 'array') return `has ${plural(length ?? 0, 'item', 'items')}; it needs ${issue.minimum}.`;
      return `is ${String(input)}; the least it can be is ${issue.minimum}.`;
    case 'invalid_type':
      if (input === undefined) return 'is missing.';
      if (!issue.message.startsWith('Invalid input')) return `${issue.message}.`; // the schema's own words
      if (issue.expected === 'date') return 'is not a date. Write it as YYYY-MM-DD, for example 2026-04-04.';
      if (Array.isArray(input) && issue.expected !== 'array') return `should be a single ${issue.expected}, not a list.`;
      return `should be a ${issue.expected === 'string' ? 'text' : issue.expected}${typeof input === 'string' ? ` (without quotes for a number: ${input.trim()})` : ''}.`;
    case 'invalid_value':
      return `is "${String(input)}"; it must be one of: ${(issue.values ?? []).map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return ''; // said per key by explainSchemaIssues
    case 'invalid_union':
      // A field that chooses the kind of file (a quiz question's `format`).
      if (issue.options) {
        const value = input && typeof input === 'object' ? (input as Record<string, unknown>)[String(issue.path.at(-1))] : input;
        return `is "${String(value ?? '')}"; it must be one of: ${issue.options.filter((o) => typeof o === 'string').join(', ')} (or left out).`;
      }
      return `${issue.message}.`;
    default:
      return `${issue.message.replace(/^Invalid input: /, '')}.`.replace(/\.\.$/, '.');
  }
}

/** Turns schema issues (Zod) into problems that name the field and its line in plain words. */
export function explainSchemaIssues(file: string, issues: readonly Issue[], yaml = '', firstLine = 1): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return (issue.keys ?? []).map((key) => {
        const path = [...issue.path, key];
        const line = lineOf(yaml, path, firstLine);
        return { file, ...(line ? { line } : {}), field: fieldName(path), message: 'is not a field this file can have. Check the spelling, or remove it.' };
      });
    }
    const line = lineOf(yaml, issue.path, firstLine);
    const field = fieldName(issue.path);
    return [{ file, ...(line ? { line } : {}), ...(field ? { field } : {}), message: explainIssue(issue) }];
  });
}
