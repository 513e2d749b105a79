// The schema of one quiz question file, content/quiz/<locale>/<id>.yaml. The file
// name is the question's id, shared by every locale. Kept apart from
// content.config.ts so unit tests can exercise it without Astro's runtime.
//
// Two formats: multiple choice (the default: `correct` and three `wrong`) and
// true/false (`format: true-false`, a statement as the prompt and `answer: true`
// or `answer: false`). normaliseOptions() turns either into the one shape the
// quiz, the worksheet and the result screens use, so they never look at the format.
import { z } from 'astro/zod';
import { hashSeed, mulberry32, OPTION_COUNT, permutation } from './quiz.ts';
import { SOURCE_ID } from './sources.ts';

/** The subjects a round covers; each round draws at least one question per topic. */
export const QUIZ_TOPICS = ['the-day', 'treaties', 'global', 'safety', 'regions', 'deminers', 'myths'] as const;
export type QuizTopic = (typeof QUIZ_TOPICS)[number];

/** The two formats a question file can have; `format` left out means 'choice'. */
export const QUIZ_FORMATS = ['choice', 'true-false'] as const;
export type QuizFormat = (typeof QUIZ_FORMATS)[number];

/** A page's English path as written in a question: `staying-safe`, `regions/cambodia`. */
export const PAGE_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;

/** Sentences in a text: runs ending in . ! ? or the Arabic question mark, followed by a space or the end. */
export function countSentences(text: string): number {
  return (text.trim().match(/[.!?؟…]+["'”’»)]*(?=\s|$)/g) ?? []).length || 1;
}

const text = (max: number) => z.string().trim().min(1).max(max);

// The fields every question has, whatever its format.
const common = {
  topic: z.enum(QUIZ_TOPICS),
  /** The question (or, for true/false, the statement), as the legend of its fieldset. */
  prompt: text(200),
  /** Why the answer is right: one or two sentences, shown after answering and in the answer key. */
  explanation: text(320).refine((value) => countSentences(value) <= 2, 'use one or two sentences'),
  /** The id of an entry in content/sources.yaml that supports the answer and explanation. */
  source: z.string().regex(SOURCE_ID, 'use the id of an entry in content/sources.yaml'),
  /** The English path of the page a pupil should read after missing the question; it must exist in content/pages/en/. */
  page: z.string().regex(PAGE_SLUG, 'use the English path of a page in content/pages/en/, e.g. staying-safe or regions/cambodia'),
};

const choiceQuestion = z
  .strictObject({
    format: z.literal('choice').optional(),
    ...common,
    /** The right answer. The quiz shuffles the four options, so order in the file does not matter. */
    correct: text(120),
    /** Exactly three wrong answers. */
    wrong: z.tuple([text(120), text(120), text(120)]),
  })
  .refine((q) => new Set([q.correct, ...q.wrong].map((o) => o.toLowerCase())).size === 4, {
    message: 'the four options must all be different',
    path: ['wrong'],
  });

const trueFalseQuestion = z.strictObject({
  format: z.literal('true-false'),
  ...common,
  /** Whether the statement in `prompt` is true. The options are the UI strings quiz.true and quiz.false. */
  answer: z.boolean({ error: 'write answer: true or answer: false' }),
});

export const quizQuestionSchema = z.discriminatedUnion('format', [choiceQuestion, trueFalseQuestion]);

export type QuizQuestionData = z.infer<typeof quizQuestionSchema>;

/** The labels of a true/false question's two options, in the question's language. */
export interface TrueFalseLabels {
  readonly true: string;
  readonly false: string;
}

/** A question's options as every view shows them, whatever the file's format. */
export interface NormalisedOptions {
  /** The options in their fixed order: the order shown without JavaScript and on the worksheet. */
  readonly options: string[];
  /** Index in `options` of the right answer. */
  readonly answer: number;
  /** True when the options must stay in this order (True before False); false when a round may shuffle them. */
  readonly fixedOrder: boolean;
}

/**
 * Multiple choice: the four options in an order fixed per question id (the same in
 * every build and locale, so the right answer is not always first). True/false: the
 * two labels, True then False, never shuffled.
 */
export function normaliseOptions(id: string, data: QuizQuestionData, labels: TrueFalseLabels): NormalisedOptions {
  if (data.format === 'true-false') {
    return { options: [labels.true, labels.false], answer: data.answer ? 0 : 1, fixedOrder: true };
  }
  const order = permutation(OPTION_COUNT, mulberry32(hashSeed(id)));
  const unordered = [data.correct, ...data.wrong];
  return { options: order.map((i) => unordered[i]!), answer: order.indexOf(0), fixedOrder: false };
}

/** Throws, naming the file and the field, when a question's `page` is not an English page. */
export function assertQuizPage(file: string, page: string, englishSlugs: ReadonlySet<string>): void {
  if (!englishSlugs.has(page)) {
    throw new Error(
      `${file}: page: "${page}" is not a page of the site. Use the English path of a file in content/pages/en/ without ".mdx", e.g. staying-safe or regions/cambodia.`,
    );
  }
}

/**
 * Throws, naming the file and the field, when a translation differs from its English
 * question in what translators leave as it is: the format, a true/false answer, the page.
 */
export function assertTranslationMatches(file: string, english: QuizQuestionData, translation: QuizQuestionData): void {
  const format = (q: QuizQuestionData) => q.format ?? 'choice';
  const differs =
    format(english) !== format(translation)
      ? 'format'
      : english.format === 'true-false' && translation.format === 'true-false' && english.answer !== translation.answer
        ? 'answer'
        : english.page !== translation.page
          ? 'page'
          : undefined;
  if (differs) {
    throw new Error(`${file}: ${differs} differs from the English question; copy it from the English file as it is (translate only the text).`);
  }
}

// Cues that give the answer away without knowing it: the right option being the
// longest, or the only one that starts differently. Checked over the whole bank
// by the unit tests; true/false questions have no distractors to compare.

/** True for a multiple-choice question whose right answer is longer than every wrong one (never for true/false). */
export function isRightAnswerLongest(q: QuizQuestionData): boolean {
  return q.format !== 'true-false' && q.wrong.every((option) => q.correct.length > option.length);
}

/** The first word of an option, lower-cased and without punctuation: "Myth;" gives "myth". */
export function firstWord(option: string): string {
  return (option.trim().split(/\s+/)[0] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** True when the three wrong options start with the same word and the right one does not (never for true/false). */
export function rightAnswerStartsAlone(q: QuizQuestionData): boolean {
  if (q.format === 'true-false') return false;
  const starts = new Set(q.wrong.map(firstWord));
  return starts.size === 1 && !starts.has(firstWord(q.correct));
}

/** How often the right answer is the longest option, over the multiple-choice questions of a bank. */
export function longestAnswerRate(bank: readonly QuizQuestionData[]): { longest: number; choice: number; rate: number } {
  const choice = bank.filter((q) => q.format !== 'true-false');
  const longest = choice.filter(isRightAnswerLongest).length;
  return { longest, choice: choice.length, rate: choice.length ? longest / choice.length : 0 };
}
