// Components available in every content page without an import. Content authors
// write <Cite id="…" /> and so on; add new page components here, one per line.
import Cite from './Cite.astro';
import Quiz from './Quiz.astro';

export const mdxComponents = {
  Cite,
  Quiz,
};
