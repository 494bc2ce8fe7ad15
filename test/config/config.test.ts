import { expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

it('fills defaults', () => {
  const config = loadConfig({});
  expect(config.DATABASE_PATH).toBe('./data/budget.db');
  expect(config.TELEGRAM_API_ROOT).toBe('https://api.telegram.org');
  expect(config.ADMIN_IDS).toEqual([]);
  expect(config.BOT_TOKEN).toBeUndefined();
});

it.each([
  [{ ADMIN_IDS: '12, abc' }, /^ADMIN_IDS: "abc" is not a Telegram id/],
  [{ PORT: '70000' }, /^PORT: /],
  [{ BOT_TOKEN: 'nonsense' }, /^BOT_TOKEN: must look like/],
  [{ TELEGRAM_API_ROOT: 'not a url' }, /^TELEGRAM_API_ROOT: /],
  [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: must be one of/],
  [{ WEBHOOK_URL: 'https://bot.example.kz/hook' }, /^WEBHOOK_SECRET: must be set/],
])('refuses %o with one line naming it', (env, message) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(message);
});

it('reads ids and a webhook', () => {
  const config = loadConfig({ ADMIN_IDS: '1,22', WEBHOOK_URL: 'https://bot.example.kz/hook', WEBHOOK_SECRET: 'abcdefgh12' });
  expect(config.ADMIN_IDS).toEqual([1, 22]);
  expect(config.WEBHOOK_URL).toBe('https://bot.example.kz/hook');
});
