// Offline for classrooms, as a teacher uses it: nothing is saved or registered until
// "Save for offline use" is pressed on /<locale>/offline/, which first says how much
// it will download; then the language's pages, the quiz and the worksheets open with
// no connection; a newly published build updates the saved copy; "Remove" undoes it.
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { writeOfflineFiles } from '../src/integrations/offline.ts';
import { DEFAULT_LOCALE, getIntlLocale, LOCALE_CODES, LOCALES } from '../src/i18n/locales.ts';
import { formatBytes } from '../src/lib/bytes.ts';
import { cacheName, parseManifest, type OfflineManifest } from '../src/lib/offline-scope.ts';
import { expectNoAxeViolations } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { serveDist } from './static-server.ts';

// Behaviour does not differ by language: one language other than English, with its own strings.
const locale = LOCALES.find((l) => l.code !== DEFAULT_LOCALE) ?? LOCALES[0];
const code = locale.code;
const english: Record<string, string> = JSON.parse(readFileSync('content/i18n/en.json', 'utf8'));
const t: Record<string, string> = { ...english, ...JSON.parse(readFileSync(`content/i18n/${code}.json`, 'utf8')) };
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
const count = (n: number) => new Intl.NumberFormat(getIntlLocale(code)).format(n);

function builtManifest(dir = 'dist'): OfflineManifest {
  return parseManifest(JSON.parse(readFileSync(join(dir, code, 'offline', 'manifest.json'), 'utf8')))!;
}

async function browserStorage(page: Page) {
  return page.evaluate(async () => ({ caches: await caches.keys(), workers: (await navigator.serviceWorker.getRegistrations()).length }));
}

async function save(page: Page, manifest: OfflineManifest) {
  const status = page.locator('.offline-saver [role="status"]');
  // The size of the download, before anything is downloaded.
  await expect(status).toHaveText(fill(t['offline.size']!, { size: formatBytes(manifest.bytes, getIntlLocale(code)), count: count(manifest.files.length) }));
  await page.getByRole('button', { name: t['offline.save'] }).click();
  await expect(status).toHaveText(t['offline.saved']!, { timeout: 60_000 });
}

/** Every stylesheet a page links to has loaded. */
async function stylesLoaded(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => (link.sheet?.cssRules.length ?? 0) > 0),
  );
}

test('nothing is saved, and no service worker registered, until the reader asks', async ({ page }) => {
  const workerRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/sw.js')) workerRequests.push(request.url());
  });
  for (const path of [`/${code}/`, `/${code}/quiz/`, `/${code}/teachers/`, `/${code}/search/`, `/${code}/offline/`]) await page.goto(path);
  await expect(page.getByRole('button', { name: t['offline.save'] })).toBeVisible();
  expect(await browserStorage(page)).toEqual({ caches: [], workers: 0 });
  expect(workerRequests).toEqual([]);
});

test('the offline page is linked from the teachers page and the footer, and passes axe before and after saving', async ({ page, context }) => {
  // Two axe runs and a save, on a shared two-core machine.
  test.setTimeout(90_000);
  await page.goto(`/${code}/teachers/`);
  await expect(page.locator(`main a[href="/${code}/offline/"]`)).toHaveCount(1);
  await page.goto(`/${code}/`);
  await page.getByRole('contentinfo').getByRole('link', { name: t['offline.link'] }).click();
  await expect(page).toHaveURL(new RegExp(`/${code}/offline/$`));
  await expect(page.getByRole('button', { name: t['offline.save'] })).toBeVisible();
  await expectNoAxeViolations(page, `/${code}/offline/`);
  await save(page, builtManifest());
  await expectNoAxeViolations(page, `/${code}/offline/ once saved`);
  await removeSaved(page, context);
});

async function removeSaved(page: Page, context: BrowserContext) {
  await context.setOffline(false);
  await page.goto(`/${code}/offline/`);
  await page.getByRole('button', { name: t['offline.remove'] }).click();
  await expect(page.locator('.offline-saver [role="status"]')).toContainText(t['offline.removed']!);
  await expect(page.getByRole('button', { name: t['offline.save'] })).toBeVisible();
  expect(await browserStorage(page)).toEqual({ caches: [], workers: 0 });
}

