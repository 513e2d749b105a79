// Checks every file translators and editors touch before Astro reads them, and
// stops the build with all the problems at once, in plain words: the file, the line,
// the field and what to write instead. Astro's own messages for the same files name
// the parser's rule (or a schema code) and come with a stack trace; these come first.
// The same check is `npm run i18n:status -- --check`.
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readInventory } from '../i18n/translation-files.ts';
import { formatProblem } from '../lib/content-errors.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const { problems } = readInventory(new URL('.', config.root).pathname);
        if (!problems.length) return;
        const list = problems.map((problem) => `  ${formatProblem(problem).replace(/\n/g, '\n  ')}`).join('\n\n');
        const error = new AstroError(
          `${problems.length === 1 ? 'A content file needs' : `${problems.length} content files need`} fixing before the site can build:\n\n${list}\n`,
          'TRANSLATING.md explains each field, its length limit and how to write YAML that works. Check again with: npm run i18n:status -- --check',
        );
        error.stack = ''; // where in the build it was found does not help; the file and line above do
        throw error;
      },
    },
  };
}
