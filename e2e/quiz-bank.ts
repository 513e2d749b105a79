// The English question bank as the e2e tests read it (straight from content/quiz/en),
// with the UI strings and the {placeholder} filler of locales.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
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

export const bank: BankQuestion[] = readdirSync('content/quiz/en')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ id: file.replace(/\.yaml$/, ''), ...(parse(readFileSync(join('content/quiz/en', file), 'utf8')) as Omit<BankQuestion, 'id'>) }));

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
