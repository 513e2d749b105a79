// The embeddable counter as a partner organisation uses it: its page, on another
// origin, pastes the code from the Share page (built here by the same function,
// src/lib/embed.ts) into a column 280, 375 or 800 px wide, with or without the optional
// listener. dist/ is served with the headers public/_headers gives it (astro preview
// ignores that file), and the partner page from a second port, so another origin.
import { test as base, type Frame, type Page } from '@playwright/test';
import english from '../content/i18n/en.json' with { type: 'json' };
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { isPublicAddress } from '../src/lib/site-address.ts';
import { EMBED_HEIGHT, EMBED_LAYOUTS, EMBED_WIDGETS, embedCode, embedSlug, PREVIEW_WIDTHS, type EmbedLayout, type EmbedWidget } from '../src/lib/embed.ts';
import { expectNoAxeViolations, hasHorizontalScroll } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { serveDist, servePage } from './static-server.ts';

// The partner page's port: E2E_PARTNER_PORT, else the one after E2E_PORT.
const PARTNER_PORT = Number(process.env.E2E_PARTNER_PORT ?? Number(process.env.E2E_PORT ?? 4329) + 1);
const WIDTHS = PREVIEW_WIDTHS.map((p) => p.width);

interface Embed {
  id: string;
  locale: string;
  widget: EmbedWidget;
  layout: EmbedLayout;
}
/** Every widget and layout, each in a locale (all of them at 280 px, where heights are largest). */
const EMBEDS: Embed[] = LOCALE_CODES.flatMap((locale) =>
  EMBED_WIDGETS.flatMap((widget) => EMBED_LAYOUTS.map((layout) => ({ id: `${locale}-${widget}-${layout}`, locale, widget, layout }))),
);

