// The quiz island. Without JavaScript the page shows every question as a plain
// fieldset with its answer in a <details> (QuizBank, rendered beside the island on
// the server): the quiz teaches without JavaScript. After mount the island reads the
// questions from that markup, hides it and shows one question at a time, restoring
// progress from localStorage when the stored record is valid.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX, TargetedEvent } from 'preact';
import { missedQuestions, newRound, randomSeed, ROUND_SIZE, scoreRound } from '../../lib/quiz.ts';
import { fill, resultPath, scoreBand } from '../../lib/quiz-result.ts';
import { decodeProgress, encodeProgress, readStored, writeStored, type Progress } from '../../lib/quiz-storage.ts';
import { withHashtag } from '../../lib/share.ts';
import { Content, ReadMore, Source as SourceLine } from './parts.tsx';
import { readBank } from './bank.tsx';
import SharePanel from './SharePanel.tsx';
import type { QuizProps, QuizQuestion, QuizStrings } from './types.ts';

type Focus = 'heading' | 'feedback' | undefined;

const Source = ({ q, s }: { q: QuizQuestion; s: QuizStrings }) => <SourceLine q={q} label={s.sourceLabel} />;

export default function Quiz({ lang, dir, storageKey, resultBase, bankId, strings: s }: QuizProps) {
  // Read once, after mount: the server and the first client render have no questions.
  const [questions, setQuestions] = useState<readonly QuizQuestion[]>([]);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const total = Math.min(ROUND_SIZE, questions.length);
  const [progress, setProgress] = useState<Progress | undefined>(undefined);
  const [choice, setChoice] = useState<number | undefined>(undefined);
  const [warn, setWarn] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [sharing, setSharing] = useState(false);
  const focus = useRef<Focus>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const fresh = (avoid?: ReadonlySet<string>): Progress => ({ ...newRound(questions, randomSeed(), avoid, total), answers: [], step: 0 });

  // The questions and browser state are read only after mount, so the first client render matches the server's.
  useEffect(() => {
    const bank = document.getElementById(bankId);
    const read = bank ? readBank(bank) : [];
    // Nothing to play: the list of questions stays, as without JavaScript (quiz.css shows it).
    if (!bank || read.length === 0) return;
    bank.classList.add('is-replaced');
    setQuestions(read);
  }, []);
  useEffect(() => {
    if (questions.length) setProgress(decodeProgress(readStored(storageKey), byId, total) ?? fresh());
  }, [questions]);

  useEffect(() => {
    if (!progress) return;
    writeStored(storageKey, encodeProgress(progress));
    const target = focus.current === 'feedback' ? feedbackRef.current : focus.current === 'heading' ? headingRef.current : null;
    focus.current = undefined;
    target?.focus();
  }, [progress]);

  // The live region stays the same element in every view, so the final score is announced once, politely.
  const frame = (view: JSX.Element) => (
    <div class="quiz" lang={lang} dir={dir}>
      {view}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );

  // Until the island has started: a line in the list's place (shown only where scripting is on, see quiz.css).
  if (!progress) return frame(<p class="quiz-loading">{s.loading}</p>);

  const { ids, orders, answers, step } = progress;

  if (step >= ids.length) {
    const score = scoreRound(ids, answers, byId);
    const missed = missedQuestions(ids, answers, byId);
    const path = resultPath(resultBase, score, ids.length);
    const band = scoreBand(score, ids.length);
    const message = { title: s.shareTitle, text: withHashtag(fill(s.shareText, { score, total: ids.length })), url: new URL(path, location.href).href };
    // Web Share where the browser has it; otherwise (or if it fails) the panel with copy and links.
    const canShare = typeof navigator.share === 'function';
    const onShare = async () => {
      if (!canShare) {
        setSharing(!sharing);
        return;
      }
      {
        try {
          await navigator.share(message);
          return;
        } catch (error) {
          // The reader closed the share sheet: nothing to say.
          if ((error as Error)?.name === 'AbortError') return;
        }
      }
      setSharing(true);
    };
    const again = () => {
      focus.current = 'heading';
      setChoice(undefined);
      setSharing(false);
      setAnnouncement('');
      setProgress(fresh(new Set(ids)));
    };
    return frame(
      <div key="result" class="quiz-view quiz-live quiz-result">
        <h2 ref={headingRef} tabIndex={-1} class="quiz-heading">
          {s.resultTitle}
        </h2>
        <div class={`quiz-score-card is-${band}`}>
          <p class="quiz-score-big" aria-hidden="true">
            {fill(s.scoreShort, { score, total: ids.length })}
          </p>
          <p class="quiz-score">{fill(s.score, { score, total: ids.length })}</p>
          <p class="quiz-encourage">{s.encourage[band]}</p>
        </div>
        <div class="quiz-actions">
          <button type="button" class="quiz-button" onClick={onShare} aria-expanded={canShare ? undefined : sharing} aria-controls={sharing ? 'quiz-share' : undefined}>
            {s.share}
          </button>
          <button type="button" class="quiz-button quiz-button-secondary" onClick={again}>
            {s.tryAgain}
          </button>
          <a class="quiz-button quiz-button-secondary" href={path}>
            {s.resultPage}
          </a>
        </div>
        {sharing && <SharePanel id="quiz-share" message={message} s={s} dir={dir} />}
        {missed.length ? (
          <>
            <h3>{s.missedTitle}</h3>
            <ol class="quiz-recap">
              {missed.map((i) => {
                const q = byId.get(ids[i]!)!;
                return (
                  <li key={q.id}>
                    <Content q={q} as="p" class="quiz-recap-prompt">
                      {q.prompt}
                    </Content>
                    <p>
                      {s.youAnswered} <Content q={q}>{q.options[answers[i]!]!}</Content>
                    </p>
                    <p>
                      <strong>{s.rightAnswer}</strong> <Content q={q}>{q.options[q.answer]!}</Content>
                    </p>
                    <Content q={q} as="p">
                      {q.explanation}
                    </Content>
                    <Source q={q} s={s} />
                    <ReadMore q={q} template={s.readMore} />
                  </li>
                );
              })}
            </ol>
          </>
        ) : (
          <p>{s.noneMissed}</p>
        )}
      </div>,
    );
  }

  const q = byId.get(ids[step]!)!;
  const order = orders[step]!;
  const checked = answers.length > step;
  const chosen = checked ? answers[step]! : choice;
  const last = step === ids.length - 1;

  const check = (event: TargetedEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    if (choice === undefined) {
      setWarn(true);
      return;
    }
    setWarn(false);
    focus.current = 'feedback';
    setProgress({ ...progress, answers: [...answers, choice] });
  };
  const next = () => {
    setChoice(undefined);
    focus.current = 'heading';
    if (last) {
      const score = scoreRound(ids, answers, byId);
      setAnnouncement(fill(s.score, { score, total: ids.length }));
    }
    setProgress({ ...progress, step: step + 1 });
  };

  return frame(
    <div key="question" class="quiz-view quiz-live">
      <h2 ref={headingRef} tabIndex={-1} class="quiz-heading">
        {fill(s.questionOf, { n: step + 1, total: ids.length })}
      </h2>
      <form onSubmit={check} noValidate>
        <fieldset class="quiz-q" lang={q.lang} dir={q.dir} aria-describedby={warn ? 'quiz-warn' : undefined}>
          <legend>{q.prompt}</legend>
          {order.map((option) => {
            const id = `quiz-live-${option}`;
            const mark = checked && option === q.answer ? s.rightMark : checked && option === chosen ? s.yourAnswer : '';
            return (
              <div key={`${q.id}-${option}`} class={`quiz-option${mark ? (option === q.answer ? ' is-right' : ' is-wrong') : ''}`}>
                <input
                  type="radio"
                  name="quiz-live"
                  id={id}
                  checked={chosen === option}
                  disabled={checked}
                  onChange={() => {
                    setChoice(option);
                    setWarn(false);
                  }}
                />
                <label for={id}>
                  {q.options[option]}
                  {mark && (
                    <>
                      {' '}
                      <span class="quiz-mark" lang={lang} dir={dir}>
                        <span aria-hidden="true">{option === q.answer ? '✓' : '✗'}</span> ({mark})
                      </span>
                    </>
                  )}
                </label>
              </div>
            );
          })}
        </fieldset>
        {warn && (
          <p id="quiz-warn" class="quiz-warn" role="alert">
            {s.pickFirst}
          </p>
        )}
        {!checked && (
          <button type="submit" class="quiz-button">
            {s.check}
          </button>
        )}
      </form>
      {checked && (
        <div ref={feedbackRef} tabIndex={-1} class={`quiz-feedback ${chosen === q.answer ? 'is-right' : 'is-wrong'}`}>
          <p class="quiz-verdict">
            <span aria-hidden="true">{chosen === q.answer ? '✓ ' : '✗ '}</span>
            <strong>{chosen === q.answer ? s.correct : s.incorrect}</strong>
            {chosen !== q.answer && (
              <>
                {' '}
                {s.rightAnswer} <Content q={q}>{q.options[q.answer]!}</Content>
              </>
            )}
          </p>
          <Content q={q} as="p">
            {q.explanation}
          </Content>
          <Source q={q} s={s} />
          <button type="button" class="quiz-button" onClick={next}>
            {last ? s.finish : s.next}
          </button>
        </div>
      )}
    </div>,
  );
}
