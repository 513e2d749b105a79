// Components available in every content page without an import. Content authors
// write <Cite id="…" /> and so on; add new page components here, one per line.
import CasualtyCounter from '../islands/CasualtyCounter/CasualtyCounter.astro';
import CasualtyChart from './CasualtyChart.astro';
import CasualtyDetails from './CasualtyDetails.astro';
import Cite from './Cite.astro';
import KeyFacts from './KeyFacts.astro';
import RegionIndex from './RegionIndex.astro';
import Callout from './content/Callout.astro';
import ContentLink from './content/ContentLink.astro';
import DateText from './content/DateText.astro';
import Definitions from './content/Definitions.astro';
import Fig from './content/Fig.astro';
import Handout from './content/Handout.astro';
import KeyFigure from './content/KeyFigure.astro';
import KeyFigures from './content/KeyFigures.astro';
import Table from './content/Table.astro';
import Term from './content/Term.astro';
import EmbedSnippet from './EmbedSnippet.astro';
import NationalFigures from './NationalFigures.astro';
import Quiz from './Quiz.astro';

export const mdxComponents = {
  // Markdown links: /en/… site paths are rendered in the page's locale.
  a: ContentLink,
  // Markdown tables scroll sideways inside their own box on a narrow screen.
  table: Table,
  Cite,
  KeyFacts,
  RegionIndex,
  Callout,
  Definitions,
  Fig,
  DateText,
  Handout,
  KeyFigure,
  KeyFigures,
  Term,
  CasualtyChart,
  CasualtyCounter,
  CasualtyDetails,
  EmbedSnippet,
  NationalFigures,
  Quiz,
};
