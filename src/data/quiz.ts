// The quiz bank as the pages use it: questions per locale (English where a question
// is not translated yet), with their options in a fixed order and their sources
// resolved. Read from the `quiz` collection once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { QuizQuestion, QuizStrings } from '../islands/Quiz/types.ts';
import { DEFAULT_LOCALE, getLocaleDir, type Locale } from '../i18n/locales.ts';
import { parseEntryId } from '../i18n/routing.ts';
import type { T } from '../i18n/ui.ts';
import { localizedPath } from '../i18n/urls.ts';
import { hashSeed, mulberry32, OPTION_COUNT, permutation } from '../lib/quiz.ts';
import { QUIZ_TOPICS } from '../lib/quiz-schema.ts';
import { getSources } from './sources.ts';
import { resultStrings } from './quiz-strings.ts';

type Entry = CollectionEntry<'quiz'>;

let cached: Promise<Map<Locale, Map<string, Entry>>> | undefined;

/** Entries by locale and question id; fails the build naming the file for an orphan translation or unknown source. */
function loadEntries(): Promise<Map<Locale, Map<string, Entry>>> {
  cached ??= Promise.all([getCollection('quiz'), getSources()]).then(([entries, sources]) => {
    const byLocale = new Map<Locale, Map<string, Entry>>();
    for (const entry of entries) {
      const file = entry.filePath ?? `content/quiz/${entry.id}.yaml`;
      const { locale, slug } = parseEntryId(entry.id, 'content/quiz');
      if (!slug || slug.includes('/')) throw new Error(`${file}: quiz questions live directly in content/quiz/<locale>/.`);
      if (!sources.has(entry.data.source)) {
        throw new Error(`${file}: source "${entry.data.source}" is not in content/sources.yaml.`);
      }
      const perLocale = byLocale.get(locale) ?? new Map<string, Entry>();
      perLocale.set(slug, entry);
      byLocale.set(locale, perLocale);
    }
    const english = byLocale.get(DEFAULT_LOCALE) ?? new Map<string, Entry>();
    for (const [locale, perLocale] of byLocale) {
      for (const [id, entry] of perLocale) {
        if (!english.has(id)) {
          throw new Error(`${entry.filePath}: there is no English question with the same file name (content/quiz/${DEFAULT_LOCALE}/${id}.yaml); locale ${locale} translations must mirror an English question.`);
        }
      }
    }
    return byLocale;
  });
  return cached;
}

export interface QuizBank {
  readonly questions: QuizQuestion[];
  /** True when at least one question is shown in English because it is not translated yet. */
  readonly hasFallback: boolean;
}

/** The questions for a locale, in a stable order (by topic, then id). */
export async function getQuizBank(locale: Locale, base: string): Promise<QuizBank> {
  const [byLocale, sources] = await Promise.all([loadEntries(), getSources()]);
  const english = byLocale.get(DEFAULT_LOCALE) ?? new Map<string, Entry>();
  const own = byLocale.get(locale) ?? new Map<string, Entry>();
  const sourcesPage = localizedPath(locale, 'sources', base);
  let hasFallback = false;
  const topicOrder = (id: string) => QUIZ_TOPICS.indexOf(english.get(id)!.data.topic);
  const ids = [...english.keys()].sort((a, b) => topicOrder(a) - topicOrder(b) || a.localeCompare(b, 'en'));
  const questions = ids.map((id): QuizQuestion => {
    const entry = own.get(id) ?? english.get(id)!;
    const lang: Locale = own.has(id) ? locale : DEFAULT_LOCALE;
    if (lang !== locale) hasFallback = true;
    const data = entry.data;
    // A fixed order per question, the same in every build and locale, so the right answer is not always first.
    const order = permutation(OPTION_COUNT, mulberry32(hashSeed(id)));
    const unordered = [data.correct, ...data.wrong];
    const source = sources.get(data.source)!;
    return {
      id,
      topic: data.topic,
      lang,
      dir: getLocaleDir(lang),
      prompt: data.prompt,
      options: order.map((i) => unordered[i]!),
      answer: order.indexOf(0),
      explanation: data.explanation,
      source: { id: source.id, href: `${sourcesPage}#${source.id}`, label: `${source.publisher}: ${source.title}` },
    };
  });
  return { questions, hasFallback };
}

/** Source ids cited by the quiz, for the Sources page's "cited on" lists. */
export async function getQuizSourceIds(): Promise<Set<string>> {
  const byLocale = await loadEntries();
  return new Set([...byLocale.values()].flatMap((perLocale) => [...perLocale.values()].map((entry) => entry.data.source)));
}

/** The strings the island needs, and nothing else of the dictionary. */
export function quizStrings(t: T): QuizStrings {
  return {
    staticHelp: t('quiz.staticHelp'),
    showAnswer: t('quiz.showAnswer'),
    answerLabel: t('quiz.answerLabel'),
    sourceLabel: t('quiz.sourceLabel'),
    questionOf: t('quiz.questionOf'),
    check: t('quiz.check'),
    pickFirst: t('quiz.pickFirst'),
    correct: t('quiz.correct'),
    incorrect: t('quiz.incorrect'),
    rightAnswer: t('quiz.rightAnswer'),
    yourAnswer: t('quiz.yourAnswer'),
    rightMark: t('quiz.rightMark'),
    youAnswered: t('quiz.youAnswered'),
    next: t('quiz.next'),
    finish: t('quiz.finish'),
    resultTitle: t('quiz.resultTitle'),
    score: t('quiz.score'),
    missedTitle: t('quiz.missedTitle'),
    noneMissed: t('quiz.noneMissed'),
    tryAgain: t('quiz.tryAgain'),
    share: t('quiz.share'),
    shareTitle: t('quiz.shareTitle'),
    shareText: t('quiz.shareText'),
    resultPage: t('quiz.resultPage'),
    ...resultStrings(t),
  };
}
