#!/usr/bin/env node
// Proves that adding a language never breaks the build or the tests: in a copy of the
// project, adds three throwaway languages the way a translator would (npm run
// i18n:new), then checks, builds and tests the copy:
//   es-MX  left to right, partly translated: a few strings, a page up to date, a page
//          out of date, a quiz question (and a region subtag written with capitals);
//   he     right to left, nothing translated;
//   hi     left to right, nothing translated, in a script with no bundled card font.
// Steps: i18n:status --check, the unit tests that read the registry, the build (one
// warning naming the font to add for Hindi, English cards where the fonts or the
// translations are missing), the JavaScript budgets, and the end-to-end tests tagged
// @locale for es-MX and he. `npm test` runs it last; alone: npm run test:locales.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const COPY = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'playwright.config.ts', 'vitest.config.ts', 'src', 'content', 'public', 'scripts', 'e2e'];
const E2E_LOCALES = ['es-MX', 'he'];
const node = process.execPath;
const failures = [];
const check = (ok, message) => {
  console.log(`  ${ok ? '✔' : '✖'} ${message}`);
  if (!ok) failures.push(message);
};

function run(label, args, { cwd, env = {}, capture = false } = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(node, args, { cwd, encoding: 'utf8', stdio: capture ? 'pipe' : 'inherit', env: { ...process.env, ...(capture ? { NO_COLOR: '1' } : {}), ...env } });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'mine-day-locales-'));
let exitCode = 1;
try {
  for (const item of COPY) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  console.log(`Copy of the project: ${dir}`);

  // 1. Add the languages as a translator would, without a terminal (so nothing is asked).
  for (const [code, nativeName, englishName, direction] of [
    ['es-MX', 'español de México', 'Mexican Spanish', 'ltr'],
    ['he', 'עברית', 'Hebrew', 'rtl'],
    ['hi', 'हिन्दी', 'Hindi', 'ltr'],
  ]) {
    const added = run(`npm run i18n:new -- ${code}`, ['scripts/i18n-new.mjs', code, '--native-name', nativeName, '--english-name', englishName, '--dir', direction], { cwd: dir, capture: true });
    check(added.status === 0, `i18n:new added ${code}`);
    if (added.status !== 0) console.log(added.output);
  }
  const refused = run('npm run i18n:new -- espanol (refused)', ['scripts/i18n-new.mjs', 'espanol', '--native-name', 'x', '--english-name', 'y', '--dir', 'ltr'], { cwd: dir, capture: true });
  check(refused.status === 1 && refused.output.includes('"espanol" is not an ISO 639 language code'), 'i18n:new refused "espanol", saying why');

  // 2. A partial translation into es-MX.
  const english = JSON.parse(readFileSync(join(dir, 'content/i18n/en.json'), 'utf8'));
  const spanish = {
    skipLink: 'Saltar al contenido principal',
    'language.label': 'Idioma',
    'fallback.notice': 'Esta página todavía no está traducida al {language}: se muestra en inglés.',
    'notFound.title': 'Página no encontrada',
    'nav.label': 'Principal',
  };
  for (const key of Object.keys(spanish)) if (!(key in english)) throw new Error(`en.json has no key "${key}": update this script`);
  writeFileSync(join(dir, 'content/i18n/es-MX.json'), `${JSON.stringify(spanish, null, 2)}\n`);
  const copyEnglish = (from, to, edit) => writeFileSync(join(dir, to), edit(readFileSync(join(dir, from), 'utf8')));
  copyEnglish('content/pages/en/about.mdx', 'content/pages/es-MX/about.mdx', (text) => text.replace(/^title: .*$/m, 'title: Acerca de este sitio'));
  copyEnglish('content/pages/en/index.mdx', 'content/pages/es-MX/index.mdx', (text) => text.replace(/^title: .*$/m, 'title: Día Internacional de Información sobre el Peligro de las Minas'));
  const firstQuestion = readdirSync(join(dir, 'content/quiz/en')).find((file) => file.endsWith('.yaml'));
  copyEnglish(`content/quiz/en/${firstQuestion}`, `content/quiz/es-MX/${firstQuestion}`, (text) => text);
  for (const file of ['content/pages/es-MX/about.mdx', 'content/pages/es-MX/index.mdx', `content/quiz/es-MX/${firstQuestion}`, 'content/i18n/es-MX.json']) {
    check(run(`npm run i18n:stamp -- ${file}`, ['scripts/i18n-stamp.mjs', file], { cwd: dir, capture: true }).status === 0, `i18n:stamp ${file}`);
  }
  // The home page was translated from an older English version: out of date.
  copyEnglish('content/pages/es-MX/index.mdx', 'content/pages/es-MX/index.mdx', (text) => text.replace(/source: "[0-9a-f]{8}"/, 'source: "00000000"'));

  // 3. The translator's own checks.
  check(run('npm run i18n:status -- --check', ['scripts/i18n-status.mjs', '--check'], { cwd: dir }).status === 0, 'i18n:status --check passes');
  const status = run('npm run i18n:status -- es-MX', ['scripts/i18n-status.mjs', 'es-MX'], { cwd: dir, capture: true });
  console.log(status.output);
  check(/Pages +1 of \d+ done, 1 out of date/.test(status.output) && /Quiz questions +1 of \d+ done/.test(status.output) && /UI strings +5 of \d+ done/.test(status.output), 'i18n:status counts the es-MX pages, question and strings');
  check(status.output.includes('⚠ out of date: content/pages/es-MX/index.mdx'), 'i18n:status lists the out-of-date page');

  // 4. Unit tests that read the registry (the others cannot depend on it).
  const registryTests = ['src', 'scripts']
    .flatMap((top) => readdirSync(join(dir, top), { recursive: true }).map((file) => `${top}/${file}`))
    .filter((file) => /\.test\.(ts|mjs)$/.test(file) && !file.endsWith('content.config.test.ts'))
    .filter((file) => /locales\.ts|\/ui\.ts/.test(readFileSync(join(dir, file), 'utf8')));
  check(run(`Unit tests that read the registry (${registryTests.length} files)`, ['node_modules/vitest/vitest.mjs', 'run', ...registryTests], { cwd: dir }).status === 0, 'unit tests pass with the new languages');

  // 5. The build: one warning for Hindi's cards, English cards where needed.
  const build = run('astro build', ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, capture: true, env: { ASTRO_TELEMETRY_DISABLED: '1' } });
  check(build.status === 0, 'the site builds');
  if (build.status !== 0) console.log(build.output.slice(-4000));
  const warnings = build.output.match(/\[card-fonts\][^\n]*/g) ?? [];
  check(warnings.length === 1 && warnings[0].includes('Hindi (hi)') && warnings[0].includes('Noto Sans Devanagari'), `one card-font warning, for Hindi, naming Noto Sans Devanagari (${warnings.length} found)`);
  const card = (code) => readFileSync(join(dir, `dist/${code}/quiz/result/7/share.png`));
  for (const code of ['hi', 'he', 'es-MX']) check(card(code).equals(card('en')), `dist/${code}/quiz/result/7/share.png is the English card (untranslated or no font)`);
  for (const code of ['es-MX', 'he', 'hi']) check(existsSync(join(dir, `dist/${code}/translations/index.html`)), `/${code}/ pages are built`);

  check(run('JavaScript budgets', ['scripts/budget.mjs'], { cwd: dir, capture: true }).status === 0, 'the JavaScript budgets hold for every locale (es-MX included)');

  // 6. End-to-end tests that run once per locale, for the new right-to-left and partly translated languages.
  const port = await freePort();
  const e2e = run(`End-to-end tests tagged @locale, for ${E2E_LOCALES.join(' and ')}`, ['node_modules/@playwright/test/cli.js', 'test', '--grep', '@locale', '--workers=2', '--reporter=dot'], {
    cwd: dir,
    env: { E2E_LOCALES: E2E_LOCALES.join(','), E2E_PORT: String(port), E2E_PARTNER_PORT: String(await freePort()) },
  });
  check(e2e.status === 0, 'end-to-end tests pass for the new languages');
  exitCode = failures.length ? 1 : 0;
} finally {
  if (exitCode === 0 || !process.env.KEEP_COPY) rmSync(dir, { recursive: true, force: true });
  else console.log(`The copy is kept in ${dir} (KEEP_COPY is set).`);
}

if (failures.length) {
  console.error(`\n✖ Adding a language broke ${failures.length} check${failures.length === 1 ? '' : 's'}:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\n✔ Three throwaway languages (left to right, right to left, partly translated, without a card font): checked, built and tested.');