/** A partner's page: a column `width` px wide holding the pasted code for each embed. */
function partnerPage(origin: string, width: number, embeds: Embed[], withListener: boolean) {
  const blocks = embeds.map((embed) => {
    const code = embedCode({
      src: `${origin}/${embed.locale}/${embedSlug(embed.widget, embed.layout)}/`,
      title: english[`embed.frameTitle.${embed.widget}`].replace('{site}', new URL(origin).host) + ` (${embed.id})`,
      height: EMBED_HEIGHT[embed.widget][embed.layout],
      listenerComment: english['embed.listenerComment'],
    });
    // Without the listener, the partner pastes the frame alone (the first line).
    return `<section><h2>${embed.id}</h2>${withListener ? code : code.split('\n')[0]}</section>`.replace('<iframe ', `<iframe id="${embed.id}" `);
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner organisation</title>
    <style>body{margin:0;font-family:sans-serif} main{width:${width}px;padding:0} h2{font-size:1rem;margin:1rem 0 .25rem}</style></head>
    <body><main><h1>A partner organisation</h1>${blocks.join('\n')}</main></body></html>`;
}

/** The frame's document, once its counter's island is awake (it hydrates when in view). */
async function openFrame(page: Page, embed: Embed): Promise<Frame> {
  const element = page.locator(`#${embed.id}`);
  await element.scrollIntoViewIfNeeded();
  const frame = (await element.elementHandle())!.contentFrame();
  const inner = (await frame)!;
  await expect(inner.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 10_000 });
  if (embed.widget === 'estimate') await expect(inner.locator('[data-counter-live]')).toBeVisible();
  await inner.evaluate(() => document.fonts.ready);
  return inner;
}

/** What the frame shows: its height, its content's height, and where the source line ends. */
function measure(frame: Frame) {
  return frame.evaluate(() => {
    const source = [...document.querySelectorAll('.counter-meta a')].at(-1)!.getBoundingClientRect();
    return {
      frameHeight: innerHeight,
      contentHeight: document.documentElement.scrollHeight,
      sourceBottom: source.bottom,
      sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  });
}

base.describe('a partner site on another origin', () => {
  // One worker, so the partner port is opened once. A dozen frames per page take a while.
  base.describe.configure({ mode: 'serial', timeout: 120_000 });

  let site: Awaited<ReturnType<typeof serveDist>>;
  let partner: Awaited<ReturnType<typeof servePage>>;
  let html = '';

  base.beforeAll(async () => {
    site = await serveDist();
    partner = await servePage(() => html, PARTNER_PORT);
    expect(new URL(partner.origin).origin).not.toBe(new URL(site.origin).origin);
  });

  base.afterAll(async () => {
    await partner?.close();
    await site?.close();
  });

  for (const width of WIDTHS) {
    // One locale per embed, in turn; at 280 px, where the words wrap most, every locale
    // keeps to the documented height (the listener's resizing does not depend on the words).
    const turn = WIDTHS.indexOf(width);
    const onePerEmbed = EMBED_WIDGETS.flatMap((widget) => EMBED_LAYOUTS.map((layout) => ({ widget, layout }))).map(
      ({ widget, layout }, j) => EMBEDS.find((e) => e.widget === widget && e.layout === layout && e.locale === LOCALE_CODES[(j + turn) % LOCALE_CODES.length])!,
    );
    const embeds = turn === 0 ? EMBEDS : onePerEmbed;

    base(`without the listener, ${width} px: each frame keeps the documented height and shows everything`, async ({ page }) => {
      html = partnerPage(site.origin, width, embeds, false);
      await page.goto(partner.origin);
      for (const embed of embeds) {
        const frame = await openFrame(page, embed);
        const m = await measure(frame);
        const documented = EMBED_HEIGHT[embed.widget][embed.layout];
        expect(m.frameHeight, embed.id).toBe(documented);
        expect(m.contentHeight, `${embed.id}: no inner scrollbar at the documented height`).toBeLessThanOrEqual(documented);
        expect(m.sourceBottom, `${embed.id}: the source line is inside the frame`).toBeLessThanOrEqual(documented);
        expect(m.sideways, embed.id).toBe(false);
      }
    });

    base(`with the listener, ${width} px: each frame fits its content exactly; axe finds nothing`, async ({ page }) => {
      html = partnerPage(site.origin, width, onePerEmbed, true);
      await page.goto(partner.origin);
      for (const embed of onePerEmbed) {
        const frame = await openFrame(page, embed);
        const element = page.locator(`#${embed.id}`);
        // The height message arrives and the listener sets the frame's height to the content's.
        await expect
          .poll(async () => {
            const m = await measure(frame);
            return m.frameHeight === m.contentHeight && (await element.evaluate((f: HTMLIFrameElement) => f.style.height)) === `${m.contentHeight}px`;
          }, { message: embed.id })
          .toBe(true);
        const m = await measure(frame);
        expect(m.sourceBottom, embed.id).toBeLessThanOrEqual(m.frameHeight);
        if (width > WIDTHS[0]!) expect(m.frameHeight, `${embed.id}: wider, so shorter than the fixed height`).toBeLessThan(EMBED_HEIGHT[embed.widget][embed.layout]);
      }
      await expectNoAxeViolations(page, `partner page at ${width} px with its frames`);
    });
  }

  base('only the embed pages may be framed; an ordinary page is refused', async ({ page }) => {
    html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner organisation</title></head><body>
      <iframe id="counter" src="${site.origin}/fr/embed/counter/compact/" title="Counter"></iframe>
      <iframe id="page" src="${site.origin}/en/casualties/" title="An ordinary page"></iframe></body></html>`;
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    const documents = new Map<string, Record<string, string>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document') documents.set(new URL(response.url()).pathname, response.headers());
    });
    await page.goto(partner.origin);
    await expect(page.frameLocator('#counter').locator('[data-counter-sr]')).toHaveText('6\u202f279');

    // Chromium: "Framing '…' violates the following Content Security Policy directive: "frame-ancestors 'none'"."
    const blocked = (m: string) => /frame-ancestors 'none'/.test(m) && new RegExp(`${site.origin}/?`).test(m);
    await expect.poll(() => messages.some(blocked)).toBe(true);
    await expect(page.frameLocator('#page').getByRole('heading', { name: 'Casualties year by year' })).toHaveCount(0);
    expect(page.frames().map((frame) => frame.url())).not.toContain(`${site.origin}/en/casualties/`);

    expect(documents.get('/fr/embed/counter/compact/')?.['content-security-policy']).toBe('frame-ancestors *');
    expect(documents.get('/fr/embed/counter/compact/')?.['x-frame-options']).toBeUndefined();
    expect(documents.get('/en/casualties/')?.['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(documents.get('/en/casualties/')?.['x-frame-options']).toBe('DENY');
  });
});

test.describe('the embed pages', () => {
  // Each widget and layout once, the locales taking turns, light and dark.
  const pages = EMBED_WIDGETS.flatMap((widget) => EMBED_LAYOUTS.map((layout) => embedSlug(widget, layout))).map(
    (slug, i) => `/${LOCALE_CODES[i % LOCALE_CODES.length]}/${slug}/`,
  );
  for (const path of pages) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} has no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
        await expectNoAxeViolations(page, `${path} (${colorScheme})`);
      });
    }
  }

  test('they are minimal, fit 280 px and stay out of search engines', async ({ page }) => {
    await page.setViewportSize({ width: 280, height: 480 });
    for (const embed of EMBEDS) {
      const path = `/${embed.locale}/${embedSlug(embed.widget, embed.layout)}/`;
      await page.goto(path);
      expect(await hasHorizontalScroll(page), path).toBe(false);
      await expect(page.locator('header, nav, footer')).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      // Named for screen readers even where the compact layout shows no title.
      await expect(page.locator('h1')).toHaveCount(1);
      if (embed.locale === 'en') await expect(page.locator('h1')).toHaveText(english[`embed.${embed.widget}.title`]);
    }
  });

  test('every link leaves the frame for a new tab; the site and the source are linked', async ({ page }) => {
    for (const path of ['/en/embed/counter/', '/en/embed/counter/compact/']) {
      await page.goto(path);
      const links = page.getByRole('link');
      for (const link of await links.all()) {
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', /noopener/);
      }
      await expect(page.getByRole('link', { name: /More about these figures/ })).toHaveAttribute('href', '/en/casualties/');
      await expect(page.getByRole('link', { name: /MAG/ })).toHaveAttribute('href', /^https:\/\/maginternational\.org\//);
    }
    // The full layout also leads to the Share page; the compact one keeps to the essentials.
    await expect(page.getByRole('link', { name: /Show this counter on your website/ })).toHaveCount(0);
    await page.goto('/en/embed/counter/');
    await expect(page.getByRole('link', { name: /Show this counter on your website/ })).toHaveAttribute('href', '/en/share/');
  });

  test('a framed page tells its parent its height, and nothing else', async ({ page }) => {
    // The embed page inside a same-origin frame of a blank page, whose messages are recorded.
    await page.goto('/en/embed/estimate/compact/');
    const messages = await page.evaluate(async () => {
      const received: unknown[] = [];
      addEventListener('message', (event) => received.push(event.data));
      const frame = Object.assign(document.createElement('iframe'), { src: '/en/embed/estimate/compact/', title: 'test' });
      frame.style.cssText = 'width:280px;height:200px';
      document.body.replaceChildren(frame);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return received;
    });
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(Object.keys(message as object)).toEqual(['type', 'height']);
  });
});

test.describe('the Share page', () => {
  test('is in the footer menu', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('navigation', { name: 'More' }).getByRole('link', { name: 'Share and embed' }).click();
    await expect(page).toHaveURL(/\/en\/share\/$/);
  });

  test('previews each layout at three widths, chosen without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/share/');
    const snippet = page.locator('[data-embed-snippet="counter"]');
    const stage = (layout: EmbedLayout) => snippet.locator(`.stage[data-layout="${layout}"]`);
    // The first layout and width are chosen; the other layout is hidden.
    await expect(stage('compact')).toBeVisible();
    await expect(stage('full')).toBeHidden();
    expect((await stage('compact').boundingBox())!.width).toBe(WIDTHS[0]);
    await snippet.getByRole('radio', { name: /^Full/ }).check();
    await expect(stage('compact')).toBeHidden();
    await expect(stage('full')).toBeVisible();
    for (const { name, width } of PREVIEW_WIDTHS) {
      await snippet.getByRole('radio', { name: english[`embed.width.${name}`].replace('{width}', String(width)) }).check();
      expect((await stage('full').boundingBox())!.width).toBe(width);
    }
    // The preview is this site's own embed page; it shows the figure.
    await expect(stage('full').locator('iframe')).toHaveAttribute('src', '/en/embed/counter/');
    await expect(page.frameLocator('[data-embed-snippet="counter"] .stage[data-layout="full"] iframe').locator('[data-counter-sr]')).toHaveText('6,279');
    await context.close();
  });

  test('gives the code to paste, with a copy button, or says why it cannot', async ({ page, context }) => {
    await page.goto('/en/share/');
    const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
    const snippet = page.locator('[data-embed-snippet="estimate"]');
    if (!isPublicAddress(canonical)) {
      // Built without SITE_URL (npm start, npm test): a notice, and no code pointing at this computer.
      await expect(snippet.locator('[data-no-address]')).toContainText('built without its public web address');
      await expect(snippet.locator('pre, code, button')).toHaveCount(0);
      // Nothing to paste points at this computer (what print shows on paper, the page's
      // address and each link's address, is not code to paste, so it is left out).
      const pasteable = await page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelector('.print-address')?.remove();
        for (const link of copy.querySelectorAll('[data-print-url]')) link.removeAttribute('data-print-url');
        return copy.innerHTML;
      });
      expect(pasteable).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1)/);
      return;
    }
    // Built with a public address: the code for the chosen layout, for that address.
    const code = snippet.locator('[data-layout="compact"] code');
    await expect(code).toContainText(`<iframe src="${canonical.origin}/en/embed/estimate/compact/"`);
    await expect(code).toContainText(`height="${EMBED_HEIGHT.estimate.compact}"`);
    await expect(code).toContainText(`e.origin!=="${canonical.origin}"`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await snippet.locator('[data-layout="compact"]').getByRole('button', { name: 'Copy the code' }).click();
    await expect(snippet.locator('[data-layout="compact"] [role="status"]')).toHaveText(english['embed.copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());
  });
});
