import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { TelegramError } from 'telegraf';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';

const TOKEN = '123456:SECRET-token-that-must-never-be-logged-0123';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(text) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger('info', [TOKEN], stream), lines, raw: () => lines.map((l) => JSON.stringify(l)).join('\n') };
}

const flushed = () => new Promise((resolve) => setImmediate(resolve));

it('keeps an error’s type, message, code and stack (not just its enumerable fields)', async () => {
  const { log, lines } = capture();
  const db = new Database(':memory:');
  let error: unknown;
  try {
    db.exec("CREATE TABLE t (x); CREATE TRIGGER no BEFORE INSERT ON t BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END; INSERT INTO t VALUES (1);");
  } catch (e) {
    error = e;
  }
  log.error({ err: error, errorId: 'c169e6af' }, 'command failed');
  await flushed();
  const err = lines[0]!.err as Record<string, unknown>;
  expect(err.type).toBe('SqliteError');
  expect(err.message).toBe('refused by a trigger');
  expect(err.code).toBe('SQLITE_CONSTRAINT_TRIGGER');
  expect(String(err.stack)).toContain('refused by a trigger');
  expect(lines[0]!.errorId).toBe('c169e6af');
});

it('never logs the request an API error was about (a photo’s bytes), and never the token', async () => {
  const { log, raw } = capture();
  const error = new TelegramError({ error_code: 404, description: 'Not Found: method not found' }, { method: 'sendPhoto', payload: { photo: { source: Buffer.alloc(262_000, 7) } } });
  log.warn({ err: error, url: `https://api.telegram.org/bot${TOKEN}/sendPhoto` }, `failed for bot${TOKEN}`);
  await flushed();
  const text = raw();
  expect(text).toContain('Not Found: method not found');
  expect(text.length).toBeLessThan(5000);
  expect(text).not.toContain(TOKEN);
  expect(text).toContain('[redacted]');
});
