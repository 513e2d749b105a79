// Reads public/_headers the way Cloudflare Pages does, so tests can check which
// response headers each page gets (the e2e tests serve dist/ with them). Rules:
// - a line starting with "/" (or "https://") opens a rule for a URL pattern; indented
//   "Name: value" lines below it attach headers, "! Name" lines detach a header set
//   by an earlier rule; "#" starts a comment;
// - in a pattern, "*" (one per pattern) matches any characters and ":name" one path
//   segment;
// - every matching rule applies, in file order: first its detaches, then its headers;
//   a header set by an earlier rule and set again is joined with ", ".

export interface HeaderRule {
  readonly pattern: string;
  readonly set: readonly (readonly [string, string])[];
  readonly unset: readonly string[];
  readonly line: number;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; set: [string, string][]; unset: string[]; line: number }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      const pattern = raw.trim();
      if (!pattern.startsWith('/') && !pattern.startsWith('https://')) throw new Error(`_headers line ${line}: a rule must start with "/" (got "${pattern}")`);
      if ((pattern.match(/\*/g) ?? []).length > 1) throw new Error(`_headers line ${line}: only one "*" is allowed in a pattern`);
      rules.push({ pattern, set: [], unset: [], line });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${line}: a header before any URL pattern`);
    const body = raw.trim();
    const detach = body.match(/^!\s*([A-Za-z0-9-]+)$/);
    if (detach) {
      rule.unset.push(detach[1]!);
      return;
    }
    const header = body.match(/^([A-Za-z0-9-]+)\s*:\s*(.+)$/);
    if (!header) throw new Error(`_headers line ${line}: expected "Name: value" or "! Name", got "${body}"`);
    rule.set.push([header[1]!, header[2]!.trim()]);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https:\/\/[^/]+/, '');
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '(.*)' : part.startsWith(':') ? '([^/]+)' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function ruleMatches(rule: Pick<HeaderRule, 'pattern'>, pathname: string): boolean {
  return patternToRegExp(rule.pattern).test(pathname);
}

/** The headers the rules give a path, by lower-case name. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  const setByRules = new Set<string>();
  for (const rule of rules) {
    if (!ruleMatches(rule, pathname)) continue;
    for (const name of rule.unset) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, setByRules.has(key) && previous !== undefined ? `${previous}, ${value}` : value);
      setByRules.add(key);
    }
  }
  return headers;
}
