// The built site (dist/) served by `astro preview` for the review scripts (npm run shots,
// npm run lighthouse): started, waited for, and handed back with its origin.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Starts the preview server on the port and resolves once it answers; stop it with `server.kill()`. */
export async function startPreview(port) {
  if (!existsSync('dist')) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  // --ignore-lock: like the e2e server, it neither blocks nor is blocked by an `npm start` of this folder.
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {}
    if (i > 100) {
      server.kill();
      throw new Error(`The preview server did not start on ${origin}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { server, origin };
}
