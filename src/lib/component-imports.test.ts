import { describe, expect, it } from 'vitest';
import { componentsUsed, importLines } from './component-imports.ts';

const modules = { Cite: '/p/Cite.astro', Quiz: '/p/Quiz.astro', KeyFigure: '/p/KeyFigure.astro', KeyFigures: '/p/KeyFigures.astro' };

describe('componentsUsed', () => {
  it('finds each known component once, in source order, and tells similar names apart', () => {
    const source = 'Text <KeyFigures>\n<KeyFigure fig="x" />\n</KeyFigures> and <Cite id="a" /><Cite id="b" />';
    expect(componentsUsed(source, new Set(Object.keys(modules)))).toEqual(['KeyFigures', 'KeyFigure', 'Cite']);
  });

  it('ignores HTML elements and names it does not know', () => {
    expect(componentsUsed('<abbr title="x">ERW</abbr> <Unknown /> <cite>', new Set(Object.keys(modules)))).toEqual([]);
  });
});

describe('importLines', () => {
  it('imports what the page uses, after a blank line, so line numbers above do not move', () => {
    const source = '---\ntitle: T\n---\n\n<Quiz />\n';
    const lines = importLines(source, modules);
    expect(lines).toBe('\n\nimport Quiz from "/p/Quiz.astro";\n');
    expect((source + lines).split('\n').slice(0, 5)).toEqual(source.split('\n').slice(0, 5));
  });

  it('adds nothing to a page without components', () => {
    expect(importLines('Plain *Markdown*.', modules)).toBe('');
  });
});
