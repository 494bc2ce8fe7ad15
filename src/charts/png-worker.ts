import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

// Drawing a chart is some 35 ms of CPU here: rasterising in resvg and then encoding the PNG, which
// resvg-js does synchronously on the calling thread (about 10 ms). On the bot's thread that stalls
// every other user's answer, so both happen in one worker thread. The worker starts with the first
// chart and ends after a minute without one, so a bot nobody asks for charts keeps no second heap.

const require = createRequire(import.meta.url);

/** Plain JavaScript run in the worker: it loads resvg by the path resolved here (the bundle and tsx alike). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options }) => {
  try {
    const png = new Resvg(svg, options).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

const IDLE_MS = 60_000;

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();
let idleTimer: NodeJS.Timeout | null = null;

function started(): Worker {
  if (worker) return worker;
  const created = new Worker(WORKER_SOURCE, { eval: true, workerData: { resvg: require.resolve('@resvg/resvg-js') } });
  created.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    else job.reject(new Error(`chart not drawn: ${error}`));
    settle();
  });
  // A worker that dies takes its jobs with it; the next chart starts a new one.
  const fail = (error: Error) => {
    if (worker !== created) return;
    worker = null;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  created.on('error', fail);
  created.on('exit', (code) => fail(new Error(`the chart worker stopped (code ${code})`)));
  worker = created;
  return created;
}

/** Keeps the process alive only while a chart is being drawn; ends the worker after a quiet minute. */
function settle(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!worker) return;
  if (pending.size > 0) {
    worker.ref();
    return;
  }
  worker.unref();
  const idle = worker;
  idleTimer = setTimeout(() => {
    if (worker === idle && pending.size === 0) {
      worker = null;
      void idle.terminate();
    }
  }, IDLE_MS).unref();
}

/** The PNG of `svg`, drawn off the event loop. */
export function drawPngInWorker(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  let target: Worker;
  try {
    target = started();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const id = nextId++;
  const drawing = new Promise<Buffer>((resolve, reject) => pending.set(id, { resolve, reject }));
  settle();
  target.postMessage({ id, svg, options });
  return drawing;
}
