import type { BudgetDb } from '../../db/client.js';
import type { Config } from '../config/config.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext {
  io: CliIo;
  config: Config;
  /** Opens the database for writing on first use, so `--help` and bad options never touch it. */
  db(): BudgetDb;
  /** Opens it for reading: writable when it can be, else read-only (a read-only file or mount). */
  readDb(): BudgetDb;
  now(): Date;
}

/** Wrong words on the command line: the message says what and how to write it right; exit code 2. */
export class CliUsageError extends Error {}

export type CliCommand = (argv: string[], context: CliContext) => Promise<number> | number;
