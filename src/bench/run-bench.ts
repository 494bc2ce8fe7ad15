import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Services } from '../../commands/command.js';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { AuditLog } from '../audit/audit-log.js';
import { grantRole } from '../access/users.js';
import { importDataset } from '../dataset/import-dataset.js';
import { createLogger } from '../logging/logger.js';
import { benchBot, echoBot, measureLatency, measureThroughput, stubBotApi, textUpdate, type Percentiles, type StubbedApi } from './bot-driver.js';
import { benchColdStart } from './cold-start.js';
import { benchFanout } from './fanout-bench.js';
import { generateDataset } from './generate-dataset.js';
import { warmUp } from '../conversation/warm-up.js';
import { evaluateGoals, type GoalCheck } from './goals.js';
import { plainQuestion, projectByName } from './meeting-mix.js';
import { benchProjection } from './projection-bench.js';

export interface BenchOptions {
  projects: number;
  transfers: number;
  seed: number;
  /** Timed updates per command (after `warmup` untimed ones); the scenario command gets `scenarioIterations`. */
  iterations: number;
  scenarioIterations: number;
  warmup: number;
  throughputSeconds: number;
  projectionSeconds: number;
  fanoutSubscribers: number;
  fanoutLimitPerSec: number;
  coldStart: boolean;
  /** Progress lines (to stderr in the CLI). */
  progress?: (message: string) => void;
}

export const FULL_BENCH: BenchOptions = {
  projects: 10_000,
  transfers: 1_000_000,
  seed: 20260210,
  iterations: 500,
  scenarioIterations: 300,
  warmup: 50,
  throughputSeconds: 3,
  projectionSeconds: 2,
  fanoutSubscribers: 10_000,
  fanoutLimitPerSec: 1000,
  coldStart: true,
};

export const COMMANDS = ['reserved', 'project', 'priorities', 'scenario', 'plainQuestion', 'projectByName'] as const;
export type BenchCommand = (typeof COMMANDS)[number];

export interface BenchResult {
  machine: { cpus: number; cpuModel: string; node: string };
  dataset: { projects: number; transfers: number; seed: number; generateMs: number };
  import: {
    transfers: number;
    /** importDataset on the parsed object (zod validation, catalogue, ledger): JSON parsing excluded. */
    transfersPerSec: number;
    /** The same, counting JSON.parse of the file's text as well. */
    transfersPerSecWithJsonParse: number;
    importMs: number;
    jsonParseMs: number;
  };
  commandLatencyMs: Record<BenchCommand, Percentiles>;
  /** /priorities with a different date each time (every answer computed, nothing reused). */
  prioritiesDistinctDatesMs: Percentiles;
  echoLatencyMs: Percentiles;
  throughput: { botUpdatesPerSec: number; echoUpdatesPerSec: number; ratio: number; mixUpdatesPerSec: number };
  projection: { scenariosPerSec: number };
  fanout: { subscribers: number; limitPerSec: number; achievedPerSec: number; rateLimited429: number; enqueueMs: number; durationMs: number };
  startup: { coldStartMs: number; rssMb: number } | null;
  goals: GoalCheck[];
  durationMs: number;
}

