import { spawn, type ChildProcess } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;

export interface BotProcess {
  child: ChildProcess;
  stderr(): string;
  /** Signals the process group and waits for npm to end; the bot's own clean exit shows in its log. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the product as a person would (`npm start`), with the given environment. Quiet hours are off
 * unless a test sets them: the tests run at any hour, and alerts would wait for 08:00 in Astana.
 */
export function startBotProcess(env: Record<string, string>): BotProcess {
  const child = spawn('npm', ['start', '--silent'], { cwd: root, env: { ...process.env, LOG_LEVEL: 'info', QUIET_HOURS: 'off', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    stderr: () => stderr,
    async stop(signal = 'SIGTERM') {
      // The whole process group (npm, its shell, node), as a terminal's Ctrl+C or a service manager would.
      try {
        process.kill(-child.pid!, signal);
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