test("after saving, the language's pages, the quiz and the worksheets open with no connection", async ({ page, context }) => {
  test.setTimeout(90_000);
  const manifest = builtManifest();
  await page.goto(`/${code}/offline/`);
  await save(page, manifest);
  expect((await browserStorage(page)).caches).toEqual([cacheName(code, manifest.revision)]);

  await context.setOffline(true);
  const pages = manifest.files.map((file) => file.url).filter((url) => url.endsWith('/'));
  expect(pages).toEqual(expect.arrayContaining([`/${code}/`, `/${code}/quiz/`, `/${code}/quiz/worksheet/`, `/${code}/teachers/`]));
  // Every page of the language is in the saved copy...
  const missing = await page.evaluate(async (urls) => {
    const found = await Promise.all(urls.map(async (url) => ((await caches.match(url))?.status === 200 ? '' : url)));
    return found.filter(Boolean);
  }, pages);
  expect(missing, 'pages not in the saved copy').toEqual([]);
  // ...and one of each kind opens from it, with its styles: a topic, a region, the lists, the worksheets.
  const sample = pages.filter((url) => /\/(?:|teachers\/|regions\/|regions\/cambodia\/|quiz\/worksheet\/|quiz\/worksheet\/a\/key\/|sources\/)$/.test(url.slice(`/${code}`.length)));
  expect(sample.length).toBeGreaterThanOrEqual(6);
  for (const url of sample) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    expect(response?.fromServiceWorker(), url).toBe(true);
    await expect(page.locator('h1').first(), url).toBeVisible();
    expect(await stylesLoaded(page), `styles of ${url}`).toBe(true);
  }

  // The quiz's island (and each projector round's; the projector's index is a plain list) loads its code offline and takes over.
  for (const url of pages.filter((p) => /\/quiz\/(present\/[^/]+\/)?$/.test(p))) {
    await page.goto(url);
    const island = page.locator('astro-island').first();
    await expect(island, url).toHaveCount(1);
    await expect(island, url).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  }

  // A page in a language that was not saved needs the connection.
  const other = LOCALE_CODES.find((c) => c !== code)!;
  await expect(page.goto(`/${other}/`)).rejects.toThrow();
  // The embed pages partner sites frame are never answered by the worker.
  await context.setOffline(false);
  expect((await page.goto(`/${code}/embed/counter/`))?.fromServiceWorker()).toBe(false);

  await removeSaved(page, context);
});

// A copy of the build on its own server (and so its own origin and storage), where a
// new build can be published during the test.
base.describe('when a new build is published', () => {
  let dir: string;
  let site: Awaited<ReturnType<typeof serveDist>>;
  base.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'offline-e2e-'));
    await cp('dist', dir, { recursive: true });
    site = await serveDist(dir);
  });
  base.afterAll(async () => {
    await site?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  base('the saved copy follows, downloading only what changed', async ({ page, context }) => {
    const before = builtManifest(dir);
    await page.goto(`${site.origin}/${code}/offline/`);
    await save(page, before);

    // Publish: one page changes; the manifest and the worker are written again, as the build does.
    const changed = `${code}/teachers/index.html`;
    const html = await readFile(join(dir, changed), 'utf8');
    await writeFile(join(dir, changed), html.replace('</main>', '<p id="published-later">Published later</p></main>'));
    await writeOfflineFiles(dir, '/', LOCALE_CODES);
    const after = builtManifest(dir);
    expect(after.revision).not.toBe(before.revision);

    const downloads: string[] = [];
    context.on('request', (request) => {
      if (request.serviceWorker()) downloads.push(new URL(request.url()).pathname);
    });
    // Browsers look for a new worker on navigation; ask at once.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => browserStorage(page).then((s) => s.caches), { timeout: 30_000 }).toEqual([cacheName(code, after.revision)]);
    expect(downloads.filter((path) => !path.endsWith('/sw.js') && !path.endsWith('/manifest.json'))).toEqual([`/${code}/teachers/`]);

    await context.setOffline(true);
    await page.goto(`${site.origin}/${code}/teachers/`);
    await expect(page.locator('#published-later')).toHaveText('Published later');
    await context.setOffline(false);
  });
});
