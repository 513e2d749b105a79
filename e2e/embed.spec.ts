// The embeddable counter: a partner site on another origin can frame
// /<locale>/embed/… pages, and no other page. dist/ is served here with the
// headers public/_headers gives it (astro preview ignores that file), and the
// partner page is served on a second port, so a different origin.
import { test as base } from '@playwright/test';
import { expectNoAxeViolations, hasHorizontalScroll } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { serveDist, servePage } from './static-server.ts';

// The partner page's port: E2E_PARTNER_PORT, else the one after E2E_PORT.
const PARTNER_PORT = Number(process.env.E2E_PARTNER_PORT ?? Number(process.env.E2E_PORT ?? 4329) + 1);

base.describe('framing by a partner site on another origin', () => {
  // One worker, so the partner port is opened once.
  base.describe.configure({ mode: 'serial' });

  let site: Awaited<ReturnType<typeof serveDist>>;
  let partner: Awaited<ReturnType<typeof servePage>>;

  base.beforeAll(async () => {
    site = await serveDist();
    partner = await servePage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner organisation</title></head><body>
      <h1>A partner organisation</h1>
      <iframe id="counter" src="${site.origin}/fr/embed/counter/" title="Counter" width="100%" height="360"></iframe>
      <iframe id="estimate" src="${site.origin}/ar/embed/estimate/" title="Estimate" width="100%" height="440"></iframe>
      <iframe id="page" src="${site.origin}/en/casualties/" title="An ordinary page" width="100%" height="300"></iframe>
      </body></html>`,
      PARTNER_PORT,
    );
    expect(new URL(partner.origin).origin).not.toBe(new URL(site.origin).origin);
  });

  base.afterAll(async () => {
    await partner?.close();
    await site?.close();
  });

  base('the embed pages render inside the frame; an ordinary page is refused', async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    const documents = new Map<string, Record<string, string>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document') documents.set(new URL(response.url()).pathname, response.headers());
    });
    await page.goto(partner.origin);

    const counter = page.frameLocator('#counter');
    await expect(counter.locator('h1')).toHaveText('Victimes des mines : le dernier chiffre annuel');
    // The script runs inside the frame too: the count-up ends on the real figure.
    await expect(counter.locator('[data-counter-number]')).toHaveText('6\u202f279', { timeout: 10_000 });
    await expect(page.frameLocator('#estimate').locator('[data-counter-live]')).toBeVisible();
    await expect(page.frameLocator('#estimate').locator('html')).toHaveAttribute('dir', 'rtl');

    // The casualties page itself refuses to be framed.
    // Chromium: "Framing '…' violates the following Content Security Policy directive: "frame-ancestors 'none'"."
    const blocked = (m: string) => /frame-ancestors 'none'/.test(m) && new RegExp(`${site.origin}/?`).test(m);
    await expect.poll(() => messages.some(blocked)).toBe(true);
    // Its frame shows the browser's error page instead of the page.
    await expect(page.frameLocator('#page').getByRole('heading', { name: 'Casualties year by year' })).toHaveCount(0);
    const frameUrls = page.frames().map((frame) => frame.url());
    expect(frameUrls).toContain(`${site.origin}/fr/embed/counter/`);
    expect(frameUrls).not.toContain(`${site.origin}/en/casualties/`);

    expect(documents.get('/fr/embed/counter/')?.['content-security-policy']).toBe('frame-ancestors *');
    expect(documents.get('/fr/embed/counter/')?.['x-frame-options']).toBeUndefined();
    expect(documents.get('/en/casualties/')?.['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(documents.get('/en/casualties/')?.['x-frame-options']).toBe('DENY');
  });
});

test.describe('the embed pages', () => {
  for (const path of ['/en/embed/counter/', '/fr/embed/estimate/', '/ar/embed/counter/', '/ar/embed/estimate/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} has no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expectNoAxeViolations(page, `${path} (${colorScheme})`);
      });
    }

    test(`${path} is minimal and fits 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 480 });
      await page.goto(path);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await expect(page.locator('header, nav, footer')).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    });
  }

  test('every link leaves the frame for a new tab, and the site and the source are linked', async ({ page }) => {
    await page.goto('/en/embed/counter/');
    const links = page.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /noopener/);
    }
    await expect(page.getByRole('link', { name: /More about these figures/ })).toHaveAttribute('href', '/en/casualties/');
    await expect(page.getByRole('link', { name: /Show this counter on your website/ })).toHaveAttribute('href', '/en/share/');
    await expect(page.getByRole('link', { name: /MAG/ })).toHaveAttribute('href', /^https:\/\/maginternational\.org\//);
  });
});

test('the Share page gives the copy-paste code for each widget, with a working preview', async ({ page, baseURL }) => {
  await page.goto('/en/share/');
  const code = await page.locator('[data-embed-snippet="counter"] code').textContent();
  expect(code).toMatch(/^<iframe src="https?:\/\/[^"]+\/en\/embed\/counter\/" title="[^"]+" width="100%" height="\d+" loading="lazy"/);
  expect(await page.locator('[data-embed-snippet="estimate"] code').textContent()).toContain('/en/embed/estimate/');
  const preview = page.frameLocator('[data-embed-snippet="counter"] iframe');
  await expect(preview.locator('[data-counter-sr]')).toHaveText('6,279');
  await expectNoAxeViolations(page, '/en/share/');
  // The preview frames this site's own embed page.
  expect(new URL((await page.locator('[data-embed-snippet="counter"] iframe').getAttribute('src'))!, baseURL).pathname).toBe('/en/embed/counter/');
});
