// The figures registry as <Fig> uses it, read from the `figures` collection once per
// build. A figure naming a source that content/sources.yaml lacks fails the build.
import { getCollection } from 'astro:content';
import { assertSourcesKnown } from '../lib/casualty-data.ts';
import type { FigureEntry } from '../lib/figures.ts';

export const FIGURES_FILE = 'content/data/figures.yaml';

let cached: Promise<Map<string, FigureEntry>> | undefined;

export function getFigures(): Promise<Map<string, FigureEntry>> {
  cached ??= Promise.all([getCollection('figures'), getCollection('sources')]).then(([entries, sources]) => {
    const figures = entries.map((entry) => entry.data);
    const known = new Set(sources.map((entry) => entry.id));
    assertSourcesKnown(FIGURES_FILE, figures.map((f) => ({ id: f.id, sources: [f.source] })), known);
    return new Map(figures.map((f) => [f.id, f]));
  });
  return cached;
}
