// The question bank, sent once: the server renders every question as a plain
// fieldset with its answer in a <details> (the quiz without JavaScript), and the
// island reads its questions back from that markup instead of receiving them a
// second time, escaped, in its props.
import { Content, ReadMore, Source } from './parts.tsx';
import type { QuizQuestion, QuizStrings } from './types.ts';

/** Every question at once, with what the island needs to read it back in data attributes. */
export function QuizBank({ id, questions, s }: { id: string; questions: readonly QuizQuestion[]; s: QuizStrings }) {
  return (
    <div class="quiz-static" id={id}>
      <p class="quiz-help">{s.staticHelp}</p>
      <ol class="quiz-all">
        {questions.map((q) => (
          <li key={q.id} class="quiz-item" data-id={q.id} data-topic={q.topic} data-answer={q.answer} data-fixed={q.fixedOrder ? 'true' : 'false'}>
            <fieldset class="quiz-q" lang={q.lang} dir={q.dir}>
              <legend>{q.prompt}</legend>
              {q.options.map((option, i) => (
                <div class="quiz-option" key={i}>
                  <input type="radio" name={`quiz-${q.id}`} id={`quiz-${q.id}-${i}`} />
                  <label for={`quiz-${q.id}-${i}`}>{option}</label>
                </div>
              ))}
            </fieldset>
            <details class="quiz-answer">
              <summary>{s.showAnswer}</summary>
              <p>
                <strong>{s.answerLabel}</strong> <Content q={q}>{q.options[q.answer]!}</Content>
              </p>
              <Content q={q} as="p" class="quiz-explanation">
                {q.explanation}
              </Content>
              <Source q={q} label={s.sourceLabel} />
              <ReadMore q={q} template={s.readMore} />
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}

const dirOf = (element: Element): 'ltr' | 'rtl' => (element.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr');
const textOf = (element: Element | null) => element?.textContent?.trim() ?? '';

/**
 * The questions QuizBank rendered, read back from the page. A question whose markup is
 * not what QuizBank writes (no options, an answer out of range) is left out, not guessed.
 */
export function readBank(root: ParentNode): QuizQuestion[] {
  const questions: QuizQuestion[] = [];
  for (const item of root.querySelectorAll<HTMLElement>('li.quiz-item')) {
    const fieldset = item.querySelector('fieldset');
    const source = item.querySelector<HTMLAnchorElement>('.quiz-source a');
    const page = item.querySelector<HTMLAnchorElement>('.quiz-read-more a');
    const pageTitle = page?.querySelector('.quiz-page-title');
    const options = [...item.querySelectorAll('fieldset label')].map(textOf);
    const answer = Number(item.dataset.answer);
    if (!fieldset || !source || !page || !pageTitle || !item.dataset.id || options.length < 2 || !Number.isInteger(answer) || answer < 0 || answer >= options.length) continue;
    questions.push({
      id: item.dataset.id,
      topic: item.dataset.topic ?? '',
      lang: fieldset.getAttribute('lang') ?? '',
      dir: dirOf(fieldset),
      prompt: textOf(fieldset.querySelector('legend')),
      options,
      answer,
      fixedOrder: item.dataset.fixed === 'true',
      explanation: textOf(item.querySelector('.quiz-explanation')),
      source: { id: source.dataset.source ?? '', href: source.getAttribute('href') ?? '', label: textOf(source) },
      page: { href: page.getAttribute('href') ?? '', title: textOf(pageTitle), lang: pageTitle.getAttribute('lang') ?? '', dir: dirOf(pageTitle) },
    });
  }
  return questions;
}
