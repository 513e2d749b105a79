// What the quiz island receives from the page: the questions of one locale and
// only the UI strings it shows, already picked and validated at build time.
import type { ScoreBand } from '../../lib/quiz-result.ts';
import type { ShareStrings } from './SharePanel.tsx';

export interface QuizQuestion {
  readonly id: string;
  readonly topic: string;
  /** Language of the question text: the page's, or English where it is not yet translated. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly prompt: string;
  /**
   * The options in their fixed order (used without JavaScript and on the worksheet):
   * four for a multiple-choice question, or True and False for a true/false one.
   * The file's format is resolved at build time; views only use options and answer.
   */
  readonly options: readonly string[];
  /** Index in `options` of the right answer. */
  readonly answer: number;
  /** True when a round must keep the options in this order (True before False) instead of shuffling them. */
  readonly fixedOrder: boolean;
  readonly explanation: string;
  /** The source's id in content/sources.yaml, where the Sources page lists it, and how it is named there (always English). */
  readonly source: { readonly id: string; readonly href: string; readonly label: string };
  /** The page to read after missing the question, in the page's locale: its address, title and the title's language. */
  readonly page: { readonly href: string; readonly title: string; readonly lang: string; readonly dir: 'ltr' | 'rtl' };
}

/** Every string the island shows; {n}, {total} and {score} are filled in by the island. */
export interface QuizStrings extends ShareStrings {
  readonly staticHelp: string;
  /** Shown where the quiz will start, while its script loads. */
  readonly loading: string;
  readonly showAnswer: string;
  readonly answerLabel: string;
  readonly sourceLabel: string;
  readonly questionOf: string;
  readonly check: string;
  readonly pickFirst: string;
  readonly correct: string;
  readonly incorrect: string;
  readonly rightAnswer: string;
  readonly yourAnswer: string;
  readonly rightMark: string;
  readonly youAnswered: string;
  readonly next: string;
  readonly finish: string;
  readonly resultTitle: string;
  readonly score: string;
  readonly missedTitle: string;
  readonly noneMissed: string;
  readonly tryAgain: string;
  readonly share: string;
  readonly shareTitle: string;
  /** With {score}, {total} and {hashtag}. */
  readonly shareText: string;
  readonly resultPage: string;
  /** The big score: "{score}/{total}". */
  readonly scoreShort: string;
  /** A line of encouragement for each band of scores. */
  readonly encourage: Readonly<Record<ScoreBand, string>>;
  /** The link to the page behind a missed question, with {page}. */
  readonly readMore: string;
}

export interface QuizProps {
  /** The page's language, for the UI strings. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** localStorage key, versioned and per locale. */
  readonly storageKey: string;
  /** Path under which the result pages live, e.g. "/fr/quiz/result/". */
  readonly resultBase: string;
  /** The id of the page's QuizBank, whose markup holds the questions. */
  readonly bankId: string;
  readonly strings: QuizStrings;
}

/** Every string the projector shows; {n}, {total} and {letter} are filled in by the island. */
export interface ProjectorStrings {
  readonly staticHelp: string;
  readonly questionOf: string;
  readonly showAnswer: string;
  readonly answerLabel: string;
  readonly sourceLabel: string;
  readonly rightMark: string;
  readonly next: string;
  readonly previous: string;
  readonly end: string;
  readonly endText: string;
  readonly restart: string;
  readonly exit: string;
  readonly classChoice: string;
  /** Beside the class's answer when it was wrong. */
  readonly classMark: string;
  readonly keys: string;
  readonly fullScreen: string;
}

export interface ProjectorProps {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The round's questions, in the order of its worksheet. */
  readonly questions: readonly QuizQuestion[];
  readonly strings: ProjectorStrings;
  /** Option letters in the page's language ("ABCD", "أبجد"). */
  readonly letters: readonly string[];
  /** Where "leave" goes: the worksheets page. */
  readonly exitHref: string;
}
