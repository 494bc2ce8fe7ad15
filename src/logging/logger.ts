import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stderr (stdout stays for answers in the console chat and the CLI).
 * The bot token is redacted wherever it might appear: in fields and inside URLs in messages.
 */
export function createLogger(level: string, secrets: string[] = []): Logger {
  const hidden = secrets.filter((s) => s.length > 0);
  const scrub = (text: string) => hidden.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  return pino(
    {
      level,
      redact: { paths: ['token', 'botToken', '*.token', 'config.BOT_TOKEN'], censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
      formatters: {
        log: (object) => JSON.parse(scrub(JSON.stringify(object))) as Record<string, unknown>,
      },
    },
    pino.destination(2),
  );
}
