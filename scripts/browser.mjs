// Finds a Chromium for Playwright, and installs one when none is found.
// Order: CHROMIUM_PATH, then the system Chromium, then Playwright's own download.
// playwright.config.ts and scripts/run.mjs both use this module, so the browser
// that is checked is the browser that is launched.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The system Chromium to launch, or undefined to let Playwright use its own browser. */
export function systemChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves to a usable browser path, installing Chromium if needed; exits with advice if it cannot. */
export async function ensureBrowser() {
  const found = systemChromium() ?? (await playwrightChromium());
  if (found) return found;

  const isDebianRoot = existsSync('/etc/debian_version') && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (isDebianRoot) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get install -y chromium).');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install =
      update.status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    if (install && install.status === 0 && systemChromium()) return systemChromium();
  } else {
    console.log('No Chromium found: trying `npx playwright install chromium`.');
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    const downloaded = await playwrightChromium();
    if (downloaded) return downloaded;
  }

  console.error(
    'The end-to-end tests need Chromium and none could be installed. Run one of these, then `npm test` again:\n' +
      '  npx playwright install chromium            (downloads Playwright\'s own browser)\n' +
      '  sudo apt-get install -y chromium           (Debian or Ubuntu)\n' +
      '  export CHROMIUM_PATH=/path/to/chromium     (use a Chromium you already have)',
  );
  process.exit(1);
}
