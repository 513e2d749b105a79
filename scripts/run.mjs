#!/usr/bin/env node
// The project's task runner: every npm script goes through here so that each
// one runs under Node >= 22.12 on any machine (see node-runtime.mjs), with Astro's
// telemetry off, and with signals passed on to the command it runs (child.mjs).
//
//   node scripts/run.mjs <task> [arguments…]
//
// Arguments after the task go to the command the task runs, so
// `npm run preview -- --port 4599` serves on port 4599 and `npm run test:e2e -- e2e/quiz.spec.ts`
// runs one spec. `npm test` takes none: it runs every step as it is.
import { fileURLToPath } from 'node:url';
import { exitLike, runChild } from './child.mjs';
import { ensureModernNode } from './node-runtime.mjs';

await ensureModernNode(fileURLToPath(import.meta.url));

// Astro otherwise reports anonymous usage data to a third-party host on every build and
// dev run, against the site's own rule of no third-party requests. Every child inherits it.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const node = process.execPath;
const astro = ['node_modules/astro/bin/astro.mjs'];
const [name, ...extra] = process.argv.slice(2);

/**
 * Runs one step. On failure prints which step failed and exits with its status. When the
 * runner itself is asked to stop (Ctrl+C, `kill`), the child has been sent the same signal:
 * end as the child ended, without a failure message, and never start the next step.
 */
async function step(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = await runChild(command, args);
  if (result.received) {
    exitLike(result);
    await new Promise(() => {});
  }
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}${result.error ? `: ${result.error.message}` : ''}).`);
    process.exit(result.status || 1);
  }
}

const build = (args = []) => step('Build the site (astro build)', node, [...astro, 'build', ...args]);
const budget = (args = []) => step('JavaScript budgets over dist/ (gzipped bytes)', node, ['scripts/budget.mjs', ...args]);
const validate = (args = []) => step('Validate the built HTML (html-validate over dist/)', node, ['scripts/validate-html.mjs', ...args]);
const e2e = async (args = []) => {
  const { ensureBrowser } = await import('./browser.mjs');
  const browser = await ensureBrowser();
  console.log(`Browser for end-to-end tests: ${browser}`);
  await step('End-to-end tests against the built site (playwright)', node, ['node_modules/@playwright/test/cli.js', 'test', ...args]);
};

const tasks = {
  dev: (args) => step('Development server', node, [...astro, 'dev', ...args]),
  build,
  preview: (args) => step('Serve the built site (Ctrl+C to stop)', node, [...astro, 'preview', ...args]),
  // Arguments go to the server (`npm start -- --port 4599`).
  start: async (args) => {
    await build();
    await step('Serve the built site (Ctrl+C to stop)', node, [...astro, 'preview', ...args]);
  },
  budget,
  validate,
  'i18n-status': (args) => step('Translation status', node, ['scripts/i18n-status.mjs', ...args]),
  'i18n-new': (args) => step('Add a language', node, ['scripts/i18n-new.mjs', ...args]),
  'i18n-stamp': (args) => step('Record the English a translation was made from', node, ['scripts/i18n-stamp.mjs', ...args]),
  fonts: (args) => step('Cut the web fonts from the Noto packages (src/assets/fonts/web/)', node, ['scripts/fonts.mjs', ...args]),
  // Review aids, not tests: screenshots of every template, and a Lighthouse report of a few pages.
  shots: (args) => step('Screenshots of every template (shots/)', node, ['scripts/shots.mjs', ...args]),
  lighthouse: (args) => step('Lighthouse, mobile, over a few pages', node, ['scripts/lighthouse.mjs', ...args]),
  locales: (args) => step('Throwaway languages: added, checked, built and tested in a copy', node, ['scripts/throwaway-locales.mjs', ...args]),
  check: (args) => step('Type check (astro check)', node, [...astro, 'check', ...args]),
  unit: (args) => step('Unit tests (vitest)', node, ['node_modules/vitest/vitest.mjs', 'run', ...args]),
  // Arguments go to Playwright (`npm run test:e2e -- e2e/quiz.spec.ts`).
  e2e: async (args) => {
    await build();
    await e2e(args);
  },
  test: async (args) => {
    if (args.length > 0) {
      console.error(`npm test takes no arguments (got: ${args.join(' ')}). Run one step with its own script, e.g. npm run test:unit -- ${args.join(' ')}.`);
      process.exit(2);
    }
    await step('Content and translation files (i18n:status --check)', node, ['scripts/i18n-status.mjs', '--check']);
    await tasks.check([]);
    await tasks.unit([]);
    await build();
    await budget();
    await validate();
    await e2e();
    await tasks.locales([]);
    console.log('\n✔ All checks passed: content files, types, unit tests, build, budgets, HTML validation, end-to-end tests, and a copy with three more languages.');
  },
};

const task = Object.hasOwn(tasks, name ?? '') ? tasks[name] : undefined;
if (!task) {
  console.error(`Unknown task "${name ?? ''}". Tasks: ${Object.keys(tasks).join(', ')}.`);
  process.exit(2);
}
await task(extra);
