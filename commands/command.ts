import type { z } from 'zod';
import type { BudgetDb } from '../db/client.js';
import type { Role } from '../db/schema.js';
import type { Access } from '../src/access/roles.js';
import type { Lang } from '../src/i18n/lang.js';
import type { AuditEntry } from '../src/audit/audit-log.js';
import type { Logger } from '../src/logging/logger.js';
import type { Reply } from './reply.js';

/** What commands may use: the database (through queries and the ledger) and the clock. */
export interface Services {
  db: BudgetDb;
  now(): Date;
  adminIds: readonly number[];
  log: Logger;
  /** Where every command and button press is recorded (absent only in unit tests of single commands). */
  audit?: { record(entry: AuditEntry): void };
  /** The alert dispatcher of the bot process, woken after a transfer so its alerts go out at once. */
  alerts?: { wake(): void };
}

export interface CommandContext {
  lang: Lang;
  user: { id: number; role: Role | null; name: string };
  /** Where the message came from: a private chat, a group, the console or the `ask` command line. */
  chat: { id: number; kind: 'private' | 'group' | 'console' };
  services: Services;
  /** "Today" in Kazakhstan, YYYY-MM-DD. */
  today: string;
}

/**
 * One command, transport-free: a name, who may run it, its arguments (the same keys whether they
 * come from `/command text` or from a plain-language question), and what it answers.
 */
export interface Command<Args> {
  name: string;
  access: Access;
  /** One line for Telegram's command menu and /help. */
  summary: Record<Lang, string>;
  /** Examples for /help, e.g. `/reserved national-fund 2026-03-01`. */
  examples: string[];
  args: z.ZodType<Args>;
  /** The words after `/name` → raw arguments (validated by `args` afterwards). */
  parse(text: string, context: CommandContext): unknown;
  run(args: Args, context: CommandContext): Reply | Promise<Reply>;
  /** The words after `/name` that mean `args` (for buttons); by default the values in a fixed order. */
  format?(args: Args): string;
}

// Commands differ in their argument types; the registry holds them side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any>;

export const defineCommand = <Args>(command: Command<Args>): Command<Args> => command;

/** A mistake the user can fix: the text says what was wrong and how to write it right, in their language. */
export class UserError extends Error {
  constructor(readonly text: Record<Lang, string>) {
    super(text.en);
    this.name = 'UserError';
  }
}

/** Several things fit what the user wrote: the reply offers them as buttons. */
export class ChoiceNeeded extends Error {
  constructor(readonly choices: { label: string; action: string }[]) {
    super('several candidates');
    this.name = 'ChoiceNeeded';
  }
}
