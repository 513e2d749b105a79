import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getIntlLocale, LOCALE_CODES } from '../i18n/locales.ts';
import { expandPlaceholders, type FigureEntry } from './figures.ts';
import { ROUND_SIZE } from './quiz.ts';
import {
  assertQuizPage,
  assertTranslationMatches,
  countSentences,
  firstWord,
  isRightAnswerLongest,
  longestAnswerRate,
  normaliseOptions,
  QUIZ_TOPICS,
  quizQuestionSchema,
  rightAnswerStartsAlone,
  type QuizQuestionData,
} from './quiz-schema.ts';

const valid = {
  topic: 'safety',
  prompt: 'You see a strange object. What should you do?',
  correct: "Don't touch it, keep away and tell an adult",
  wrong: ['Pick it up', 'Kick it', 'Take it home'],
  explanation: 'Never touch an unknown object. Tell an adult.',
  source: 'unicef-facts-for-life-emergencies',
  page: 'staying-safe',
};

const validTrueFalse = {
  format: 'true-false',
  topic: 'myths',
  prompt: 'Old mines stop working after a few years.',
  answer: false,
  explanation: 'They can stay dangerous for decades.',
  source: 'lm-2008-preface',
  page: 'staying-safe',
};
const labels = { true: 'True', false: 'False' };

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
  it('accepts a complete question, with or without format: choice', () => {
    expect(quizQuestionSchema.parse(valid)).toEqual(valid);
    expect(quizQuestionSchema.parse({ ...valid, format: 'choice' })).toEqual({ ...valid, format: 'choice' });
  });

  it('accepts a true/false question, and a page in a folder', () => {
    expect(quizQuestionSchema.parse(validTrueFalse)).toEqual(validTrueFalse);
    expect(quizQuestionSchema.parse({ ...validTrueFalse, answer: true, page: 'regions/cambodia' }).page).toBe('regions/cambodia');
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
    ['page', { ...valid, page: undefined }],
    ['page', { ...valid, page: '/en/staying-safe/' }],
    ['page', { ...valid, page: 'staying-safe.mdx' }],
    ['page', { ...valid, page: 'Staying Safe' }],
    ['format', { ...valid, format: 'yes-no' }],
    ['answer', { ...validTrueFalse, answer: undefined }],
    ['answer', { ...validTrueFalse, answer: 'false' }],
    ['answer', { ...validTrueFalse, answer: 0 }],
    ['prompt', { ...validTrueFalse, prompt: 'x'.repeat(201) }],
  ])('rejects a bad %s', (field, data) => {
    const result = quizQuestionSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => String(issue.path[0]))).toContain(field);
  });

  it('rejects unknown fields (a misspelt key), and fields of the other format', () => {
    expect(quizQuestionSchema.safeParse({ ...valid, sources: 'x' }).success).toBe(false);
    expect(quizQuestionSchema.safeParse({ ...valid, answer: true }).success, 'answer in a choice question').toBe(false);
    expect(quizQuestionSchema.safeParse({ ...validTrueFalse, correct: 'True' }).success, 'correct in a true/false question').toBe(false);
    expect(quizQuestionSchema.safeParse({ ...validTrueFalse, wrong: ['a', 'b', 'c'] }).success, 'wrong in a true/false question').toBe(false);
  });
});

describe('normaliseOptions', () => {
  const choice = quizQuestionSchema.parse(valid);

  it('gives a multiple-choice question its four options in a fixed, id-seeded order, with the right answer indexed', () => {
    const a = normaliseOptions('safety-found-object', choice, labels);
    expect(a.fixedOrder).toBe(false);
    expect([...a.options].sort()).toEqual([valid.correct, ...valid.wrong].sort());
    expect(a.options[a.answer]).toBe(valid.correct);
    expect(normaliseOptions('safety-found-object', choice, labels)).toEqual(a);
    // Over many ids the right answer lands in every position.
    const positions = new Set(Array.from({ length: 40 }, (_, i) => normaliseOptions(`q-${i}`, choice, labels).answer));
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });

  it('gives a true/false question the two labels, True first, never shuffled', () => {
    const statement = quizQuestionSchema.parse(validTrueFalse);
    expect(normaliseOptions('a', statement, labels)).toEqual({ options: ['True', 'False'], answer: 1, fixedOrder: true });
    expect(normaliseOptions('b', quizQuestionSchema.parse({ ...validTrueFalse, answer: true }), { true: 'Vrai', false: 'Faux' })).toEqual({
      options: ['Vrai', 'Faux'],
      answer: 0,
      fixedOrder: true,
    });
  });
});

describe('assertQuizPage', () => {
  const pages = new Set(['staying-safe', 'regions/cambodia', 'regions']);
  it('accepts an English page and fails naming the file and the field for an unknown one', () => {
    expect(() => assertQuizPage('content/quiz/en/a.yaml', 'regions/cambodia', pages)).not.toThrow();
    expect(() => assertQuizPage('content/quiz/en/a.yaml', 'regions/atlantis', pages)).toThrow(/^content\/quiz\/en\/a\.yaml: page: "regions\/atlantis"/);
  });
});

describe('assertTranslationMatches', () => {
  const english = quizQuestionSchema.parse(validTrueFalse);
  const file = 'content/quiz/fr/a.yaml';
  it('accepts a translation that changes only the text', () => {
    expect(() => assertTranslationMatches(file, english, { ...english, prompt: 'Les vieilles mines cessent de fonctionner.' })).not.toThrow();
  });
  it.each([
    ['format', quizQuestionSchema.parse({ ...valid, topic: 'myths' })],
    ['answer', { ...english, answer: true }],
    ['page', { ...english, page: 'the-day' }],
  ])('fails naming the file and %s when it differs from English', (field, translation) => {
    expect(() => assertTranslationMatches(file, english, translation as QuizQuestionData)).toThrow(`${file}: ${field} differs`);
  });
});

