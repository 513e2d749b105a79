// A `page` that fails the test on any console error, uncaught exception, request
// to another origin, or cookie: checks every e2e test gets for free.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ strictPage: void }>({
  strictPage: [
    async ({ page, context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      page.on('console', (message) => {
        // A failed load is checked below, where the 404 page's own status can be told apart.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          problems.push(`console error: ${message.text()}`);
        }
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && response.request().resourceType() !== 'document') {
          problems.push(`failed to load ${response.url()} (${response.status()})`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'about:' || url.protocol === 'blob:') return;
        if (url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
      });
      await use();
      expect(problems, 'console errors, exceptions or off-site requests').toEqual([]);
      expect(await context.cookies(), 'cookies set').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
