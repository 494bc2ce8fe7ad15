import type { z } from 'zod';
import type { BudgetDb } from '../db/client.js';
import type { Role } from '../db/schema.js';
import type { Access } from '../src/access/roles.js';
import type { AuditLog } from '../src/audit/audit-log.js';
import type { Lang } from '../src/i18n/lang.js';
import type { IntentWords } from '../src/language/index.js';
import type { Logger } from '../src/logging/logger.js';
import type { Reply } from '../src/reply/reply.js';
import type { QuietHours } from '../db/stores/quiet-hours-store.js';

/** What commands may use: the database (through queries and the ledger) and the clock. */
export interface Services {
  db: BudgetDb;
  now(): Date;
  adminIds: readonly number[];
  log: Logger;
  /** Where every command and button press is recorded (absent only in unit tests of single commands). */
  audit?: Pick<AuditLog, 'record' | 'recent'>;
  /** The outbox dispatcher of the bot process, woken after a commit so its messages go out at once. */
  outbox?: { wake(): void };
  /** Quiet hours a chat gets when it first subscribes to something (absent: 22:00–08:00; null: none). */
  quietHours?: QuietHours | null;
}

export interface CommandContext {
  lang: Lang;
  user: { id: number; role: Role | null; name: string };
  /** Where the message came from: a private chat, a group, the console or the `ask` command line. */
  chat: { id: number; kind: 'private' | 'group' | 'console' };
  services: Services;
  /** "Today" in Kazakhstan, YYYY-MM-DD. */
  today: string;
  /** Every command (the registry), for /help. */
  commands: readonly AnyCommand[];
  /** The message a pressed button was on (transport-neutral: an id the transport understands). */
  origin?: { messageId: number };
}

/** The section of /help a command is listed in. */
export const TOPICS = ['money', 'results', 'projects', 'scenarios', 'alerts', 'changes', 'access'] as const;
export type Topic = (typeof TOPICS)[number];

/** Where a command appears: in the menu and /help, or only behind buttons (`/confirm 12 a1b2…`). */
export type Visibility = 'menu' | 'button';

/**
 * One command, transport-free, owning everything about itself: its name, who may run it and where,
 * its arguments (the same keys whether they come from `/command text` or a plain question), its
 * plain-language words, and what it answers. Lists of commands (the menu, /help, inline mode, group
 * setup, the parser's intents) are derived from these fields by the registry.
 */
export interface Command<Args> {
  name: string;
  access: Access;
  visibility: Visibility;
  /** Reads only, changes nothing: inline mode (`@bot question` in any chat) may run it. */
  readOnly: boolean;
  /** Works in a group before a bot admin allowed the bot there (setting the group up). */
  beforeGroupAllowed?: boolean;
  /** One line for Telegram's command menu and /help. */
  summary: Record<Lang, string>;
  /** Its section of /help. */
  topic: Topic;
  /** Examples for /help in each language, e.g. `/reserved national-fund 2026-03-01`. */
  examples: Record<Lang, string[]>;
  args: z.ZodType<Args>;
  /** The words after `/name` → raw arguments (validated by `args` afterwards). */
  parse(text: string, context: CommandContext): unknown;
  /** How plain questions reach it (none: only `/name` does). The name is the command's. */
  words?: Omit<IntentWords, 'name'>;
  run(args: Args, context: CommandContext): Reply | Promise<Reply>;
  /** The words after `/name` that mean `args` (what a button runs); required when `words` can give arguments. */
  format?(args: Args): string;
}

// Commands differ in their argument types; the registry holds them side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any>;

export const defineCommand = <Args>(command: Command<Args>): Command<Args> => command;

/** The same examples in every language (commands whose examples have no words to translate). */
export const sameExamples = (...examples: string[]): Record<Lang, string[]> => ({ ru: examples, kk: examples, en: examples });

/** A mistake the user can fix: the text says what was wrong and how to write it right, in their language. */
export class UserError extends Error {
  constructor(readonly text: Record<Lang, string>) {
    super(text.en);
    this.name = 'UserError';
  }
}

/**
 * Several things fit what the user wrote, or nothing did but some come close: the reply says so
 * (`text`, or "which one did you mean?") and offers them as buttons.
 */
export class ChoiceNeeded extends Error {
  constructor(
    readonly choices: { label: string; action: string }[],
    readonly text?: Record<Lang, string>,
  ) {
    super('several candidates');
    this.name = 'ChoiceNeeded';
  }
}
