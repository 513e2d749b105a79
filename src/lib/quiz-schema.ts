// The schema of one quiz question file, content/quiz/<locale>/<id>.yaml. The file
// name is the question's id, shared by every locale. Kept apart from
// content.config.ts so unit tests can exercise it without Astro's runtime.
import { z } from 'astro/zod';
import { SOURCE_ID } from './sources.ts';
import { translationRecordSchema } from './translation-record.ts';

/** The subjects a round covers; each round draws at least one question per topic. */
export const QUIZ_TOPICS = ['the-day', 'treaties', 'global', 'safety', 'regions', 'deminers', 'myths'] as const;
export type QuizTopic = (typeof QUIZ_TOPICS)[number];

/** Sentences in a text: runs ending in . ! ? or the Arabic question mark, followed by a space or the end. */
export function countSentences(text: string): number {
  return (text.trim().match(/[.!?؟…]+["'”’»)]*(?=\s|$)/g) ?? []).length || 1;
}

const text = (max: number) => z.string().trim().min(1).max(max);

export const quizQuestionSchema = z
  .strictObject({
    topic: z.enum(QUIZ_TOPICS),
    /** The question, as the legend of its fieldset. */
    prompt: text(200),
    /** The right answer. The quiz shuffles the four options, so order in the file does not matter. */
    correct: text(120),
    /** Exactly three wrong answers. */
    wrong: z.tuple([text(120), text(120), text(120)]),
    /** Why the answer is right: one or two sentences, shown after answering and in the answer key. */
    explanation: text(320).refine((value) => countSentences(value) <= 2, 'use one or two sentences'),
    /** The id of an entry in content/sources.yaml that supports the answer and explanation. */
    source: z.string().regex(SOURCE_ID, 'use the id of an entry in content/sources.yaml'),
    /** Translations only: the English file's fingerprint when this translation was made (see TRANSLATING.md). */
    translation: translationRecordSchema.optional(),
  })
  .refine((q) => new Set([q.correct, ...q.wrong].map((o) => o.toLowerCase())).size === 4, {
    message: 'the four options must all be different',
    path: ['wrong'],
  });

export type QuizQuestionData = z.infer<typeof quizQuestionSchema>;
