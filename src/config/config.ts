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

const configSchema = z.object({
  BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[\w-]{20,}$/, 'must look like 123456789:AA… (the token BotFather gave)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TELEGRAM_API_ROOT: z.url({ error: 'must be a URL such as https://api.telegram.org' }).default('https://api.telegram.org'),
  DATABASE_PATH: z.string().trim().min(1, 'must be a file path').default(DEFAULT_DATABASE_PATH),
  ADMIN_IDS: telegramIds.default([]),
  WEBHOOK_URL: z
    .url({ protocol: /^https?$/, error: 'must be an https:// URL that Telegram can reach' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,256}$/, 'must be 8 to 256 characters of A-Z, a-z, 0-9, _ and -')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(1).max(65535).default(8080),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  ALERTS_PER_SECOND: z.coerce.number({ error: 'must be a number' }).positive('must be above 0').max(1000, 'must be at most 1000').default(25),
  FLOOD_LIMIT: z
    .string()
    .regex(/^\d+\/\d+s$/, 'must be written like 20/10s (messages per seconds)')
    .default('20/10s'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) {
    if (result.data.WEBHOOK_URL && !result.data.WEBHOOK_SECRET) {
      throw new ConfigError('WEBHOOK_SECRET: must be set when WEBHOOK_URL is (Telegram sends it back so forged updates are refused)');
    }
    return result.data;
  }
  const issue = result.error.issues[0]!;
  throw new ConfigError(`${String(issue.path[0])}: ${issue.message}`);
}
