// The fixed rounds (worksheets A and B, the projector) and the pages behind the
// questions, as the quiz pages use them. The rounds are derived from the bank's
// topics by src/lib/worksheet.ts, the same in every locale.
import type { QuizQuestion } from '../islands/Quiz/types.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../i18n/locales.ts';
import type { T } from '../i18n/ui.ts';
import { absoluteUrl, localizedPath } from '../i18n/urls.ts';
import { stripFallbackMarks } from '../lib/fallback-marks.ts';
import { QUIZ_TOPICS } from '../lib/quiz-schema.ts';
import { WORKSHEET_VERSIONS, worksheetRounds, type WorksheetVersion } from '../lib/worksheet.ts';
import { getQuizBank } from './quiz.ts';
import { getSources, type NumberedSource } from './sources.ts';

export interface QuizRound {
  readonly version: WorksheetVersion;
  /** The version as printed in this locale ("A", "أ"). */
  readonly label: string;
  readonly questions: readonly QuizQuestion[];
  /** True when at least one question of the round is shown in English. */
  readonly hasFallback: boolean;
}

/**
 * Letters for options and versions in a locale: "ABCD", or "أبجد" in Arabic. The
 * fallback marks of an untranslated string are dropped: split into letters, they
 * would become letters themselves (and unbalanced spans in the page).
 */
export function letters(t: T): string[] {
  return [...stripFallbackMarks(t('quiz.optionLetters'))];
}

/** Every version's round for a locale, in version order. */
export async function getQuizRounds(locale: Locale, base: string, t: T): Promise<QuizRound[]> {
  const { questions } = await getQuizBank(locale, base);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const rounds = worksheetRounds(questions, QUIZ_TOPICS, WORKSHEET_VERSIONS.length);
  return WORKSHEET_VERSIONS.map((version, i) => {
    const round = rounds[i]!.map((id) => byId.get(id)!);
    return { version, label: letters(t)[i] ?? version.toUpperCase(), questions: round, hasFallback: round.some((q) => q.lang !== locale) };
  });
}

export async function getQuizRound(locale: Locale, base: string, t: T, version: WorksheetVersion): Promise<QuizRound> {
  return (await getQuizRounds(locale, base, t)).find((round) => round.version === version)!;
}

/** The sources of some questions, each once, in the order of their numbers on the Sources page. */
export async function sourcesOf(questions: readonly QuizQuestion[]): Promise<NumberedSource[]> {
  const sources = await getSources();
  const ids = new Set(questions.map((q) => q.source.id));
  return [...sources.values()].filter((source) => ids.has(source.id));
}

/** hreflang links for a page that exists in every locale at the same slug (worksheets, projector). */
export function everyLocaleAlternates(slug: string, base: string, site: URL): { hreflang: string; href: string }[] {
  return [
    ...LOCALE_CODES.map((code) => ({ hreflang: code, href: absoluteUrl(localizedPath(code, slug, base), site) })),
    { hreflang: 'x-default', href: absoluteUrl(localizedPath(DEFAULT_LOCALE, slug, base), site) },
  ];
}
