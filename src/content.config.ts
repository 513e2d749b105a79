// Content collections. Everything a translator or editor touches lives in the
// top-level content/ folder; the schemas here make a bad file fail the build with
// the file and the field named.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { pageSchema } from './lib/page-schema.ts';
import { sourceSchema } from './lib/sources.ts';

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.mdx' }),
  schema: pageSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

export const collections = { pages, sources };
