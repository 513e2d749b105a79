// Which page components a content page uses, as import lines for it. Content pages
// use <Cite>, <Quiz> and the rest without importing them (see src/components/page-components.ts);
// the build adds the imports (src/integrations/page-components.ts) so that Astro
// sees each component as the page's own and ships its CSS only on the pages that
// render it, instead of the CSS of every component on every page.

/** Component names as written in content files, in source order, once each. */
export function componentsUsed(source: string, known: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
    if (known.has(match[1]!)) names.add(match[1]!);
  }
  return [...names];
}

/**
 * The import lines to append to a content page for the components it uses. Appended,
 * not prepended, so every line number a build error gives for the page stays right.
 * An import statement may stand anywhere at the top level of an MDX file.
 */
export function importLines(source: string, modules: Readonly<Record<string, string>>): string {
  const used = componentsUsed(source, new Set(Object.keys(modules)));
  if (used.length === 0) return '';
  return `\n\n${used.map((name) => `import ${name} from ${JSON.stringify(modules[name])};`).join('\n')}\n`;
}
