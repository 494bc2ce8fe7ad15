import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Bot API call as the bench's fake servers see it. */
export type BotApiCall = (method: string, params: Record<string, unknown>, res: ServerResponse) => void;

/**
 * A local HTTP server on 127.0.0.1 that hands each Bot API request (method name and JSON parameters)
 * to `handle`. The two bench fakes (cold start, rate-limited fan-out) build on it; src/ must not
 * import the tests' richer fake server.
 */
export async function startLocalBotApi(handle: BotApiCall): Promise<{ apiRoot: string; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = (req.url ?? '').split('/').pop() ?? '';
      const text = Buffer.concat(chunks).toString('utf8');
      let params: Record<string, unknown> = {};
      try {
        if (text && (req.headers['content-type'] ?? '').includes('json')) params = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return replyJson(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
      }
      handle(method, params, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function replyJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed || res.writableEnded) return;
  // With a length, as Telegram answers: node-fetch 2 reports a chunked answer on a reused keep-alive
  // socket as "Premature close" now and then, and the message would go out twice.
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}
