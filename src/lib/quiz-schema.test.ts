import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { ROUND_SIZE } from './quiz.ts';
import { countSentences, QUIZ_TOPICS, quizQuestionSchema } from './quiz-schema.ts';

const valid = {
  topic: 'safety',
  prompt: 'You see a strange object. What should you do?',
  correct: "Don't touch it, keep away and tell an adult",
  wrong: ['Pick it up', 'Kick it', 'Take it home'],
  explanation: 'Never touch an unknown object. Tell an adult.',
  source: 'unicef-facts-for-life-emergencies',
};

describe('countSentences', () => {
  it('counts sentence ends, not dots inside numbers or ids', () => {
    expect(countSentences('One. Two!')).toBe(2);
    expect(countSentences('About 1.125 million people (A/RES/60/97).')).toBe(1);
    expect(countSentences('It said "roughly one day of fighting". Then more.')).toBe(2);
    expect(countSentences('هل هذا صحيح؟ نعم.')).toBe(2);
    expect(countSentences('No full stop')).toBe(1);
  });
});

describe('quizQuestionSchema', () => {
  it('accepts a complete question', () => {
    expect(quizQuestionSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['topic', { ...valid, topic: 'sport' }],
    ['prompt', { ...valid, prompt: '' }],
    ['correct', { ...valid, correct: undefined }],
    ['wrong', { ...valid, wrong: ['a', 'b'] }],
    ['wrong', { ...valid, wrong: ['a', 'b', 'c', 'd'] }],
    ['wrong', { ...valid, wrong: ['Pick it up', 'pick it up', 'Kick it'] }],
    ['wrong', { ...valid, wrong: [valid.correct, 'b', 'c'] }],
    ['explanation', { ...valid, explanation: 'One. Two. Three.' }],
    ['source', { ...valid, source: 'Not An Id' }],
    ['source', { ...valid, source: undefined }],
  ])('rejects a bad %s', (field, data) => {
    const result = quizQuestionSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => String(issue.path[0]))).toContain(field);
  });

  it('rejects unknown fields (a misspelt key)', () => {
    expect(quizQuestionSchema.safeParse({ ...valid, sources: 'x' }).success).toBe(false);
  });
});

// The real question bank.
describe('content/quiz', () => {
  const registry = new Set((parse(readFileSync('content/sources.yaml', 'utf8')) as Array<{ id: string }>).map((s) => s.id));
  const files = (locale: string) => {
    try {
      return readdirSync(join('content/quiz', locale)).filter((f) => /\.ya?ml$/.test(f));
    } catch {
      return [];
    }
  };
  const english = files('en');
  const questions = english.map((file) => ({ file, data: quizQuestionSchema.parse(parse(readFileSync(join('content/quiz/en', file), 'utf8'))) }));

  it('has at least 24 English questions, enough for a round, in every topic', () => {
    expect(questions.length).toBeGreaterThanOrEqual(Math.max(24, ROUND_SIZE));
    for (const topic of QUIZ_TOPICS) expect(questions.filter((q) => q.data.topic === topic).length, topic).toBeGreaterThanOrEqual(3);
  });

  it('names every question file with a valid id', () => {
    for (const file of english) expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/);
  });

  it('cites a source from content/sources.yaml in every question', () => {
    for (const { file, data } of questions) expect(registry.has(data.source), `${file}: ${data.source}`).toBe(true);
  });

  it('has translations only of English questions', () => {
    for (const locale of LOCALE_CODES.filter((l) => l !== 'en')) {
      for (const file of files(locale)) expect(english, `content/quiz/${locale}/${file}`).toContain(file);
    }
  });

  it('uses only the verified safety messages: never "recognise, retreat, report" or "stay still"', () => {
    for (const { file, data } of questions) {
      const text = JSON.stringify(data).toLowerCase();
      expect(text, file).not.toMatch(/\bretreat|stay still|stand still|\bfreeze\b|\bprob(e|ing)\b|\bprod(ding)?\b/);
    }
  });
});
