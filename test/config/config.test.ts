import { expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

it('fills defaults', () => {
  const config = loadConfig({});
  expect(config.DATABASE_PATH).toBe('./data/budget.db');
  expect(config.TELEGRAM_API_ROOT).toBe('https://api.telegram.org');
  expect(config.ADMIN_IDS).toEqual([]);
  expect(config.mode).toBe('console');
});

it.each([
  [{ ADMIN_IDS: '12, abc' }, /^ADMIN_IDS: "abc" is not a Telegram id/],
  [{ PORT: '70000' }, /^PORT: /],
  [{ BOT_TOKEN: 'nonsense' }, /^BOT_TOKEN: must be the token BotFather gave/],
  [{ TELEGRAM_API_ROOT: 'not a url' }, /^TELEGRAM_API_ROOT: /],
  [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: must be one of/],
  [{ WEBHOOK_URL: 'https://bot.example.kz/hook' }, /^BOT_TOKEN: must be set when WEBHOOK_URL is/],
  [{ BOT_TOKEN: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1', WEBHOOK_URL: 'https://bot.example.kz/hook' }, /^WEBHOOK_SECRET: must be set/],
  // The README's old example: a token cut short must be refused with what a real one looks like.
  [{ BOT_TOKEN: '123:AA' }, /^BOT_TOKEN: must be the token BotFather gave/],
])('refuses %o with one line naming it', (env, message) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(message);
});

it('reads ids and a webhook', () => {
  const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1';
  const config = loadConfig({ ADMIN_IDS: '1,22', BOT_TOKEN: token, WEBHOOK_URL: 'https://bot.example.kz/hook', WEBHOOK_SECRET: 'abcdefgh12' });
  expect(config.ADMIN_IDS).toEqual([1, 22]);
  expect(config).toMatchObject({ mode: 'webhook', BOT_TOKEN: token, WEBHOOK_URL: 'https://bot.example.kz/hook', WEBHOOK_SECRET: 'abcdefgh12', PORT: 8080 });
  expect(loadConfig({ BOT_TOKEN: token })).toMatchObject({ mode: 'polling', BOT_TOKEN: token });
});
