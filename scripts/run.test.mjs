// The task runner as a person uses it: arguments after `--` reach the command, and
// stopping `npm run preview` (kill, Ctrl+C) stops the server and frees its port.
// The server serves a one-page folder (`--outDir`), so no build is needed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

const site = mkdtempSync(join(tmpdir(), 'mine-day-run-'));
const marker = `served-from-${Date.now()}`;
writeFileSync(join(site, 'index.html'), `<!doctype html><title>t</title><p>${marker}</p>`);
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** A port nothing listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const started = [];
/** Starts a command in its own process group, so a failed test can clean up all it started. */
function start(command, args) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  started.push(child);
  return { child, exited, output: () => output };
}
afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

async function waitForPage(port, timeout = 90_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    try {
      const text = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      if (text.includes(marker)) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

async function waitForClosedPort(port, timeout = 15_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

/** The pids of a process's children (Linux), or null where /proc cannot say. */
function childrenOf(pid) {
  const file = `/proc/${pid}/task/${pid}/children`;
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : null;
}

describe('scripts/run.mjs', { timeout: 150_000 }, () => {
  it('passes arguments to the server, turns telemetry off, and stops it on SIGINT (Ctrl+C)', async () => {
    const port = await freePort();
    const run = start(process.execPath, ['scripts/run.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', site]);
    expect(await waitForPage(port), run.output()).toBe(true);

    const astro = childrenOf(run.child.pid)?.[0];
    if (astro !== undefined) {
      const environment = readFileSync(`/proc/${astro}/environ`, 'utf8').split('\0');
      expect(environment).toContain('ASTRO_TELEMETRY_DISABLED=1');
    }

    process.kill(run.child.pid, 'SIGINT');
    await run.exited;
    expect(await waitForClosedPort(port), 'the port is freed').toBe(true);
    expect(run.output()).not.toMatch(/✖/);
  });

  it('stops the server when `kill <pid>` is sent to npm itself', async () => {
    const port = await freePort();
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = start(npm, ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(port), '--outDir', site]);
    expect(await waitForPage(port), run.output()).toBe(true);

    process.kill(run.child.pid, 'SIGTERM');
    await run.exited;
    expect(await waitForClosedPort(port), `the port is freed\n${run.output()}`).toBe(true);
  });

  it('refuses arguments to npm test and unknown tasks, saying why', () => {
    const test = spawnSync(process.execPath, ['scripts/run.mjs', 'test', 'e2e/quiz.spec.ts'], { encoding: 'utf8' });
    expect(test.status).toBe(2);
    expect(test.stderr).toMatch(/npm test takes no arguments/);
    const unknown = spawnSync(process.execPath, ['scripts/run.mjs', 'constructor'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown task "constructor"/);
  });
});

// Loading Playwright's configuration loads Playwright itself: seconds on a busy machine.
describe('Playwright', { timeout: 60_000 }, () => {
  it('starts its preview server with telemetry off, also when run directly, and without taking the project lock', async () => {
    const { default: config } = await import('../playwright.config.ts');
    expect(config.webServer.env.ASTRO_TELEMETRY_DISABLED).toBe('1');
    expect(config.webServer.command).toContain('--ignore-lock');
  });
});

describe('package.json', () => {
  it('runs every npm script through scripts/run.mjs (Node check, telemetry off, signals)', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const [name, command] of Object.entries(scripts)) expect(command, name).toMatch(/^node scripts\/run\.mjs [\w-]+$/);
  });
});
