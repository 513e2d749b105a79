// Makes sure the project's scripts run under Node >= 22.12 (Astro 7's floor).
//
// This file must itself run on old Node versions (the machine this project is
// developed on ships Node 20), so it uses nothing newer than Node 16 offers.
// When the running Node is too old, it installs the `node@24` package from the
// npm registry into a per-user cache (once), then re-runs the same command
// under that binary, with its folder first on PATH so child processes use it too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export const MINIMUM_NODE = [22, 12, 0];
const REGISTRY_NODE_MAJOR = 24;

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
  return join(base, 'mine-awareness-day', `node-${REGISTRY_NODE_MAJOR}`);
}

function versionOf(binary) {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Returns the path of a cached Node 24 binary, installing it from the npm registry if needed. */
function cachedNodeBinary() {
  const dir = cacheDir();
  const binary = join(dir, 'node_modules', 'node', 'bin', 'node');
  const cached = existsSync(binary) ? versionOf(binary) : null;
  if (cached && meetsMinimum(cached)) return { binary, version: cached, installed: false };

  mkdirSync(dir, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(
    npm,
    ['install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error', `node@${REGISTRY_NODE_MAJOR}`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const version = install.status === 0 && existsSync(binary) ? versionOf(binary) : null;
  if (!version || !meetsMinimum(version)) {
    console.error(
      `This project needs Node >= ${MINIMUM_NODE.join('.')}, and installing node@${REGISTRY_NODE_MAJOR} from the npm registry into ${dir} failed.\n` +
        `Install Node ${REGISTRY_NODE_MAJOR} yourself (for example: npm i -g --prefix /opt/node24 node@24 && export PATH=/opt/node24/bin:$PATH) and run the command again.`,
    );
    process.exit(1);
  }
  return { binary, version, installed: true };
}

/**
 * Call first thing in a script. On a new enough Node it returns; otherwise it
 * re-runs the current script under Node 24 and exits with that run's status.
 */
export function ensureModernNode(scriptPath) {
  if (meetsMinimum(process.versions.node)) return;
  const { binary, version, installed } = cachedNodeBinary();
  console.log(
    `Node ${process.versions.node} is older than ${MINIMUM_NODE.join('.')}: running under Node ${version.replace(/^v/, '')} from the npm registry (${installed ? 'installed now' : 'cached'} in ${cacheDir()}).`,
  );
  const env = { ...process.env, PATH: `${dirname(binary)}${delimiter}${process.env.PATH || ''}` };
  const result = spawnSync(binary, [scriptPath, ...process.argv.slice(2)], { stdio: 'inherit', env });
  process.exit(result.status === null ? 1 : result.status);
}