describe('answer cues', () => {
  const choice = (correct: string, wrong: [string, string, string]) => quizQuestionSchema.parse({ ...valid, correct, wrong });

  it('spots a right answer longer than every wrong one, not a tie', () => {
    expect(isRightAnswerLongest(choice('A long right answer', ['Short', 'Shorter one', 'Tiny']))).toBe(true);
    expect(isRightAnswerLongest(choice('Same length', ['Other words', 'x', 'y']))).toBe(false);
    expect(isRightAnswerLongest(choice('Short', ['A much longer wrong one', 'x', 'y']))).toBe(false);
  });

  it('spots a right answer that is the only one to start with a different word', () => {
    expect(firstWord('Myth; it harms whoever sets it off')).toBe('myth');
    expect(firstWord('  "Fact," they say')).toBe('fact');
    expect(rightAnswerStartsAlone(choice('Myth; it harms anyone', ['Fact; one', 'Fact; two', 'fact: three']))).toBe(true);
    expect(rightAnswerStartsAlone(choice('It was extended', ['It was met', 'It was dropped', 'It was moved']))).toBe(false);
    expect(rightAnswerStartsAlone(choice('Stay out', ['Walk past', 'Take the sign', 'Go in']))).toBe(false);
  });

  it('measures the longest-answer rate over multiple-choice questions only', () => {
    const statement = quizQuestionSchema.parse(validTrueFalse);
    const bank = [choice('A long right answer', ['a', 'b', 'c']), choice('Short', ['Much longer', 'b', 'c']), statement, statement];
    expect(longestAnswerRate(bank)).toEqual({ longest: 1, choice: 2, rate: 0.5 });
    expect(longestAnswerRate([statement]).rate).toBe(0);
    expect(isRightAnswerLongest(statement)).toBe(false);
    expect(rightAnswerStartsAlone(statement)).toBe(false);
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
  // As readers see them: {fig:…}, {date:…} and {num:…} written out in English.
  const figures = new Map((parse(readFileSync('content/data/figures.yaml', 'utf8')) as FigureEntry[]).map((f) => [f.id, f]));
  const expand = (text: string) => expandPlaceholders(text, figures, getIntlLocale('en'), 'quiz');
  const expanded = (data: QuizQuestionData): QuizQuestionData => ({
    ...data,
    prompt: expand(data.prompt),
    explanation: expand(data.explanation),
    ...(data.format === 'true-false' ? {} : { correct: expand(data.correct), wrong: data.wrong.map(expand) as [string, string, string] }),
  }) as QuizQuestionData;
  const questions = english.map((file) => ({ file, data: expanded(quizQuestionSchema.parse(parse(readFileSync(join('content/quiz/en', file), 'utf8')))) }));

  it('has at least 40 English questions, enough for a round, with at least three in every topic', () => {
    expect(questions.length).toBeGreaterThanOrEqual(Math.max(40, ROUND_SIZE));
    for (const topic of QUIZ_TOPICS) expect(questions.filter((q) => q.data.topic === topic).length, topic).toBeGreaterThanOrEqual(3);
  });

  it('does not give answers away by length: the right answer is the longest option in at most one question in three', () => {
    const { longest, choice, rate } = longestAnswerRate(questions.map((q) => q.data));
    const which = questions.filter(({ data }) => isRightAnswerLongest(data)).map((q) => q.file);
    console.info(`Right answer longest in ${longest} of ${choice} multiple-choice questions (${Math.round(rate * 100)}%): ${which.join(', ') || 'none'}`);
    expect(rate).toBeLessThanOrEqual(1 / 3);
  });

  // A translation can lengthen the right answer more than the others: checked in every language.
  for (const locale of LOCALE_CODES.filter((l) => l !== 'en' && files(l).length >= ROUND_SIZE)) {
    it(`does not give answers away by length in ${locale} either`, () => {
      const translated = files(locale).map((file) => ({ file, data: quizQuestionSchema.parse(parse(readFileSync(join('content/quiz', locale, file), 'utf8'))) }));
      const { longest, choice, rate } = longestAnswerRate(translated.map((q) => q.data));
      const which = translated.filter(({ data }) => isRightAnswerLongest(data)).map((q) => q.file);
      console.info(`${locale}: right answer longest in ${longest} of ${choice} multiple-choice questions (${Math.round(rate * 100)}%): ${which.join(', ') || 'none'}`);
      expect(rate).toBeLessThanOrEqual(1 / 3);
    });
  }

  it('does not give answers away by form: the right answer is never the only one starting with a different word', () => {
    const alone = questions.filter(({ data }) => rightAnswerStartsAlone(data)).map((q) => q.file);
    expect(alone).toEqual([]);
  });

  it('mixes true and false answers among true/false questions', () => {
    const answers = questions.flatMap(({ data }) => (data.format === 'true-false' ? [data.answer] : []));
    if (answers.length >= 4) expect(new Set(answers)).toEqual(new Set([true, false]));
  });

  it('names every question file with a valid id', () => {
    for (const file of english) expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/);
  });

  it('cites a source from content/sources.yaml in every question', () => {
    for (const { file, data } of questions) expect(registry.has(data.source), `${file}: ${data.source}`).toBe(true);
  });

  it('points every question at an English page that exists', () => {
    for (const { file, data } of questions) {
      const path = join('content/pages/en', `${data.page}.mdx`);
      const index = join('content/pages/en', data.page, 'index.mdx');
      expect(existsSync(path) || existsSync(index), `${file}: page ${data.page}`).toBe(true);
    }
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
