// The projector island: a fixed round shown to a class, one question per screen in
// large type, the answer revealed when the teacher chooses. Driven by the keyboard
// or a presentation clicker (which sends Page Down / Page Up), or by the buttons.
// Nobody is scored: the teacher may mark the class's answer with the number keys.
// Everything it needs is in the page, so once loaded it runs without a network.
//
// The server (and the first client render) shows every question one below the
// other, each the height of the screen with its answer in a <details>: the page
// works without JavaScript. After mount it switches to one question at a time.
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../lib/quiz-result.ts';
import { Content, Source } from './parts.tsx';
import type { ProjectorProps, ProjectorStrings, QuizQuestion } from './types.ts';

/** Every question at once, for readers without JavaScript: Page Down goes from one to the next. */
function AllSlides({ questions, s, letters }: { questions: readonly QuizQuestion[]; s: ProjectorStrings; letters: readonly string[] }) {
  return (
    <>
      <p class="present-help">{s.staticHelp}</p>
      {questions.map((q, i) => (
        <section key={q.id} class="present-slide" aria-labelledby={`present-q${i + 1}`} data-question={q.id}>
          <h2 id={`present-q${i + 1}`} class="present-counter">
            {fill(s.questionOf, { n: i + 1, total: questions.length })}
          </h2>
          <Content q={q} as="p" class="present-prompt">
            {q.prompt}
          </Content>
          <ol class="present-options" lang={q.lang} dir={q.dir}>
            {q.options.map((option, o) => (
              <li key={o} class="present-option">
                <span class="present-letter">{letters[o]}</span> <span>{option}</span>
              </li>
            ))}
          </ol>
          <details class="present-reveal">
            <summary>{s.showAnswer}</summary>
            <p class="present-verdict">
              <strong>{s.answerLabel}</strong> {letters[q.answer]}.{' '}
              <Content q={q}>{q.options[q.answer]!}</Content>
            </p>
            <Content q={q} as="p">
              {q.explanation}
            </Content>
            <Source q={q} label={s.sourceLabel} />
          </details>
        </section>
      ))}
    </>
  );
}

/** Keys that move on (a clicker's Page Down, Space, the arrow pointing forward in the page's direction) and back. */
function direction(event: KeyboardEvent, dir: 'ltr' | 'rtl'): 1 | -1 | 0 {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (['PageDown', ' ', 'ArrowDown', forward].includes(event.key)) return 1;
  if (['PageUp', 'ArrowUp', back].includes(event.key)) return -1;
  return 0;
}

/** 1–9 from the top row or the keypad, whatever digits the keyboard layout types. */
function digit(event: KeyboardEvent): number | undefined {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code) ?? /^([1-9])$/.exec(event.key);
  return match ? Number(match[1]) : undefined;
}

