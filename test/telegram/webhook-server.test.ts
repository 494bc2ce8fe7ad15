import { connect, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';
import { createWebhookServer, MAX_UPDATE_BYTES } from '../../src/telegram/webhook-server.js';
import { waitUntil } from '../helpers/wait.js';

let handled: unknown[];
let server: ReturnType<typeof createWebhookServer>;
let url: string;
let port: number;

beforeEach(async () => {
  handled = [];
  server = createWebhookServer({
    path: '/hook',
    secret: 'right-secret-123',
    log: createLogger('silent'),
    dispatch: async (update) => void handled.push(update),
    requestTimeoutMs: 500,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}/hook`;
});
afterEach(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

it('refuses updates without the right secret header (401)', async () => {
  expect((await post('{"update_id":1}')).status).toBe(401);
  expect((await post('{"update_id":1}', { 'x-telegram-bot-api-secret-token': 'wrong-secret-123' })).status).toBe(401);
  expect((await post('{"update_id":1}', { 'x-telegram-bot-api-secret-token': 'short' })).status).toBe(401);
  expect(handled).toEqual([]);
});

it('refuses bodies over the size limit (413), broken JSON and JSON that is no update (400)', async () => {
  const secret = { 'x-telegram-bot-api-secret-token': 'right-secret-123' };
  expect((await post(`{"update_id":1,"x":"${'a'.repeat(MAX_UPDATE_BYTES)}"}`, secret)).status).toBe(413);
  expect((await post('{not json', secret)).status).toBe(400);
  expect((await post('[1, 2]', secret)).status).toBe(400);
  expect(handled).toEqual([]);
});

it('accepts a real update with the secret and hands it over', async () => {
  const response = await post('{"update_id":7}', { 'x-telegram-bot-api-secret-token': 'right-secret-123' });
  expect(response.status).toBe(200);
  await waitUntil(() => handled.length === 1);
  expect(handled).toEqual([{ update_id: 7 }]);
  expect((await fetch(url.replace('/hook', '/other'), { method: 'POST' })).status).toBe(404);
});

it('closes half-open connections that never send a request, and caps how many it keeps', async () => {
  expect(server.maxConnections).toBeGreaterThan(0);
  expect(server.maxConnections).toBeLessThanOrEqual(1024);
  const socket = connect(port, '127.0.0.1');
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => undefined);
  // Sends nothing at all: the server must hang up on its own after the request timeout.
  await closed;
  expect(socket.destroyed).toBe(true);
});
