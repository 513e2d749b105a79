// Makes sure the project's scripts run under Node >= 22.12 (Astro 7's floor).
//
// This file must itself run on old Node versions (the machine this project is
// developed on ships Node 20), so it uses nothing newer than Node 16 offers.
// When the running Node is too old, it installs one exact, pinned version of the
// `node` package from the npm registry into a per-user cache (once), then re-runs the
// same command under that binary, with its folder first on PATH so child processes
// use it too, and with signals passed on (child.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { exitLike, runChild } from './child.mjs';

export const MINIMUM_NODE = [22, 12, 0];
// Exact, so every machine that needs the fallback runs the same Node: a floating
// `node@24` would change under the project with each release. Update it deliberately
// (check `npm view node versions`), together with .nvmrc's major if that changes.
export const PINNED_NODE = '24.21.0';

/** True when a version string such as "20.20.2" or "v24.1.0" meets the minimum. */
export function meetsMinimum(version, minimum = MINIMUM_NODE) {
  const parts = String(version).replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < minimum.length; i++) {
    if ((parts[i] ?? 0) > minimum[i]) return true;
    if ((parts[i] ?? 0) < minimum[i]) return false;
  }
  return true;
}

function cacheDir() {
  if (process.env.NODE24_CACHE_DIR) return process.env.NODE24_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'mine-awareness-day', `node-${PINNED_NODE}`);
}

function versionOf(binary) {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Returns the path of the cached pinned Node binary, installing it from the npm registry if needed. */
function cachedNodeBinary() {
  const dir = cacheDir();
  const binary = join(dir, 'node_modules', 'node', 'bin', 'node');
  const cached = existsSync(binary) ? versionOf(binary) : null;
  if (cached === `v${PINNED_NODE}`) return { binary, version: cached, installed: false };

  mkdirSync(dir, { recursive: true });
  // The `node` package fetches its platform's binary in a preinstall script. Newer npm
  // versions run a dependency's install scripts in a project only when its package.json
  // allows them, so the cache folder gets one allowing exactly this package and version.
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, allowScripts: { [`node@${PINNED_NODE}`]: true } }, null, 2)}\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(
    npm,
    ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-save', '--loglevel=error', installSpec()],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const version = install.status === 0 && existsSync(binary) ? versionOf(binary) : null;
  if (version !== `v${PINNED_NODE}`) {
    console.error(
      `This project needs Node >= ${MINIMUM_NODE.join('.')}, and installing ${installSpec()} from the npm registry into ${dir} failed.\n` +
        `Install Node ${PINNED_NODE} yourself (for example: npm i -g --prefix /opt/node24 ${installSpec()} && export PATH=/opt/node24/bin:$PATH) and run the command again.`,
    );
    process.exit(1);
  }
  return { binary, version, installed: true };
}

/** What the bootstrap asks npm for: one exact version, never a range. */
export function installSpec() {
  return `node@${PINNED_NODE}`;
}

/**
 * Call first thing in a script (and await it). On a new enough Node it returns;
 * otherwise it re-runs the current script under the pinned Node and exits as that run does.
 */
export async function ensureModernNode(scriptPath) {
  if (meetsMinimum(process.versions.node)) return;
  const { binary, version, installed } = cachedNodeBinary();
  console.log(
    `Node ${process.versions.node} is older than ${MINIMUM_NODE.join('.')}: running under Node ${version.replace(/^v/, '')} from the npm registry (${installed ? 'installed now' : 'cached'} in ${cacheDir()}).`,
  );
  const env = { ...process.env, PATH: `${dirname(binary)}${delimiter}${process.env.PATH || ''}` };
  exitLike(await runChild(binary, [scriptPath, ...process.argv.slice(2)], { env }));
  await new Promise(() => {});
}
