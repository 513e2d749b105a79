import { describe, expect, it } from 'vitest';
import { TOC_MIN_SECTIONS, tocItems } from './toc.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });

describe('tocItems', () => {
  it('lists the h2 sections of a page with four or more, in order', () => {
    const headings = [h(2, 'One'), h(3, 'One a'), h(2, 'Two'), h(2, 'Three'), h(4, 'Deep'), h(2, 'Four')];
    expect(tocItems(headings).map((item) => item.text)).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('gives nothing for a short page, however many sub-headings it has', () => {
    expect(TOC_MIN_SECTIONS).toBe(4);
    expect(tocItems([h(2, 'One'), h(2, 'Two'), h(2, 'Three'), h(3, 'a'), h(3, 'b'), h(3, 'c')])).toEqual([]);
    expect(tocItems([])).toEqual([]);
  });

  it('skips headings without an anchor or text', () => {
    const headings = [h(2, 'One'), h(2, 'Two'), h(2, 'Three'), { depth: 2, slug: '', text: 'No anchor' }, { depth: 2, slug: 'x', text: ' ' }];
    expect(tocItems(headings)).toEqual([]);
    expect(tocItems(headings, 3)).toHaveLength(3);
  });
});
