// Adds to each content page (content/pages/**/*.mdx) the imports of the page components
// it uses, before MDX compiles it: Astro then ships a component's CSS only on the pages
// that render it. See src/lib/component-imports.ts and src/components/page-components.ts.
import type { AstroIntegration } from 'astro';
import { importLines } from '../lib/component-imports.ts';

export function pageComponents(modules: Readonly<Record<string, string>>): AstroIntegration {
  return {
    name: 'page-components',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'page-components',
                enforce: 'pre',
                transform: {
                  order: 'pre',
                  filter: { id: /\/content\/pages\/.*\.mdx(?:\?.*)?$/ },
                  handler(code: string) {
                    const lines = importLines(code, modules);
                    return lines ? { code: code + lines, map: null } : undefined;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
