#!/usr/bin/env node
// Adds a language: step 1 of TRANSLATING.md.
//
//   npm run i18n:new -- <code> --native-name <name> --english-name <name> --dir ltr|rtl
//
// Checks the code (a BCP 47 tag, written as it should be: es-MX, zh-Hans), then writes
// the registry line in src/i18n/locales.ts, an empty UI-string file, the folders for
// pages and quiz questions, and a term list to fill in. Run in a terminal, it asks for
// any value left out (offering the names it knows); otherwise it stops and says
// which ones to give.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { CONTENT_DIRS, stringsFile } from '../src/i18n/translation-files.ts';
import { missingFontWarning, cardFamilyFor } from '../src/lib/card-fonts.ts';
import { checkLocaleCode } from '../src/lib/locale-code.ts';
import { addToRegistry, checkNames } from '../src/lib/scaffold-locale.ts';

const REGISTRY = 'src/i18n/locales.ts';
const RTL_SCRIPTS = ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr'];

let options;
try {
  options = parseArgs({
    allowPositionals: true,
    options: { 'native-name': { type: 'string' }, 'english-name': { type: 'string' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`✖ ${error.message}\nUsage: npm run i18n:new -- <code> --native-name <name> --english-name <name> --dir ltr|rtl`);
  process.exit(1);
}
const { values, positionals } = options;
if (values.help) {
  console.log('Usage: npm run i18n:new -- <code> --native-name <name> --english-name <name> --dir ltr|rtl\nSee TRANSLATING.md, step 1.');
  process.exit(0);
}

const fail = (message) => {
  console.error(`✖ ${message}`);
  process.exit(1);
};
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(question, suggestion) {
  const answer = (await prompt.question(suggestion ? `${question} [${suggestion}]: ` : `${question}: `)).trim();
  return answer || suggestion || '';
}

// The code: given, or asked for until it is a usable tag.
let code = positionals[0];
if (positionals.length > 1) fail(`Give one language code, not ${positionals.length} (${positionals.join(' ')}). Put names with spaces in quotes.`);
let check;
if (code === undefined && interactive) {
  for (;;) {
    code = await ask('Language code (BCP 47, such as es, es-MX, zh-Hans)');
    check = checkLocaleCode(code, LOCALE_CODES);
    if (check.ok) break;
    console.log(check.message);
  }
} else {
  if (code === undefined) fail('Give the language code first: npm run i18n:new -- <code> --native-name <name> --english-name <name> --dir ltr|rtl');
  check = checkLocaleCode(code, LOCALE_CODES);
  if (!check.ok) fail(check.message);
}

const usualDir = RTL_SCRIPTS.includes(check.script) ? 'rtl' : 'ltr';
const given = { nativeName: values['native-name'], englishName: values['english-name'], dir: values.dir };
const missing = Object.entries(given).filter(([, value]) => value === undefined).map(([key]) => key);
if (missing.length && !interactive) {
  const flag = { nativeName: '--native-name', englishName: '--english-name', dir: '--dir' };
  const suggested = { nativeName: check.nativeName ?? '…', englishName: check.englishName ?? '…', dir: usualDir };
  const full = Object.keys(given).map((key) => `${flag[key]} ${JSON.stringify(given[key] ?? suggested[key])}`).join(' ');
  fail(`Missing ${missing.map((key) => flag[key]).join(', ')} (not asked for: this is not a terminal). For example:\n  npm run i18n:new -- ${code} ${full}`);
}
const nativeName = given.nativeName ?? (await ask(`Its name in its own language, as the language menu shows it`, check.nativeName));
const englishName = given.englishName ?? (await ask('Its name in English', check.englishName));
let dir = given.dir ?? (await ask('Text direction, ltr (left to right) or rtl (right to left)', usualDir));
prompt?.close();

if (dir !== 'ltr' && dir !== 'rtl') fail(`--dir must be ltr (left to right) or rtl (right to left), not "${dir}".`);
const nameProblem = checkNames({ nativeName, englishName });
if (nameProblem) fail(nameProblem);
if (dir !== usualDir) console.warn(`⚠ ${code} is usually written ${usualDir === 'rtl' ? 'right to left' : 'left to right'}; you chose ${dir}. Check before publishing.`);

// Write: the registry first, as the one step that can fail on a file edited by hand.
const locale = { code, nativeName, englishName, dir };
let registry;
try {
  registry = addToRegistry(readFileSync(REGISTRY, 'utf8'), locale);
} catch (error) {
  fail(error.message);
}
writeFileSync(REGISTRY, registry);
const written = [`${REGISTRY} (the line for ${code})`];

const write = (file, text) => {
  if (existsSync(file)) return;
  mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
  writeFileSync(file, text);
  written.push(file);
};
write(stringsFile(code), '{}\n');
write(`${CONTENT_DIRS.pages}/${code}/.gitkeep`, '');
write(`${CONTENT_DIRS.quiz}/${code}/.gitkeep`, '');
write(
  `${CONTENT_DIRS.strings}/terms/${code}.md`,
  `# Terms in ${englishName} (${code})

The words the whole site uses for these ideas in ${englishName}, so that every page, question
and string says them the same way. Use the United Nations' own terms in ${englishName} (the
UN and UNMAS pages in the language, the treaties' official texts) and say where each comes from.

| English | ${englishName} | Source |
|---|---|---|
| International Day for Mine Awareness and Assistance in Mine Action | | |
| Mine Action Cannot Wait (the 2023 campaign) | | |
| mine action | | |
| landmine; anti-personnel mine; anti-vehicle mine | | |
| explosive remnants of war (ERW) | | |
| unexploded ordnance (UXO) | | |
| cluster munition | | |
| improvised explosive device (IED) | | |
| explosive ordnance risk education | | |
| victim assistance | | |
| Anti-Personnel Mine Ban Convention (Mine Ban Treaty) | | |
| Convention on Cluster Munitions | | |
| United Nations Mine Action Service (UNMAS) | | |
| Landmine Monitor | | |
`,
);

console.log(`✔ Added ${englishName} (${code}, ${nativeName}, ${dir === 'rtl' ? 'right to left' : 'left to right'}). Written:`);
for (const file of written) console.log(`    ${file}`);
const fontWarning = missingFontWarning(locale);
console.log(fontWarning ? `⚠ ${fontWarning}` : `  Share cards: drawn in ${englishName} with the bundled ${cardFamilyFor(code).family.replace(/ Thin$/, "")} font.`);
console.log(`
Every page, question and string shows in English until it is translated, and the site builds.
Next (TRANSLATING.md has the details):
  npm run i18n:status -- --todo ${code}    everything to translate, with the English text
  npm start                              see the site, with ${englishName} in the language menu
  npm test                               stays green at every step`);
