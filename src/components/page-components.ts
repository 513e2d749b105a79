// Components every content page can use without an import: content authors write
// <Cite id="…" /> and so on. Add a new page component here, one per line.
//
// The build imports into each page only the components it uses (src/integrations/
// page-components.ts), so a page carries only their CSS: /en/the-day/ does not ship the
// quiz's or the chart's styles. Markdown's own elements are replaced in mdx-components.ts.
// No imports here: astro.config.mjs reads this file.

/** Page components by the name content files use, and their module from the project root. */
export const PAGE_COMPONENTS: Readonly<Record<string, string>> = {
  Cite: '/src/components/Cite.astro',
  KeyFacts: '/src/components/KeyFacts.astro',
  RegionIndex: '/src/components/RegionIndex.astro',
  Callout: '/src/components/content/Callout.astro',
  Definitions: '/src/components/content/Definitions.astro',
  Fig: '/src/components/content/Fig.astro',
  DateText: '/src/components/content/DateText.astro',
  Handout: '/src/components/content/Handout.astro',
  KeyFigure: '/src/components/content/KeyFigure.astro',
  KeyFigures: '/src/components/content/KeyFigures.astro',
  Term: '/src/components/content/Term.astro',
  CasualtyChart: '/src/components/CasualtyChart.astro',
  CasualtyCounter: '/src/islands/CasualtyCounter/CasualtyCounter.astro',
  CasualtyDetails: '/src/components/CasualtyDetails.astro',
  EmbedSnippet: '/src/components/EmbedSnippet.astro',
  NationalFigures: '/src/components/NationalFigures.astro',
  Quiz: '/src/components/Quiz.astro',
};
