import { z } from 'zod';
import { DEFAULT_DATABASE_PATH } from '../../db/client.js';

// The environment, read once at start and validated; a bad value stops the start with one line naming it.

const telegramIds = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === '') return [];
    const parts = text.split(',').map((p) => p.trim());
    const bad = parts.find((p) => !/^-?\d{1,16}$/.test(p));
    if (bad !== undefined) {
      ctx.addIssue({ code: 'custom', message: `"${bad}" is not a Telegram id; write ids as numbers separated by commas, e.g. 12345,67890` });
      return z.NEVER;
    }
    return parts.map(Number);
  });

const optional = <T extends z.ZodType>(schema: T) => schema.optional().or(z.literal('').transform(() => undefined));

const environmentSchema = z.object({
  BOT_TOKEN: optional(z.string().trim().regex(/^\d+:[\w-]{30,}$/, 'must be the token BotFather gave: digits, a colon, then 30 or more letters, digits, _ or -')),
  TELEGRAM_API_ROOT: z.url({ error: 'must be a URL such as https://api.telegram.org' }).default('https://api.telegram.org'),
  DATABASE_PATH: z.string().trim().min(1, 'must be a file path').default(DEFAULT_DATABASE_PATH),
  ADMIN_IDS: telegramIds.default([]),
  WEBHOOK_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an https:// URL that Telegram can reach' })),
  WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{8,256}$/, 'must be 8 to 256 characters of A-Z, a-z, 0-9, _ and -')),
  PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(1).max(65535).default(8080),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  MESSAGES_PER_SECOND: optional(z.coerce.number({ error: 'must be a number' }).positive('must be above 0').max(100_000, 'must be at most 100000')),
  /** The older name of MESSAGES_PER_SECOND (when only alerts were throttled). */
  ALERTS_PER_SECOND: optional(z.coerce.number({ error: 'must be a number' }).positive('must be above 0').max(100_000, 'must be at most 100000')),
  FLOOD_LIMIT: z
    .string()
    .regex(/^\d+\/\d+s$/, 'must be written like 20/10s (messages per seconds)')
    .default('20/10s'),
  QUIET_HOURS: z
    .string()
    .trim()
    .regex(/^(off|\d{1,2}:\d{2}-\d{1,2}:\d{2})$/, 'must be written like 22:00-08:00 (Astana time), or off')
    .default('22:00-08:00'),
  /** The clock starts at this instant and runs on (demos and end-to-end tests of scheduled digests). */
  CLOCK_START: optional(z.iso.datetime({ offset: true, error: 'must be an ISO date and time such as 2026-11-30T03:29:50Z' })),
});

interface CommonConfig {
  TELEGRAM_API_ROOT: string;
  DATABASE_PATH: string;
  ADMIN_IDS: number[];
  LOG_LEVEL: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  /** Messages a second over all chats (Telegram allows about 30; more with paid broadcasts). */
  MESSAGES_PER_SECOND: number;
  FLOOD_LIMIT: string;
  /** New subscribers' quiet hours (Astana time): `22:00-08:00`, or `off`. */
  QUIET_HOURS: string;
  CLOCK_START?: string;
}

/** Without a token: the console chat. With one: long polling, or a webhook when WEBHOOK_URL is set. */
export type Config = CommonConfig &
  ({ mode: 'console' } | { mode: 'polling'; BOT_TOKEN: string } | { mode: 'webhook'; BOT_TOKEN: string; WEBHOOK_URL: string; WEBHOOK_SECRET: string; PORT: number });

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`${String(issue.path[0])}: ${issue.message}`);
  }
  const e = result.data;
  const common: CommonConfig = {
    TELEGRAM_API_ROOT: e.TELEGRAM_API_ROOT,
    DATABASE_PATH: e.DATABASE_PATH,
    ADMIN_IDS: e.ADMIN_IDS,
    LOG_LEVEL: e.LOG_LEVEL,
    MESSAGES_PER_SECOND: e.MESSAGES_PER_SECOND ?? e.ALERTS_PER_SECOND ?? 25,
    FLOOD_LIMIT: e.FLOOD_LIMIT,
    QUIET_HOURS: e.QUIET_HOURS,
    ...(e.CLOCK_START ? { CLOCK_START: e.CLOCK_START } : {}),
  };
  if (!e.BOT_TOKEN) {
    if (e.WEBHOOK_URL) throw new ConfigError('BOT_TOKEN: must be set when WEBHOOK_URL is (the webhook belongs to a bot)');
    return { ...common, mode: 'console' };
  }
  if (!e.WEBHOOK_URL) return { ...common, mode: 'polling', BOT_TOKEN: e.BOT_TOKEN };
  if (!e.WEBHOOK_SECRET) throw new ConfigError('WEBHOOK_SECRET: must be set when WEBHOOK_URL is (Telegram sends it back so forged updates are refused)');
  return { ...common, mode: 'webhook', BOT_TOKEN: e.BOT_TOKEN, WEBHOOK_URL: e.WEBHOOK_URL, WEBHOOK_SECRET: e.WEBHOOK_SECRET, PORT: e.PORT };
}
