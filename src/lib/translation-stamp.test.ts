import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from './content-errors.ts';
import { stampFrontmatter, stampYaml } from './translation-stamp.ts';

const page = '---\ntitle: À propos\ndescription: Une description assez longue.\nlastReviewed: 2026-11-27\n---\n\nTexte.\n';

describe('stampFrontmatter', () => {
  it('adds the record at the end of the frontmatter, leaving the rest untouched', () => {
    const stamped = stampFrontmatter(page, '0123abcd');
    expect(stamped).toBe('---\ntitle: À propos\ndescription: Une description assez longue.\nlastReviewed: 2026-11-27\ntranslation:\n  source: "0123abcd"\n---\n\nTexte.\n');
    expect(parse(splitFrontmatter(stamped)!.yaml).translation).toEqual({ source: '0123abcd' });
  });

  it('replaces an existing record, in block or one-line form, keeping other fields of it', () => {
    const block = stampFrontmatter(page, '11111111');
    expect(stampFrontmatter(block, '22222222')).toBe(block.replace('11111111', '22222222'));
    const withStatus = page.replace('lastReviewed', 'translation:\n  status: draft\n  source: 12345678\nlastReviewed');
    expect(parse(splitFrontmatter(stampFrontmatter(withStatus, '0000abcd'))!.yaml).translation).toEqual({ status: 'draft', source: '0000abcd' });
    const oneLine = page.replace('lastReviewed', 'translation: { source: "11111111" }\nlastReviewed');
    expect(parse(splitFrontmatter(stampFrontmatter(oneLine, '33333333'))!.yaml)).toMatchObject({ translation: { source: '33333333' }, lastReviewed: '2026-11-27' });
  });

  it('keeps the review status, in block or one-line form', () => {
    const reviewed = page.replace('lastReviewed', 'translation:\n  source: "11111111"\n  status: reviewed\n  reviewedBy: Marie Curie\n  reviewedOn: 2026-12-01\nlastReviewed');
    expect(parse(splitFrontmatter(stampFrontmatter(reviewed, '22222222'))!.yaml).translation).toEqual({ source: '22222222', status: 'reviewed', reviewedBy: 'Marie Curie', reviewedOn: '2026-12-01' });
    const oneLine = page.replace('lastReviewed', 'translation: { source: "11111111", status: reviewed, reviewedBy: "Ana María", reviewedOn: 2026-12-01 }\nlastReviewed');
    const stamped = stampFrontmatter(oneLine, '33333333');
    expect(parse(splitFrontmatter(stamped)!.yaml).translation).toEqual({ source: '33333333', status: 'reviewed', reviewedBy: 'Ana María', reviewedOn: '2026-12-01' });
    expect(stamped).toContain('lastReviewed: 2026-11-27');
    expect(stampYaml('translation: { status: draft }\nprompt: Que faire ?\n', 'abcdef01')).toBe('translation:\n  source: "abcdef01"\n  status: draft\nprompt: Que faire ?\n');
  });

  it('keeps Windows line endings', () => {
    const crlf = page.replace(/\n/g, '\r\n');
    expect(stampFrontmatter(crlf, '0123abcd')).toContain('lastReviewed: 2026-11-27\r\ntranslation:\r\n  source: "0123abcd"\r\n---\r\n');
  });

  it('refuses a file without frontmatter', () => {
    expect(() => stampFrontmatter('Texte.', '0123abcd')).toThrow(/frontmatter/);
  });
});

describe('stampYaml', () => {
  it('adds or replaces the record in a question file', () => {
    const question = 'topic: safety\nprompt: Que faire ?\n';
    expect(stampYaml(question, 'abcdef01')).toBe(`${question}translation:\n  source: "abcdef01"\n`);
    expect(stampYaml('topic: safety', 'abcdef01')).toBe('topic: safety\ntranslation:\n  source: "abcdef01"\n');
    expect(stampYaml(stampYaml(question, 'abcdef01'), '12345678')).toBe(`${question}translation:\n  source: "12345678"\n`);
    expect(stampYaml(`translation:\n  source: "abcdef01"\n${question}`, '12345678')).toBe(`translation:\n  source: "12345678"\n${question}`);
  });
});
