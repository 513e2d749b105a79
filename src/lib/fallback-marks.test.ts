import { describe, expect, it } from 'vitest';
import { markFallback, markFallbackHtml, stripFallbackMarks } from './fallback-marks.ts';

const en = { lang: 'en', dir: 'ltr' } as const;
const span = (text: string) => `<span lang="en" dir="ltr">${text}</span>`;

describe('markFallbackHtml', () => {
  it('turns marked text into a span with its own lang and dir', () => {
    expect(markFallbackHtml(`<p>${markFallback('Skip to main content.')}</p>`, en)).toBe(`<p>${span('Skip to main content.')}</p>`);
    expect(markFallbackHtml(`<p>مرحبا ${markFallback('(draft)')}، شكرا</p>`, en)).toBe(`<p>مرحبا ${span('(draft)')}، شكرا</p>`);
  });

  it('handles nested and repeated marks, one span per run of text', () => {
    expect(markFallbackHtml(`<p>${markFallback(`a ${markFallback('b')} c`)} ${markFallback('d')}</p>`, en)).toBe(`<p>${span('a ')}${span('b')}${span(' c')} ${span('d')}</p>`);
  });

  it('drops the marks from attributes, titles and comments, where no markup can go', () => {
    const html = `<html><head><title>${markFallback('Sources')} | Site</title><meta content="${markFallback('Sources')}"></head><body><nav aria-label="${markFallback('Main')}"><!-- ${markFallback('x')} --></nav></body></html>`;
    expect(markFallbackHtml(html, en)).toBe('<html><head><title>Sources | Site</title><meta content="Sources"></head><body><nav aria-label="Main"><!-- x --></nav></body></html>');
  });

  it('leaves scripts and styles byte for byte, as the CSP hashes them', () => {
    const script = `<script type="module">const s = "${markFallback('Main')}";</script><style>a::after{content:"${markFallback('x')}"}</style>`;
    expect(markFallbackHtml(`${script}<p>${markFallback('Hi')}</p>`, en)).toBe(`${script}<p>${span('Hi')}</p>`);
  });

  it('keeps the isolates in SVG text, where a span would break the drawing, and drops them from its attributes', () => {
    const svg = `<svg aria-label="${markFallback('Chart')}"><title>${markFallback('Casualties')}</title><text>${markFallback('2024')}</text></svg>`;
    expect(markFallbackHtml(`${svg}<p>${markFallback('Note')}</p>`, en)).toBe(`<svg aria-label="Chart"><title>${markFallback('Casualties')}</title><text>${markFallback('2024')}</text></svg><p>${span('Note')}</p>`);
  });

  it('never lets a span cross an element boundary: each run of marked text gets its own', () => {
    const html = `<h2>${'\u2068'}Worksheet <span class="v">A</span> of the quiz${'\u2069'}</h2><ul>\n${'\u2068'}<li>x</li>\n<li>y</li>${'\u2069'}</ul>`;
    expect(markFallbackHtml(html, en)).toBe(`<h2>${span('Worksheet ')}<span class="v">${span('A')}</span>${span(' of the quiz')}</h2><ul>\n<li>${span('x')}</li>\n<li>${span('y')}</li></ul>`);
  });

  it('drops a stray end mark and returns unmarked HTML untouched', () => {
    expect(markFallbackHtml('<p>a\u2069b</p>', en)).toBe('<p>ab</p>');
    const plain = '<p>Nothing to mark</p>';
    expect(markFallbackHtml(plain, en)).toBe(plain);
  });
});

describe('stripFallbackMarks', () => {
  it('removes the marks, for text drawn on images or compared in tests', () => {
    expect(stripFallbackMarks(markFallback('Main'))).toBe('Main');
  });
});
