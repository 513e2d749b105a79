#!/usr/bin/env node
// The project's task runner: every npm script goes through here so that each
// one runs under Node >= 22.12 on any machine (see node-runtime.mjs).
//
//   node scripts/run.mjs <task>     tasks: start, test, dev, build, preview, budget, i18n-status, i18n-new, i18n-stamp, check, unit, e2e, locales
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureModernNode } from './node-runtime.mjs';

ensureModernNode(fileURLToPath(import.meta.url));

const astro = ['node_modules/astro/bin/astro.mjs'];

/** Runs one step; on failure prints which step failed and exits with its status. */
function step(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

const node = process.execPath;
const build = () => step('Build the site (astro build)', node, [...astro, 'build']);
const e2e = async () => {
  const { ensureBrowser } = await import('./browser.mjs');
  const browser = await ensureBrowser();
  console.log(`Browser for end-to-end tests: ${browser}`);
  step('End-to-end tests against the built site (playwright)', node, ['node_modules/@playwright/test/cli.js', 'test']);
};

const budget = () => step('JavaScript budgets over dist/ (gzipped bytes)', node, ['scripts/budget.mjs']);

const tasks = {
  dev: () => step('Development server', node, [...astro, 'dev']),
  build,
  preview: () => step('Serve the built site', node, [...astro, 'preview']),
  start: () => {
    build();
    step('Serve the built site (Ctrl+C to stop)', node, [...astro, 'preview']);
  },
  budget,
  'i18n-status': () => step('Translation status', node, ['scripts/i18n-status.mjs', ...process.argv.slice(3)]),
  'i18n-new': () => step('Add a language', node, ['scripts/i18n-new.mjs', ...process.argv.slice(3)]),
  'i18n-stamp': () => step('Record the English a translation was made from', node, ['scripts/i18n-stamp.mjs', ...process.argv.slice(3)]),
  check: () => step('Type check (astro check)', node, [...astro, 'check']),
  unit: () => step('Unit tests (vitest)', node, ['node_modules/vitest/vitest.mjs', 'run']),
  e2e: async () => {
    build();
    await e2e();
  },
  locales: () => step('Throwaway languages: added, checked, built and tested in a copy', node, ['scripts/throwaway-locales.mjs']),
  test: async () => {
    step('Content and translation files (i18n:status --check)', node, ['scripts/i18n-status.mjs', '--check']);
    tasks.check();
    tasks.unit();
    build();
    budget();
    await e2e();
    tasks.locales();
    console.log('\n✔ All checks passed: content files, types, unit tests, build, budgets, end-to-end tests, and a copy with three more languages.');
  },
};

const name = process.argv[2];
const task = tasks[name];
if (!task) {
  console.error(`Unknown task "${name}". Tasks: ${Object.keys(tasks).join(', ')}.`);
  process.exit(2);
}
await task();
