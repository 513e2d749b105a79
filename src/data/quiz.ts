// The quiz bank as the pages use it: questions per locale (English where a question
// is not translated yet), with their options normalised (multiple choice or
// true/false, one shape), their sources and pages resolved. Read from the `quiz`
// collection once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { QuizQuestion, QuizStrings } from '../islands/Quiz/types.ts';
import { DEFAULT_LOCALE, getIntlLocale, getLocaleDir, type Locale } from '../i18n/locales.ts';
import { getPageRoutes } from '../i18n/pages.ts';
import { parseEntryId } from '../i18n/routing.ts';
import { useTranslations, type T } from '../i18n/ui.ts';
import { localizedPath } from '../i18n/urls.ts';
import { expandPlaceholders } from '../lib/figures.ts';
import { assertQuizPage, assertTranslationMatches, normaliseOptions, QUIZ_TOPICS } from '../lib/quiz-schema.ts';
import { getFigures } from './figures.ts';
import { getSources } from './sources.ts';
import { resultStrings } from './quiz-strings.ts';

type Entry = CollectionEntry<'quiz'>;

let cached: Promise<Map<Locale, Map<string, Entry>>> | undefined;

/** Entries by locale and question id; fails the build naming the file for an orphan translation, unknown source or unknown page. */
function loadEntries(): Promise<Map<Locale, Map<string, Entry>>> {
  cached ??= Promise.all([getCollection('quiz'), getSources(), getPageRoutes()]).then(([entries, sources, routes]) => {
    const englishPages = new Set(routes.filter((route) => route.locale === DEFAULT_LOCALE).map((route) => route.slug));
    const byLocale = new Map<Locale, Map<string, Entry>>();
    for (const entry of entries) {
      const file = entry.filePath ?? `content/quiz/${entry.id}.yaml`;
      const { locale, slug } = parseEntryId(entry.id, 'content/quiz');
      if (!slug || slug.includes('/')) throw new Error(`${file}: quiz questions live directly in content/quiz/<locale>/.`);
      if (!sources.has(entry.data.source)) {
        throw new Error(`${file}: source "${entry.data.source}" is not in content/sources.yaml.`);
      }
      assertQuizPage(file, entry.data.page, englishPages);
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
        assertTranslationMatches(entry.filePath ?? `content/quiz/${entry.id}.yaml`, english.get(id)!.data, entry.data);
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
  const [byLocale, sources, routes, figures] = await Promise.all([loadEntries(), getSources(), getPageRoutes(), getFigures()]);
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
    // {fig:…}, {date:…} and {num:…} written for the question's own language, so every
    // consumer (the island, the no-JS list, worksheets, projector, result pages) gets plain text.
    const file = entry.filePath ?? `content/quiz/${entry.id}.yaml`;
    const intl = getIntlLocale(lang);
    const expand = (text: string, field: string) => expandPlaceholders(text, figures, intl, `${file}, field "${field}"`);
    const data = {
      ...entry.data,
      prompt: expand(entry.data.prompt, 'prompt'),
      explanation: expand(entry.data.explanation, 'explanation'),
      ...(entry.data.format === 'true-false' ? {} : { correct: expand(entry.data.correct, 'correct'), wrong: entry.data.wrong.map((w, i) => expand(w, `wrong, item ${i + 1}`)) }),
    } as typeof entry.data;
    // True/false labels in the question's own language, like the rest of its text.
    const t = useTranslations(lang);
    const { options, answer, fixedOrder } = normaliseOptions(id, data, { true: t('quiz.true'), false: t('quiz.false') });
    const source = sources.get(data.source)!;
    // The page in the reader's locale (its English text where it is not translated yet); the
    // English entry's page is the one that counts, so a translation cannot point elsewhere.
    const slug = english.get(id)!.data.page;
    const route = routes.find((r) => r.locale === locale && r.slug === slug)!;
    const pageLang: Locale = route.isFallback ? DEFAULT_LOCALE : locale;
    return {
      id,
      topic: data.topic,
      lang,
      dir: getLocaleDir(lang),
      prompt: data.prompt,
      options,
      answer,
      fixedOrder,
      explanation: data.explanation,
      source: { id: source.id, href: `${sourcesPage}#${source.id}`, label: `${source.publisher}: ${source.title}` },
      page: { href: localizedPath(locale, slug, base), title: route.entry.data.title, lang: pageLang, dir: getLocaleDir(pageLang) },
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
    loading: t('quiz.loading'),
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
