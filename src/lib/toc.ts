// Which headings go in a page's "On this page" list. Pure, so it is unit-tested.

export interface Heading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/** Long pages only: a table of contents for fewer sections is clutter. */
export const TOC_MIN_SECTIONS = 4;

/** The page's h2 sections, or none when there are fewer than `min` of them. */
export function tocItems(headings: readonly Heading[], min = TOC_MIN_SECTIONS): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2 && heading.slug && heading.text.trim());
  return sections.length >= min ? sections : [];
}
