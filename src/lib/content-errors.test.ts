import { describe, expect, it } from 'vitest';
import { explainSchemaIssues, formatProblem, parseYaml, splitFrontmatter } from './content-errors.ts';
import { pageSchema } from './page-schema.ts';
import { quizQuestionSchema } from './quiz-schema.ts';

const FILE = 'content/pages/fr/about.mdx';
const yamlProblem = (text: string, firstLine = 2) => {
  const result = parseYaml(FILE, text, firstLine);
  if (!result.problem) throw new Error('parsed without a problem');
  return formatProblem(result.problem);
};

describe('parseYaml', () => {
  it('reads valid YAML', () => {
    expect(parseYaml(FILE, 'title: "Mines: a danger"\nnav:\n  order: 1\n')).toEqual({ data: { title: 'Mines: a danger', nav: { order: 1 } } });
  });

  it('explains a value with ": " that needs quotes, naming the file, line and field', () => {
    expect(yamlProblem('title: About\ndescription: Mines: a danger that lasts\n')).toBe(
      `${FILE}, line 3, field "description": the text contains ": " (a colon and a space), which YAML reads as the start of another field. Put the whole text in double quotes:\n    description: "Mines: a danger that lasts"`,
    );
  });

  it('explains an apostrophe at the start of a text', () => {
    expect(yamlProblem("prompt: Tis the day\ncorrect: 'It's over'\n", 1)).toMatch(/line 2, field "correct": the text starts with an apostrophe[\s\S]*correct: "It's over"/);
  });

  it('points an unclosed quote at the field that opened it', () => {
    expect(yamlProblem('title: "About\ndescription: More\n')).toMatch(/line 2, field "title": a quotation mark opened here is never closed/);
  });

  it('explains tabs, bad indentation, reserved first characters and repeated fields', () => {
    expect(yamlProblem('nav:\n\torder: 1\n')).toMatch(/line 3, field "order": the line is indented with a tab/);
    expect(yamlProblem('nav:\n  order: 1\n label: x\n')).toMatch(/line 4, field "label": the line is indented differently/);
    expect(yamlProblem('title: @home\n')).toMatch(/field "title": a text cannot start with "@"[\s\S]*title: "@home"/);
    expect(yamlProblem('title: x\ntitle: y\n')).toMatch(/line 3, field "title": this field appears twice/);
  });
});

describe('splitFrontmatter', () => {
  it('separates the frontmatter from the body', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n\nBody\n')).toEqual({ yaml: 'title: A', body: '\nBody\n' });
    expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody')).toEqual({ yaml: 'title: A', body: 'Body' });
    expect(splitFrontmatter('No frontmatter')).toBeUndefined();
  });
});

describe('explainSchemaIssues', () => {
  const explain = (schema: typeof pageSchema | typeof quizQuestionSchema, yaml: string) => {
    const parsed = parseYaml(FILE, yaml, 2);
    const result = schema.safeParse(parsed.data, { reportInput: true });
    if (result.success) throw new Error('valid');
    return explainSchemaIssues(FILE, result.error.issues, yaml, 2).map(formatProblem);
  };
  const page = (fields: string) => `title: About\ndescription: A description long enough for the schema.\nlastReviewed: 2026-11-27\n${fields}`;

  it('says how long a description is and what its limit is', () => {
    expect(explain(pageSchema, `title: About\ndescription: ${'x'.repeat(230)}\nlastReviewed: 2026-11-27\n`)).toEqual([
      `${FILE}, line 3, field "description": is 230 characters long; the limit is 200. Shorten it.`,
    ]);
  });

  it('names missing fields, misspelt fields, bad choices and bad dates', () => {
    expect(explain(pageSchema, 'description: A description long enough for the schema.\nlastReviewed: 2026-11-27\n')).toEqual([`${FILE}, field "title": is missing.`]);
    expect(explain(pageSchema, page('titel: x\n'))).toEqual([`${FILE}, line 5, field "titel": is not a field this file can have. Check the spelling, or remove it.`]);
    expect(explain(pageSchema, page('nav:\n  order: 1\n  placement: side\n'))).toEqual([`${FILE}, line 7, field "nav.placement": is "side"; it must be one of: header, footer.`]);
    expect(explain(pageSchema, page('nav:\n  order: "one"\n'))).toEqual([`${FILE}, line 6, field "nav.order": should be a number (without quotes for a number: one).`]);
    expect(explain(pageSchema, 'title: About\ndescription: A description long enough for the schema.\nlastReviewed: soon\n')).toEqual([
      `${FILE}, line 4, field "lastReviewed": is not a date. Write it as YYYY-MM-DD, for example 2026-04-04.`,
    ]);
  });

  it('says which formats a quiz question can have', () => {
    expect(explain(quizQuestionSchema, 'format: multiple\ntopic: safety\nprompt: What?\nexplanation: Why.\nsource: unicef-facts\npage: staying-safe\n')).toEqual([
      `${FILE}, line 2, field "format": is "multiple"; it must be one of: choice, true-false (or left out).`,
    ]);
  });

  it('names list items in a quiz question', () => {
    const question = `topic: safety\nprompt: What do you do?\ncorrect: Tell an adult.\nwrong:\n  - Touch it.\n  - ${'y'.repeat(130)}\n  - Run.\nexplanation: Adults can call the experts.\nsource: unicef-facts\npage: staying-safe\n`;
    expect(explain(quizQuestionSchema, question)).toEqual([`${FILE}, line 5, field "wrong, item 2": is 130 characters long; the limit is 120. Shorten it.`]);
  });
});
