// Components available in every content page without an import. Content authors
// write <Cite id="…" /> and so on; add new page components here, one per line.
import CasualtyCounter from '../islands/CasualtyCounter/CasualtyCounter.astro';
import CasualtyChart from './CasualtyChart.astro';
import CasualtyDetails from './CasualtyDetails.astro';
import Cite from './Cite.astro';
import EmbedSnippet from './EmbedSnippet.astro';
import NationalFigures from './NationalFigures.astro';

export const mdxComponents = {
  Cite,
  CasualtyChart,
  CasualtyCounter,
  CasualtyDetails,
  EmbedSnippet,
  NationalFigures,
};
