import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A small local Telegram Bot API server that the tests own: it records what the bot sends, feeds it
// updates through getUpdates, and can answer with faults (429, 5xx, 403, silence) on demand.

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  /** The message_id returned, for send methods. */
  messageId?: number;
  at: number;
  /** The connection was dropped instead of answering. */
  reset?: boolean;
}

/**
 * A fault to answer instead of success; `undefined` lets the call succeed. `hang`: never answer;
 * `reset`: drop the connection without an answer; `slowMs`: succeed, but only after that long.
 */
export type Fault = { status: number; body: Record<string, unknown> } | { hang: true } | { reset: true } | { slowMs: number } | undefined;

export const BOT_USER = { id: 999_000, is_bot: true, first_name: 'Budget', username: 'budget_test_bot' };

export class FakeBotApi {
  readonly calls: RecordedCall[] = [];
  private server: Server;
  private updates: Record<string, unknown>[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;
  private waiters: (() => void)[] = [];
  private hanging = new Set<ServerResponse>();
  /** The photos uploaded by their file_id, as Telegram keeps them (`forgetPhotos` drops them). */
  private photos = new Map<string, Buffer>();
  /** Decides per call whether to answer with a fault. */
  fault: (method: string, params: Record<string, unknown>) => Fault = () => undefined;

  private constructor() {
    // A client killed mid-request (the SIGKILL tests) aborts its request: nothing to answer. Any
    // other error still surfaces.
    this.server = createServer((req, res) =>
      void this.handle(req, res).catch((error: unknown) => {
        if (!req.destroyed && !req.socket.destroyed) throw error;
      }),
    );
  }

  static async start(): Promise<FakeBotApi> {
    const api = new FakeBotApi();
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    for (const wake of this.waiters.splice(0)) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues an update for the bot's next getUpdates. */
  pushUpdate(update: Record<string, unknown>): number {
    const id = this.nextUpdateId++;
    this.updates.push({ update_id: id, ...update });
    for (const wake of this.waiters.splice(0)) wake();
    return id;
  }

  sendText(user: { id: number; first_name?: string; language_code?: string }, text: string, chat?: { id: number; type: string; title?: string }): number {
    const from = { is_bot: false, first_name: 'Test', ...user };
    return this.pushUpdate({
      message: { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat: chat ?? { id: user.id, type: 'private', first_name: from.first_name }, from, text, ...entitiesFor(text) },
    });
  }

  /** Telegram no longer knows the photos sent before: a send by file_id gets a 400. */
  forgetPhotos(): void {
    this.photos.clear();
  }

  /** The picture a sendPhoto call showed: its upload, or the upload its file_id names. */
  photoOf(call: RecordedCall): Buffer | undefined {
    const photo = call.params.photo;
    return typeof photo === 'string' ? this.photos.get(photo) : (photo as { data?: Buffer } | undefined)?.data;
  }

  /** Requests being held without an answer (a `hang` fault). */
  get hangingCount(): number {
    return [...this.hanging].filter((res) => !res.destroyed && !res.writableEnded).length;
  }

  press(user: { id: number; language_code?: string }, data: string, chatId = user.id, messageId = 1): number {
    const from = { is_bot: false, first_name: 'Test', ...user };
    return this.pushUpdate({
      callback_query: {
        id: String(this.nextUpdateId),
        from,
        chat_instance: '1',
        data,
        message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, from: BOT_USER, text: '…' },
      },
    });
  }

  sent(chatId?: number, method?: string): RecordedCall[] {
    return this.calls.filter(
      (c) =>
        (method ? c.method === method : c.method === 'sendMessage' || c.method === 'sendPhoto' || c.method === 'editMessageText') &&
        (chatId === undefined || Number(c.params.chat_id) === chatId),
    );
  }

  /** Waits until `predicate` holds over the recorded calls (polling every 20 ms). */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out; calls so far: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.url ?? '').split('/').pop() ?? '';
    const body = await readBody(req);
    const params = parseParams(req.headers['content-type'] ?? '', body);
    const fault = this.fault(method, params);
    if (fault && 'hang' in fault) {
      this.hanging.add(res);
      return;
    }
    if (fault && 'reset' in fault) {
      this.calls.push({ method, params, at: Date.now(), reset: true });
      req.socket.destroy();
      return;
    }
    if (fault && 'slowMs' in fault) await new Promise((resolve) => setTimeout(resolve, fault.slowMs));
    const call: RecordedCall = { method, params, at: Date.now() };
    if (fault && 'status' in fault) {
      this.calls.push(call);
      return json(res, fault.status, fault.body);
    }
    switch (method) {
      case 'getMe':
        return json(res, 200, { ok: true, result: BOT_USER });
      case 'getUpdates':
        return this.getUpdates(params, res);
      case 'sendPhoto': {
        // An uploaded picture gets a file_id (two sizes, as Telegram answers); a string is a file_id sent before.
        let photo: { file_id: string; width: number; height: number }[];
        if (typeof params.photo === 'string') {
          if (!this.photos.has(params.photo)) {
            this.calls.push(call);
            return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: wrong file identifier/HTTP URL specified' });
          }
          photo = [{ file_id: `${params.photo}-small`, width: 320, height: 180 }, { file_id: params.photo, width: 1200, height: 675 }];
        } else {
          const id = `photo-${this.nextMessageId}`;
          this.photos.set(id, (params.photo as { data: Buffer }).data);
          photo = [{ file_id: `${id}-small`, width: 320, height: 180 }, { file_id: id, width: 1200, height: 675 }];
        }
        call.messageId = this.nextMessageId++;
        this.calls.push(call);
        const chat = { id: Number(params.chat_id), type: Number(params.chat_id) < 0 ? 'group' : 'private' };
        return json(res, 200, { ok: true, result: { message_id: call.messageId, date: Math.floor(Date.now() / 1000), chat, from: BOT_USER, photo } });
      }
      case 'sendMessage':
      case 'editMessageText': {
        call.messageId = this.nextMessageId++;
        this.calls.push(call);
        const chat = { id: Number(params.chat_id), type: Number(params.chat_id) < 0 ? 'group' : 'private' };
        return json(res, 200, { ok: true, result: { message_id: call.messageId, date: Math.floor(Date.now() / 1000), chat, from: BOT_USER, text: params.text } });
      }
      default:
        this.calls.push(call);
        return json(res, 200, { ok: true, result: true });
    }
  }

  private async getUpdates(params: Record<string, unknown>, res: ServerResponse): Promise<void> {
    const offset = Number(params.offset ?? 0);
    this.updates = this.updates.filter((u) => (u.update_id as number) >= offset);
    if (this.updates.length === 0) {
      // Long poll, but briefly, so tests and shutdowns stay quick.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 300);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    if (res.destroyed) return;
    json(res, 200, { ok: true, result: this.updates.filter((u) => (u.update_id as number) >= offset).slice(0, 100) });
  }
}

function entitiesFor(text: string): Record<string, unknown> {
  const command = /^\/\S+/.exec(text);
  return command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {};
}

function json(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  // With a length, as Telegram answers: node-fetch 2 reports a chunked answer on a reused keep-alive
  // socket as "Premature close" now and then, and the message would go out twice.
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON bodies, and multipart forms (sendPhoto): text fields as strings, files as their byte length, first bytes and content. */
function parseParams(contentType: string, body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  if (contentType.includes('application/json')) return JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return {};
  const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const params: Record<string, unknown> = {};
  let start = body.indexOf(marker);
  while (start >= 0) {
    const next = body.indexOf(marker, start + marker.length);
    if (next < 0) break;
    const part = body.subarray(start + marker.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const content = part.subarray(headerEnd + 4);
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    if (name) params[name] = /filename=/.test(headers) ? { bytes: content.length, head: content.subarray(0, 24), data: Buffer.from(content) } : content.toString('utf8');
    start = next;
  }
  return params;
}
