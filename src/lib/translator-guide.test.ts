// TRANSLATING.md documents every length limit a translator meets, with the numbers the
// schemas enforce: change a limit and this test asks for the guide to follow.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageSchema } from './page-schema.ts';
import { quizQuestionSchema } from './quiz-schema.ts';

const guide = readFileSync('TRANSLATING.md', 'utf8');
const row = (kind: string, field: string) => guide.split('\n').find((line) => line.startsWith(`| ${kind} | \`${field}\``)) ?? '';

describe('TRANSLATING.md', () => {
  it('gives the limits of page fields', () => {
    const { title, description, nav } = pageSchema.shape;
    expect(row('page', 'title')).toContain(`${title.minLength} to ${title.maxLength} characters`);
    expect(row('page', 'description')).toContain(`${description.minLength} to ${description.maxLength} characters`);
    const label = nav.unwrap().shape.label.unwrap();
    expect(row('page', 'nav.label')).toContain(`${label.minLength} to ${label.maxLength} characters`);
  });

  it('gives the limits of quiz question fields', () => {
    // Multiple choice has every field; true/false shares prompt and explanation with it.
    const choice = quizQuestionSchema.options.find((option) => 'correct' in option.shape)!;
    const { prompt, correct, wrong, explanation } = choice.shape as unknown as Record<'prompt' | 'correct' | 'explanation', { minLength: number; maxLength: number }> & { wrong: { def: { items: unknown } } };
    expect(row('quiz question', 'prompt')).toContain(`${prompt.minLength} to ${prompt.maxLength} characters`);
    expect(row('quiz question', 'correct')).toContain(`${correct.minLength} to ${correct.maxLength} characters`);
    const items = wrong.def.items as unknown as { minLength: number; maxLength: number }[];
    expect(row('quiz question', 'wrong')).toContain(`exactly ${items.length} answers, each ${items[0]!.minLength} to ${items[0]!.maxLength} characters`);
    expect(row('quiz question', 'explanation')).toContain(`${explanation.minLength} to ${explanation.maxLength} characters`);
  });

  it('is linked from the README, and links the quiz guide', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('(TRANSLATING.md)');
    expect(guide).toContain('(content/quiz/README.md)');
  });
});
