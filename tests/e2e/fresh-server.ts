import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TOKEN } from './playwright.config';

// A fresh, empty install of its own for a spec that walks the first start: the shared EMPTY
// server of the config serves one first start per run (screens.spec.ts loads the demo into it),
// so a spec that creates the beheerder and sets TLA up starts its own server (tests/e2e/server.ts,
// the same backend and renderer) on a port of its own and stops it afterwards.

export interface FreshServer {
  readonly url: string;
  stop(): Promise<void>;
  /**
   * Issue 11: ends the server as a power cut would (SIGKILL to its process group): no clean close,
   * so the WAL keeps its committed frames.
   */
  kill(): Promise<void>;
}

/**
 * Starts an empty install on `port` and resolves once it serves. `env` adds to the server's
 * environment (issue 11: TLA_DATA_DIR and TLA_KEY_FILE for a known data folder, TLA_E2E_DEMO);
 * `script` is another server with an install of its own (bewaren-server.ts).
 */
export function startFreshServer(
  port: number,
  env: Readonly<Record<string, string>> = {},
  script = 'tests/e2e/server.ts',
): Promise<FreshServer> {
  const child: ChildProcess = spawn('npx', ['tsx', script], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { ...process.env, PORT: String(port), TLA_TOKEN: TOKEN, TLA_E2E_DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const end = (signal: NodeJS.Signals) => (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
        return resolve();
      child.once('exit', () => resolve());
      process.kill(-child.pid, signal);
    });
  const stop = end('SIGTERM');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the fresh server on port ${port} did not start within 120 s`));
    }, 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the fresh server on port ${port} stopped (${code})`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('ready ')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url: `http://127.0.0.1:${port}/?token=${TOKEN}`, stop, kill: end('SIGKILL') });
    });
  });
}
