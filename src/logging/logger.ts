import { pino, type Logger } from 'pino';

export type { Logger };

/** Longest text of one field in a log line: a field never carries a photo's bytes or a whole request. */
const MAX_FIELD_CHARS = 2000;

/**
 * Structured JSON logs on stderr (stdout stays for answers in the console chat and the CLI). Errors
 * keep their type, message, code and stack (pino's error serializer), never the request they were
 * about (telegraf's errors carry it, a photo included). The bot token is redacted wherever it might
 * appear: in fields, messages and error texts.
 */
export function createLogger(level: string, secrets: string[] = [], destination: pino.DestinationStream = pino.destination(2)): Logger {
  const hidden = secrets.filter((s) => s.length > 0);
  const scrub = (text: string) => hidden.reduce((out, secret) => out.split(secret).join('[redacted]'), text).slice(0, MAX_FIELD_CHARS);
  const scrubValue = (value: unknown): unknown => (typeof value === 'string' ? scrub(value) : value);
  const serializeError = (error: unknown): unknown => {
    if (!(error instanceof Error)) return scrubValue(error);
    const { on: _request, ...serialized } = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
    return Object.fromEntries(Object.entries(serialized).map(([key, value]) => [key, scrubValue(value)]));
  };
  return pino(
    {
      level,
      redact: { paths: ['token', 'botToken', '*.token', 'config.BOT_TOKEN'], censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
      formatters: {
        log: (object) => Object.fromEntries(Object.entries(object).map(([key, value]) => [key, scrubValue(value)])),
      },
    },
    destination,
  );
}
