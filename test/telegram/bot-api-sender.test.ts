import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { botApiSender, telegramClient } from '../../src/telegram/bot-api-sender.js';
import { FakeBotApi } from '../helpers/fake-bot-api.js';

// Sending a picture Telegram already has: by its file_id, not by uploading the bytes again.

let api: FakeBotApi;
beforeEach(async () => {
  api = await FakeBotApi.start();
});
afterEach(() => api.stop());

const chart = (fill: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(20_000, fill)]);
const photoParams = () => api.sent(undefined, 'sendPhoto').map((c) => c.params.photo);
const signal = () => new AbortController().signal;

describe('botApiSender: photos', () => {
  it('uploads a picture once, then sends it again by the file_id Telegram gave its largest size', async () => {
    const send = botApiSender(telegramClient('123:TEST', api.apiRoot));
    await send({ kind: 'photo', chatId: 1, png: chart(1), caption: 'first' }, signal());
    // The same bytes in another buffer (drawn again, or read back from the outbox) are the same picture.
    const again = await send({ kind: 'photo', chatId: 2, png: chart(1), caption: 'again' }, signal());
    await send({ kind: 'photo', chatId: 2, png: chart(2) }, signal());

    const [first, second, other] = photoParams();
    expect(first).toMatchObject({ bytes: 20_004 });
    expect(second).toBe('photo-1');
    expect(other).toMatchObject({ bytes: 20_004 });
    expect(again).toBe(api.sent(2, 'sendPhoto')[0]!.messageId);
    expect(api.sent(2, 'sendPhoto')[0]!.params.caption).toBe('again');
  });

  it('uploads again when Telegram no longer knows the file_id, and keeps the new one', async () => {
    const send = botApiSender(telegramClient('123:TEST', api.apiRoot));
    await send({ kind: 'photo', chatId: 1, png: chart(3) }, signal());
    api.forgetPhotos();
    const id = await send({ kind: 'photo', chatId: 1, png: chart(3) }, signal());
    await send({ kind: 'photo', chatId: 1, png: chart(3) }, signal());

    const calls = api.sent(1, 'sendPhoto');
    expect(calls.map((c) => typeof c.params.photo)).toEqual(['object', 'string', 'object', 'string']);
    expect(calls[2]!.messageId).toBe(id);
    expect(calls[3]!.params.photo).toBe(`photo-${id}`);
  });

  it('reports a refused picture as refused, after one upload, not as sent', async () => {
    const send = botApiSender(telegramClient('123:TEST', api.apiRoot));
    await send({ kind: 'photo', chatId: 1, png: chart(4) }, signal());
    api.fault = (method) => (method === 'sendPhoto' ? { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: message caption is too long' } } : undefined);
    await expect(send({ kind: 'photo', chatId: 1, png: chart(4), caption: 'x'.repeat(2000) }, signal())).rejects.toMatchObject({ failure: { kind: 'rejected' } });
    expect(api.sent(1, 'sendPhoto').slice(1).map((c) => typeof c.params.photo)).toEqual(['string', 'object']);
  });
});
