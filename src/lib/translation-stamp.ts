// Writes `translation: { source: "<hash>" }` into a translated page's frontmatter or a
// translated question's YAML, keeping everything else in the file as it was (the
// record's other fields too: status, reviewedBy, reviewedOn). Used by
// `npm run i18n:stamp`, so translators never have to type a fingerprint.
import { parse } from 'yaml';

const RECORD = /^translation:[ \t]*\r?\n(?:[ \t]+.*\r?\n?)*/m;

function withRecord(yaml: string, hash: string, eol: string): string {
  const record = `translation:${eol}  source: "${hash}"${eol}`;
  if (RECORD.test(yaml)) {
    return yaml.replace(RECORD, (block) => {
      if (/^[ \t]+source:.*$/m.test(block)) return block.replace(/^([ \t]+source:).*$/m, `$1 "${hash}"`);
      return block.replace(/^translation:[ \t]*\r?\n/, `translation:${eol}  source: "${hash}"${eol}`);
    });
  }
  // A one-line `translation: { source: …, status: … }` is replaced by the block form, keeping its other fields.
  const flow = yaml.match(/^translation:[ \t]*(\{.*\})[ \t]*(?:#.*)?$/m);
  if (flow) {
    let fields: Record<string, unknown> = {};
    try {
      const parsed: unknown = parse(flow[1]!);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
    } catch {
      // unreadable: the build's check names it; write the record afresh
    }
    const rest = Object.entries(fields)
      .filter(([key]) => key !== 'source')
      .map(([key, value]) => `  ${key}: ${value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' && /^[\w.-]+$/.test(value) ? value : JSON.stringify(value)}${eol}`)
      .join('');
    return yaml.replace(/^translation:.*(\r?\n|$)/m, `${record}${rest}`);
  }
  if (/^translation:.*$/m.test(yaml)) return yaml.replace(/^translation:.*(\r?\n|$)/m, record);
  return `${yaml}${yaml === '' || yaml.endsWith('\n') ? '' : eol}${record}`;
}

/** Sets the record in a whole YAML file (a quiz question). */
export function stampYaml(text: string, hash: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return withRecord(text, hash, eol);
}

/** Sets the record in the frontmatter of an MDX page. */
export function stampFrontmatter(text: string, hash: string): string {
  const match = text.match(/^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))/);
  if (!match) throw new Error('the file does not start with a frontmatter block between two --- lines');
  const eol = match[1]!.endsWith('\r\n') ? '\r\n' : '\n';
  const yaml = match[2] ?? '';
  return `${match[1]}${withRecord(yaml, hash, eol)}${match[3]}${text.slice(match[0].length)}`;
}
