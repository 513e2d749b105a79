// Small pieces shared by the quiz and the projector islands.
import type { ComponentChildren } from 'preact';
import type { QuizQuestion } from './types.ts';

/** The source line under an answer: its name (always English) linking to the Sources page. */
export function Source({ q, label }: { q: QuizQuestion; label: string }) {
  return (
    <p class="quiz-source">
      {label}{' '}
      <a href={q.source.href} lang="en" dir="ltr" data-source={q.source.id}>
        {q.source.label}
      </a>
    </p>
  );
}

/** Text in the question's own language, marked as such when it differs from the page. */
export function Content({ q, as: Tag = 'span', class: className, children }: { q: QuizQuestion; as?: 'span' | 'p'; class?: string; children: ComponentChildren }) {
  return (
    <Tag lang={q.lang} dir={q.dir} class={className}>
      {children}
    </Tag>
  );
}

/** The link to the page behind a question ("Read more: <page>"), the page's title in its own language. */
export function ReadMore({ q, template }: { q: QuizQuestion; template: string }) {
  return (
    <p class="quiz-read-more">
      <a href={q.page.href}>
        {fillNodes(template, {
          page: (
            <span class="quiz-page-title" lang={q.page.lang} dir={q.page.dir}>
              {q.page.title}
            </span>
          ),
        })}
      </a>
    </p>
  );
}

/** Fills {name} placeholders with elements (a link, a span in another language). */
export function fillNodes(template: string, vars: Readonly<Record<string, ComponentChildren>>): ComponentChildren[] {
  return template.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : part;
  });
}
