// A fake Telegram Bot API in its own process for `npm run bench`: answers every method over plain
// HTTP on 127.0.0.1 the way the real one does when all goes well, so the bot and the echo bot it is
// compared with pay the same transport (HTTP, JSON, a separate process), and nothing else.
// Prints {"port": N} on its first line of stdout. Plain JavaScript: spawned with bare `node`.
import { createServer } from 'node:http';

const me = JSON.parse(process.env.BENCH_BOT_INFO ?? '{}');
let messageId = 1;

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const method = (req.url ?? '').split('/').pop() ?? '';
    let params = {};
    const type = req.headers['content-type'] ?? '';
    if (type.includes('json')) {
      try {
        params = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {
        params = {};
      }
    } else {
      // multipart (a photo uploaded): only the chat id is wanted back, and the photo gets a file_id
      const id = /name="chat_id"\r\n\r\n(-?\d+)/.exec(Buffer.concat(chunks).toString('latin1'));
      if (id) params = { chat_id: Number(id[1]) };
      params.photo = { uploaded: true };
    }
    let result = true;
    if (method === 'getMe') result = me;
    else if (method === 'getUpdates') result = [];
    else if (method.startsWith('send')) {
      const sent = { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat: { id: Number(params.chat_id), type: 'private' } };
      // As Telegram does: a photo comes back with its file_id (the one it was sent by, or a new one for an upload).
      result = method === 'sendPhoto' ? { ...sent, photo: [{ file_id: typeof params.photo === 'string' ? params.photo : `bench-photo-${sent.message_id}`, width: 1200, height: 675 }] } : { ...sent, text: '' };
    }
    const body = JSON.stringify({ ok: true, result });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
