// The English question bank as the e2e tests read it (straight from content/quiz/en),
// with {fig:…}, {date:…} and {num:…} written out as English pages show them (the same
// function as the quiz loader), and the UI strings and the {placeholder} filler of locales.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { getIntlLocale } from '../src/i18n/locales.ts';
import { expandPlaceholders, type FigureEntry } from '../src/lib/figures.ts';
import { DEFAULT_LOCALE, fill, ui } from './locales.ts';

export { fill, ui };
const en = ui(DEFAULT_LOCALE);

export interface BankQuestion {
  readonly id: string;
  readonly topic: string;
  readonly prompt: string;
  readonly format?: 'choice' | 'true-false';
  /** Multiple choice: the right option's text. */
  readonly correct?: string;
  /** True/false: whether the statement is true. */
  readonly answer?: boolean;
  readonly explanation: string;
  readonly source: string;
  /** The English slug of the page behind the question. */
  readonly page: string;
}

const figures = new Map((parse(readFileSync('content/data/figures.yaml', 'utf8')) as FigureEntry[]).map((figure) => [figure.id, figure]));
const expand = (text: string) => expandPlaceholders(text, figures, getIntlLocale(DEFAULT_LOCALE), 'e2e quiz bank');

export const bank: BankQuestion[] = readdirSync('content/quiz/en')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => {
    const q = parse(readFileSync(join('content/quiz/en', file), 'utf8')) as Omit<BankQuestion, 'id'>;
    return { id: file.replace(/\.yaml$/, ''), ...q, prompt: expand(q.prompt), explanation: expand(q.explanation), ...(q.correct === undefined ? {} : { correct: expand(q.correct) }) };
  });

export const bankById = new Map(bank.map((q) => [q.id, q]));

/** The text of a question's right option as English pages show it. */
export function rightOption(q: BankQuestion): string {
  if (q.format === 'true-false') return q.answer ? en['quiz.true'] : en['quiz.false'];
  return q.correct!;
}


/** Number of pages in a PDF made by Chromium (each page object is written out in clear). */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}
