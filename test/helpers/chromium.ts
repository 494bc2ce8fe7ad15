import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's Chromium, when installed (`apt-get install chromium`; CI installs it). */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

// Headless, offline: without the background-networking flags Chromium keeps trying to reach Google.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'];

async function chromium(args: string[]): Promise<string> {
  if (!CHROMIUM) throw new Error('Chromium is not installed');
  const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
  try {
    const { stdout } = await run(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, ...args], { maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
    return stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The page's DOM after its scripts ran. */
export const dumpDom = (file: string, width: number): Promise<string> => chromium([`--window-size=${width},800`, '--virtual-time-budget=2000', '--dump-dom', `file://${file}`]);

/** A PNG of the page at this size. */
export async function screenshot(file: string, png: string, width: number, height: number): Promise<void> {
  await chromium([`--window-size=${width},${height}`, '--virtual-time-budget=2000', `--screenshot=${png}`, `file://${file}`]);
}