export default function Projector({ lang, dir, questions, strings: s, letters, exitHref }: ProjectorProps) {
  const total = questions.length;
  // Steps: 2i is question i, 2i + 1 is question i with its answer, 2·total is the end.
  const last = 2 * total;
  const [step, setStep] = useState<number | undefined>(undefined);
  const [choices, setChoices] = useState<readonly (number | undefined)[]>([]);
  const [canFullScreen, setCanFullScreen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const previous = useRef<number | undefined>(undefined);

  const go = (to: number) => setStep(Math.max(0, Math.min(last, to)));
  const move = (by: 1 | -1) => setStep((current) => Math.max(0, Math.min(last, (current ?? 0) + by)));
  const mark = (question: number, option: number) =>
    setChoices((current) => {
      const next = [...current];
      next[question] = next[question] === option ? undefined : option;
      return next;
    });
  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  useEffect(() => {
    setStep(0);
    setCanFullScreen(Boolean(document.fullscreenEnabled));
  }, []);

  // Focus follows the step, so screen readers read the new question, or the answer when it appears.
  useEffect(() => {
    if (step === undefined) return;
    const before = previous.current;
    previous.current = step;
    if (before === undefined) return;
    if (step % 2 === 1 && step < last && before === step - 1) answerRef.current?.focus();
    else headingRef.current?.focus();
  }, [step]);

  useEffect(() => {
    if (step === undefined) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as Element | null;
      // Space and Enter on a button or link do what that control does.
      if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a, summary, input, textarea, select')) return;
      const by = direction(event, dir);
      if (by) {
        event.preventDefault();
        move(by);
        return;
      }
      if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        go(event.key === 'Home' ? 0 : 2 * (total - 1));
        return;
      }
      if (event.key === 'f' || event.key === 'F') {
        if (canFullScreen) toggleFullScreen();
        return;
      }
      const n = digit(event);
      const question = Math.floor(step / 2);
      if (n !== undefined && step < last && n <= questions[question]!.options.length) {
        event.preventDefault();
        mark(question, n - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, canFullScreen]);

  if (step === undefined) {
    return (
      <div class="present" lang={lang} dir={dir}>
        <AllSlides questions={questions} s={s} letters={letters} />
      </div>
    );
  }

  const controls = (
    <div class="present-controls">
      <button type="button" class="present-button present-button-secondary" onClick={() => move(-1)} disabled={step === 0}>
        {s.previous}
      </button>
      {step < last && (
        <button type="button" class="present-button" onClick={() => move(1)}>
          {step % 2 === 0 ? s.showAnswer : step === last - 1 ? s.end : s.next}
        </button>
      )}
      {canFullScreen && (
        <button type="button" class="present-button present-button-secondary" onClick={toggleFullScreen}>
          {s.fullScreen}
        </button>
      )}
      <p class="present-keys">{s.keys}</p>
    </div>
  );

  if (step === last) {
    return (
      <div class="present is-live" lang={lang} dir={dir}>
        <div key="end" class="present-slide present-end">
          <h2 ref={headingRef} tabIndex={-1} class="present-counter">
            {s.end}
          </h2>
          <p class="present-prompt">{s.endText}</p>
          <p class="present-end-actions">
            <button type="button" class="present-button" onClick={() => go(0)}>
              {s.restart}
            </button>{' '}
            <a class="present-button present-button-secondary" href={exitHref}>
              {s.exit}
            </a>
          </p>
        </div>
        {controls}
      </div>
    );
  }

  const index = Math.floor(step / 2);
  const q = questions[index]!;
  const revealed = step % 2 === 1;
  const chosen = choices[index];
  return (
    <div class="present is-live" lang={lang} dir={dir}>
      <div key={q.id} class={`present-slide${revealed ? ' is-revealed' : ''}`} data-question={q.id}>
        <h2 ref={headingRef} tabIndex={-1} class="present-counter">
          {fill(s.questionOf, { n: index + 1, total })}
        </h2>
        <Content q={q} as="p" class="present-prompt">
          {q.prompt}
        </Content>
        <ol class="present-options" lang={q.lang} dir={q.dir}>
          {q.options.map((option, o) => {
            const right = revealed && o === q.answer;
            const wrong = revealed && o === chosen && o !== q.answer;
            return (
              <li key={o} class={`present-option${right ? ' is-right' : ''}${wrong ? ' is-wrong' : ''}${o === chosen ? ' is-chosen' : ''}`}>
                <button type="button" class="present-choice" aria-pressed={o === chosen} onClick={() => mark(index, o)}>
                  <span class="present-letter">{letters[o]}</span>{' '}
                  <span>
                    {option}
                    {right && (
                      <>
                        {' '}
                        <span class="present-mark" lang={lang} dir={dir}>
                          <span aria-hidden="true">✓</span> ({s.rightMark})
                        </span>
                      </>
                    )}
                    {wrong && (
                      <>
                        {' '}
                        <span class="present-mark" lang={lang} dir={dir}>
                          <span aria-hidden="true">✗</span> ({s.classMark})
                        </span>
                      </>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
        <p class="present-chosen">{chosen !== undefined ? fill(s.classChoice, { letter: letters[chosen]! }) : ''}</p>
        {revealed && (
          <div ref={answerRef} tabIndex={-1} class="present-answer">
            <p class="present-verdict">
              <strong>{s.answerLabel}</strong> {letters[q.answer]}.{' '}
              <Content q={q}>{q.options[q.answer]!}</Content>
            </p>
            <Content q={q} as="p">
              {q.explanation}
            </Content>
            <Source q={q} label={s.sourceLabel} />
          </div>
        )}
      </div>
      {controls}
    </div>
  );
}
