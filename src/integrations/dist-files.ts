// Files of the built site, for the hooks that run after `astro build`.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `root`, as paths relative to it with forward slashes ('fr/about/index.html'). */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The address a built file is served at, base path included: 'fr/about/index.html' → '/fr/about/'. */
export function servedPath(file: string, base = '/'): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return `${prefix}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
