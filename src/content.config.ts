// Content collections. Everything a translator or editor touches lives in the
// top-level content/ folder; the schemas here make a bad file fail the build with
// the file and the field named.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { countryRecordSchema, monitorEditionSchema } from './lib/casualty-data.ts';
import { figureEntrySchema } from './lib/figures.ts';
import { pageSchema } from './lib/page-schema.ts';
import { quizQuestionSchema } from './lib/quiz-schema.ts';
import { sourceSchema } from './lib/sources.ts';

// Ids as the files are named: '<locale>/<path>' without the extension or a final
// '/index'. Astro's default lowercases every folder, which turned es-MX into es-mx.
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.[^/.]+$/, '').replace(/\/index$/, '');

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.mdx', generateId }),
  schema: pageSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

// Casualty figures: one record per Landmine Monitor edition, and national figures.
const landmineMonitor = defineCollection({
  loader: file('./content/data/landmine-monitor.yaml'),
  schema: monitorEditionSchema,
});

const countryFigures = defineCollection({
  loader: file('./content/data/countries.yaml'),
  schema: countryRecordSchema,
});

// Every figure a page states in its prose, with its source: <Fig id="…" />.
const figures = defineCollection({
  loader: file('./content/data/figures.yaml'),
  schema: figureEntrySchema,
});

// One file per question: content/quiz/<locale>/<id>.yaml, the same file name in every locale.
const quiz = defineCollection({
  loader: glob({ base: './content/quiz', pattern: '**/*.{yaml,yml}', generateId }),
  schema: quizQuestionSchema,
});

export const collections = { pages, sources, landmineMonitor, countryFigures, figures, quiz };
