import type { AddressInfo } from 'node:net';
import type { Telegraf } from 'telegraf';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';
import { createWebhookServer, MAX_UPDATE_BYTES } from '../../src/telegram/webhook-server.js';

let handled: unknown[];
let server: ReturnType<typeof createWebhookServer>;
let url: string;

beforeEach(async () => {
  handled = [];
  const bot = { handleUpdate: async (update: unknown) => void handled.push(update) } as unknown as Telegraf;
  server = createWebhookServer(bot, { path: '/hook', secret: 'right-secret-123', log: createLogger('silent') });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

it('refuses updates without the right secret header (401)', async () => {
  expect((await post('{"update_id":1}')).status).toBe(401);
  expect((await post('{"update_id":1}', { 'x-telegram-bot-api-secret-token': 'wrong-secret-123' })).status).toBe(401);
  expect((await post('{"update_id":1}', { 'x-telegram-bot-api-secret-token': 'short' })).status).toBe(401);
  expect(handled).toEqual([]);
});

it('refuses bodies over the size limit (413) and broken JSON (400)', async () => {
  const secret = { 'x-telegram-bot-api-secret-token': 'right-secret-123' };
  expect((await post(`{"update_id":1,"x":"${'a'.repeat(MAX_UPDATE_BYTES)}"}`, secret)).status).toBe(413);
  expect((await post('{not json', secret)).status).toBe(400);
  expect(handled).toEqual([]);
});

it('accepts a real update with the secret and hands it to the bot', async () => {
  const response = await post('{"update_id":7}', { 'x-telegram-bot-api-secret-token': 'right-secret-123' });
  expect(response.status).toBe(200);
  await new Promise((r) => setTimeout(r, 20));
  expect(handled).toEqual([{ update_id: 7 }]);
  expect((await fetch(url.replace('/hook', '/other'), { method: 'POST' })).status).toBe(404);
});
