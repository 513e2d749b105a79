// Markdown's own elements, replaced on every content page. The components content
// authors write by name (<Cite id="…" />, <Quiz />…) are listed in page-components.ts.
import ContentLink from './content/ContentLink.astro';
import Table from './content/Table.astro';

export const mdxComponents = {
  // Markdown links: /en/… site paths are rendered in the page's locale.
  a: ContentLink,
  // Markdown tables scroll sideways inside their own box on a narrow screen.
  table: Table,
};
