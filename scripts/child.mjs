// Runs a child process the way a shell would for a long-running command: output goes
// straight to the terminal, and SIGINT, SIGTERM and SIGHUP sent to this process are
// passed on to the child, so `kill <pid>` (or Ctrl+C) of `npm start` stops the server
// instead of leaving it running, parented to init, holding the port.
//
// `kill <pid of npm>` does not reach this process by itself: npm passes the signal to
// the `sh -c` it runs scripts in, and sh (dash on Debian) dies without passing it on.
// So this process also watches its parent: when the parent is gone, it stops the child
// as if it had been sent SIGTERM.
//
// Loaded before node-runtime.mjs has switched to a modern Node: nothing newer than Node 16.
import { spawn } from 'node:child_process';

export const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Spawns `command args` with inherited stdio and resolves, when it ends, with
 * `{ status, signal }` (one of them null, as for child_process events) and `received`:
 * the signal this process was sent meanwhile, if any.
 */
export function runChild(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    let received = null;
    const forward = (signal) => {
      received = signal;
      // The child may already be exiting (a terminal's Ctrl+C reaches the whole process
      // group); kill() on a finished process is a harmless no-op.
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    const parent = process.ppid;
    const watch = setInterval(() => {
      if (process.ppid !== parent && received === null) forward('SIGTERM');
    }, 500);
    watch.unref();
    const done = (result) => {
      clearInterval(watch);
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
      resolve({ ...result, received });
    };
    child.on('error', (error) => done({ status: 127, signal: null, error }));
    child.on('exit', (status, signal) => done({ status, signal }));
  });
}

/**
 * Ends this process the way its child ended: with the child's exit status, or, when the
 * child was stopped by a signal, by that same signal (so npm and shells see "terminated"
 * rather than an error).
 */
export function exitLike({ status, signal }) {
  if (signal) {
    process.kill(process.pid, signal);
    // Signals with a handler installed elsewhere do not end the process: fall back.
    setTimeout(() => process.exit(128 + (signalNumber(signal) || 1)), 100);
    return;
  }
  process.exit(status === null ? 1 : status);
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal];
}
