// After the build: for each language, the list of files "Save for offline use"
// downloads (dist/<locale>/offline/manifest.json, computed from dist/ so new pages and
// assets are included by themselves; see src/lib/offline-manifest.ts), and the service
// worker (dist/sw.js, bundled from src/offline/sw.ts with this build's version in it).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { offlineManifest, type BuiltFile } from '../lib/offline-manifest.ts';
import { manifestUrl, normalizeBase, serviceWorkerUrl, type OfflineManifest } from '../lib/offline-scope.ts';
import { listFiles } from './dist-files.ts';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const TEXT = /\.(html|css|m?js)$/;

export interface OfflineBuild {
  readonly manifests: readonly OfflineManifest[];
  /** Changes whenever any language's saved set changes. */
  readonly version: string;
  readonly workerBytes: number;
}

/**
 * Writes each language's manifest and the service worker into the built site at
 * `root` (served under `base`). Exported for the end-to-end test that publishes a
 * changed build and checks that a saved copy follows.
 */
export async function writeOfflineFiles(root: string, base: string, locales: readonly string[]): Promise<OfflineBuild> {
  base = normalizeBase(base);
  const files = new Map<string, BuiltFile>();
  for (const file of await listFiles(root)) {
    // The files this step writes are not part of any saved copy.
    if (file === 'sw.js' || /^[^/]+\/offline\/manifest\.json$/.test(file)) continue;
    const data = await readFile(join(root, file));
    files.set(file, { bytes: data.length, hash: sha256(data).slice(0, 16), text: TEXT.test(file) ? data.toString('utf8') : undefined });
  }
  const manifests: OfflineManifest[] = [];
  for (const locale of locales) {
    const manifest = offlineManifest(locale, files, base, (text) => sha256(text).slice(0, 16));
    const target = join(root, manifestUrl(locale, base).slice(base.length));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, JSON.stringify(manifest));
    manifests.push(manifest);
  }
  // The worker's bytes change with any saved file, so browsers that have it install the
  // new one, which brings the copies the reader saved up to date.
  const version = sha256(manifests.map((m) => `${m.locale} ${m.revision}`).join('\n')).slice(0, 16);
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../offline/sw.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    define: { __OFFLINE__: JSON.stringify({ version, base, locales }) },
  });
  const worker = result.outputFiles[0]!.contents;
  await writeFile(join(root, serviceWorkerUrl(base).slice(base.length)), worker);
  return { manifests, version, workerBytes: worker.length };
}

export function offline(locales: readonly string[]): AstroIntegration {
  let base = '/';
  return {
    name: 'offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { manifests, version, workerBytes } = await writeOfflineFiles(fileURLToPath(dir), base, locales);
        for (const m of manifests) logger.info(`Offline copy of /${m.locale}/: ${m.files.length} files, ${m.bytes} B`);
        logger.info(`Service worker ${serviceWorkerUrl(base)}: ${workerBytes} B, version ${version}`);
      },
    },
  };
}