/** Users granted viewer access; updates rotate over them, as many people would send. */
const FIRST_USER = 500_001;
const USERS = 1000;

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const began = performance.now();
  const say = options.progress ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'budget-bench-'));
  const databasePath = join(dir, 'bench.db');
  const db = openDatabase(databasePath);
  // The real bot writes an audit entry per update: measured with it.
  const audit = new AuditLog(databasePath);
  try {
    say(`generating ${options.projects} projects and ${options.transfers} transfers (seed ${options.seed})`);
    let t = performance.now();
    let dataset: ReturnType<typeof generateDataset> | null = generateDataset({ projects: options.projects, transfers: options.transfers, seed: options.seed });
    const generateMs = performance.now() - t;
    const projectIds = dataset.projects.map((p) => p.id);
    const mixProjects = dataset.projects.map(({ id, name, owner }) => ({ id, name, owner: owner ?? '' }));
    const days = [...new Set(dataset.transfers.map((x) => x.date))];
    const lastDay = days.at(-1) ?? '2026-12-31';

    // The dataset as a file's text, parsed, then imported: the two costs timed apart.
    let text: string | null = JSON.stringify(dataset);
    dataset = null;
    t = performance.now();
    let parsed: unknown = JSON.parse(text);
    const jsonParseMs = performance.now() - t;
    text = null;
    say(`importing (JSON parse ${Math.round(jsonParseMs)} ms)`);
    t = performance.now();
    // Only the count is kept: the summary lists every recorded transfer, which would stay on the heap.
    const recorded = importDataset(db, parsed).transfersRecorded;
    const importMs = performance.now() - t;
    parsed = null;
    if (recorded !== options.transfers) throw new Error(`imported ${recorded} of ${options.transfers} transfers`);
    say(`imported in ${Math.round(importMs)} ms`);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.transaction(() => {
      for (let u = 0; u < USERS; u++) grantRole(db, FIRST_USER + u, 'viewer', 1, new Date());
    })();
    collectGarbage();

    const services: Services = {
      db,
      // "Today" is the ledger's last day, so the default answers cover the whole year.
      now: () => new Date(`${lastDay}T09:00:00Z`),
      adminIds: [],
      log: createLogger('silent'),
      audit,
    };
    // What the bot builds once it is up: the ledger's flows and the names' index.
    warmUp(services);
    const api = stubBotApi();
    let latency: Record<BenchCommand, Percentiles>;
    let prioritiesDistinctDatesMs: Percentiles;
    let echoLatencyMs: Percentiles;
    let throughput: BenchResult['throughput'];
    try {
      const bot = benchBot(services, api);
      const user = (i: number) => FIRST_USER + (i % USERS);
      const updates: Record<BenchCommand, (i: number) => ReturnType<typeof textUpdate>> = {
        reserved: (i) => textUpdate(user(i), '/reserved'),
        project: (i) => textUpdate(user(i), `/project ${projectIds[(i * 7919) % projectIds.length]}`),
        priorities: (i) => textUpdate(user(i), '/priorities'),
        scenario: (i) => textUpdate(user(i), `/scenario ${3 + (i % 5)} 3 5`),
        plainQuestion: (i) => textUpdate(user(i), plainQuestion(mixProjects, i)),
        projectByName: (i) => textUpdate(user(i), projectByName(mixProjects, i).text),
      };
      // A refusal, a "which one?" or a "not found" would be fast and wrong: each reply must hold its figures.
      const expected: Record<BenchCommand, (i: number) => RegExp> = {
        reserved: () => /Свободный резерв/,
        project: () => /Остаток/,
        priorities: () => /Приоритеты на/,
        scenario: () => /ВВП/,
        plainQuestion: () => /^(?![\s\S]*(?:Уточните|не понял|нет среди|табылмады|not among|didn't understand))[\s\S]*(?:₸|%)/,
        projectByName: (i) => new RegExp(`\\(${projectByName(mixProjects, i).id}\\)`),
      };
      latency = {} as Record<BenchCommand, Percentiles>;
      for (const command of COMMANDS) {
        say(`latency: /${command}`);
        collectGarbage();
        const { p50, p99 } = await measureLatency(bot, api, updates[command], {
          iterations: command === 'scenario' ? options.scenarioIterations : options.iterations,
          warmup: options.warmup,
          expectReply: (calls, i) => replyMatching(expected[command](i))(calls),
        });
        latency[command] = { p50, p99 };
      }
      say('latency: /priorities on distinct dates');
      const spread = (i: number) => days[(i * 37) % days.length]!;
      const distinct = await measureLatency(bot, api, (i) => textUpdate(user(i), `/priorities ${spread(i)}`), {
        iterations: Math.min(options.iterations, days.length),
        warmup: 0,
        expectReply: replyMatching(expected.priorities(0)),
      });
      prioritiesDistinctDatesMs = { p50: distinct.p50, p99: distinct.p99 };

      say('latency: echo bot');
      const echo = echoBot();
      collectGarbage();
      const echoed = await measureLatency(echo, api, (i) => textUpdate(user(i), `hello ${i}`), { iterations: options.iterations, warmup: options.warmup });
      echoLatencyMs = { p50: echoed.p50, p99: echoed.p99 };

      say('throughput');
      collectGarbage();
      const botUpdatesPerSec = await measureThroughput(bot, api, updates.reserved, options.throughputSeconds);
      collectGarbage();
      const echoUpdatesPerSec = await measureThroughput(echo, api, (i) => textUpdate(user(i), `hello ${i}`), options.throughputSeconds);
      collectGarbage();
      const mixUpdatesPerSec = await measureThroughput(bot, api, (i) => updates[COMMANDS[i % COMMANDS.length]!](i), options.throughputSeconds);
      throughput = { botUpdatesPerSec, echoUpdatesPerSec, ratio: Math.round((botUpdatesPerSec / echoUpdatesPerSec) * 1000) / 1000, mixUpdatesPerSec };
    } finally {
      api.restore();
    }

    say('projection');
    const projection = benchProjection(options.projectionSeconds);
    say(`fan-out: ${options.fanoutSubscribers} subscribers at ${options.fanoutLimitPerSec}/s`);
    const fanout = await benchFanout({ subscribers: options.fanoutSubscribers, limitPerSec: options.fanoutLimitPerSec });
    let startup: BenchResult['startup'] = null;
    if (options.coldStart) {
      say('cold start of the bot process');
      startup = await benchColdStart({ databasePath, userId: FIRST_USER });
    }

    const result: Omit<BenchResult, 'goals' | 'durationMs'> = {
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version },
      dataset: { projects: options.projects, transfers: options.transfers, seed: options.seed, generateMs: Math.round(generateMs) },
      import: {
        transfers: recorded,
        transfersPerSec: Math.round(recorded / (importMs / 1000)),
        transfersPerSecWithJsonParse: Math.round(recorded / ((importMs + jsonParseMs) / 1000)),
        importMs: Math.round(importMs),
        jsonParseMs: Math.round(jsonParseMs),
      },
      commandLatencyMs: latency,
      prioritiesDistinctDatesMs,
      echoLatencyMs,
      throughput,
      projection,
      fanout,
      startup,
    };
    return { ...result, goals: evaluateGoals(result), durationMs: Math.round(performance.now() - began) };
  } finally {
    audit.close();
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first sendMessage must match `pattern` (a refusal or "not found" would be fast and wrong). */
function replyMatching(pattern: RegExp): (calls: StubbedApi['calls']) => string | null {
  return (calls) => {
    const first = calls.find((c) => c.method === 'sendMessage');
    if (!first) return `no sendMessage (calls: ${calls.map((c) => c.method).join(', ')})`;
    return pattern.test(String(first.payload.text)) ? null : `unexpected reply: ${String(first.payload.text).slice(0, 200)}`;
  };
}

let gc: (() => void) | null | undefined;

/** A full collection between phases, so garbage from one phase is not paid for by the next one's samples. */
function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
