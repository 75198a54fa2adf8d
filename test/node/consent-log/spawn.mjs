// Runs the consent-log as its own process, as `npm run consent-log` does, on a free port.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../../server/consent-log/src/main.mjs', import.meta.url));

/** Starts the service with these settings; resolves once it listens, with its receipt URL. */
export function spawnService(env) {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`consent-log did not start:\n${output}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`consent-log exited (${code}):\n${output}`)));
    const read = (chunk) => {
      output += chunk;
      const listening = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!listening) return;
      clearTimeout(timer);
      child.stdout.off('data', read);
      child.stdout.resume();
      resolve({
        origin: listening[1],
        url: `${listening[1]}/api/consent`,
        child,
        /** Ends it with `signal` and waits until it has gone. */
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  });
}
