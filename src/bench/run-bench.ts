import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Services } from '../../commands/command.js';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { grantRole } from '../access/users.js';
import { AuditLog } from '../audit/audit-log.js';
import { warmUp } from '../conversation/warm-up.js';
import { importDataset } from '../dataset/import-dataset.js';
import { recordTransfer } from '../ledger/record-transfer.js';
import { createLogger } from '../logging/logger.js';
import { measureLatency, measureThroughput, mixedLoad, textUpdate, type Ask, type MixedLoadResult, type Percentiles } from './bot-driver.js';
import { COMMANDS, type BenchCommand } from './bench-commands.js';
import { benchColdStart, type ColdStartResult } from './cold-start.js';
import { benchFanout } from './fanout-bench.js';
import { generateDataset } from './generate-dataset.js';
import { evaluateGoals, type GoalCheck } from './goals.js';
import { httpBenchBot, httpEchoBot, startFakeBotApi } from './http-bot.js';
import { nthOfMix, plainQuestion, projectByName } from './meeting-mix.js';
import { benchProjection } from './projection-bench.js';
import { rawInsertRate } from './raw-insert.js';

export interface BenchOptions {
  projects: number;
  transfers: number;
  seed: number;
  /** Timed asks per command (after `warmup` untimed ones); the scenario command gets `scenarioIterations`. */
  iterations: number;
  scenarioIterations: number;
  warmup: number;
  throughputSeconds: number;
  /** Asks in flight at once while throughput is measured. */
  concurrency: number;
  mixedSeconds: number;
  mixedUsers: number;
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
  scenarioIterations: 200,
  warmup: 50,
  throughputSeconds: 3,
  concurrency: 16,
  mixedSeconds: 6,
  mixedUsers: 20,
  projectionSeconds: 2,
  fanoutSubscribers: 10_000,
  fanoutLimitPerSec: 1000,
  coldStart: true,
};

export { COMMANDS, type BenchCommand } from './bench-commands.js';

export interface BenchResult {
  machine: { cpus: number; cpuModel: string; node: string };
  dataset: { projects: number; transfers: number; seed: number; generateMs: number };
  import: {
    transfers: number;
    /** importDataset on the parsed object (zod validation, catalogue, ledger rules, roll-ups): JSON parsing excluded. */
    transfersPerSec: number;
    /** The same, counting JSON.parse of the file's text as well. */
    transfersPerSecWithJsonParse: number;
    importMs: number;
    jsonParseMs: number;
    /** The same rows bulk-inserted into the same schema with no checks, in the same run (src/bench/raw-insert.ts). */
    rawInsertPerSec: number;
    /** transfersPerSec ÷ rawInsertPerSec. */
    ratio: number;
  };
  /** Each command alone, one ask at a time, over HTTP to the fake Bot API: from the update to its answer sent. */
  commandLatencyMs: Record<BenchCommand, Percentiles>;
  /** /priorities with a different date each time (kept from earlier runs: the same as prioritiesNewDate). */
  prioritiesDistinctDatesMs: Percentiles;
  echoLatencyMs: Percentiles;
  throughput: {
    transport: 'http';
    concurrency: number;
    /** /reserved only. */
    botUpdatesPerSec: number;
    echoUpdatesPerSec: number;
    /** The lookup mix (every command but /scenario, in turn) ÷ echo. */
    ratio: number;
    mixUpdatesPerSec: number;
  };
  mixedLoad: MixedLoadResult;
  projection: { scenariosPerSec: number };
  fanout: { subscribers: number; limitPerSec: number; achievedPerSec: number; rateLimited429: number; sentTwice: number; enqueueMs: number; durationMs: number };
  startup: ColdStartResult | null;
  goals: GoalCheck[];
  durationMs: number;
}

/** Users granted viewer access; asks rotate over them, as many people would send. */
const FIRST_USER = 500_001;
const USERS = 1000;

/** What each command's answer must say (a refusal or "not found" would be fast and wrong). */
const ANSWERS: Record<Exclude<BenchCommand, 'projectByName'>, RegExp> = {
  reserved: /Свободный резерв/,
  project: /Остаток/,
  projects: /Проекты \(/,
  history: /Последние движения/,
  priorities: /Приоритеты на/,
  prioritiesNewDate: /Приоритеты на/,
  prioritiesAfterTransfer: /Приоритеты на/,
  plainQuestion: /^(?![\s\S]*(?:Уточните|не понял|нет среди|табылмады|not among|didn't understand|Не учёл))[\s\S]*(?:₸|%)/,
  scenario: /ВВП/,
};

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const began = performance.now();
  const say = options.progress ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'budget-bench-'));
  const databasePath = join(dir, 'bench.db');
  const db = openDatabase(databasePath);
  // The real bot writes an audit entry per update: measured with it.
  const audit = new AuditLog(databasePath);
  const api = await startFakeBotApi();
  try {
    say(`generating ${options.projects} projects and ${options.transfers} transfers (seed ${options.seed})`);
    let t = performance.now();
    let dataset: ReturnType<typeof generateDataset> | null = generateDataset({ projects: options.projects, transfers: options.transfers, seed: options.seed });
    const generateMs = performance.now() - t;
    const mixProjects = dataset.projects.map(({ id, name, owner }) => ({ id, name, owner: owner ?? '' }));
    const days = [...new Set(dataset.transfers.map((x) => x.date))].sort();
    const lastDay = days.at(-1) ?? '2026-12-31';
    const firstSource = dataset.sources[0]!.id;

    say('raw insert of the same rows (the ceiling for the import)');
    const rawDb = openDatabase(join(dir, 'raw.db'));
    let rawInsertPerSec: number;
    try {
      rawInsertPerSec = rawInsertRate(rawDb, dataset);
    } finally {
      closeDatabase(rawDb);
    }

    // The dataset as a file's text, parsed, then imported: the two costs timed apart.
    let text: string | null = JSON.stringify(dataset);
    dataset = null;
    collectGarbage();
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
    // What the bot does once it is up: the ledger's flows and every month's transfers in memory, the names' index.
    warmUp(services);
    const bot = httpBenchBot(services, api.apiRoot);
    const user = (i: number) => FIRST_USER + (i % USERS);
    const ask = (who: number, text: string, expect: RegExp): Ask => ({ update: textUpdate(who, text), expect });
    let moved = 0;
    // `who` asks the i-th question of each kind (by default, the i-th of many users).
    const asks: Record<BenchCommand, (i: number, who?: number) => Ask> = {
      reserved: (i, who = user(i)) => ask(who, '/reserved', ANSWERS.reserved),
      project: (i, who = user(i)) => ask(who, `/project ${mixProjects[(i * 7919) % mixProjects.length]!.id}`, ANSWERS.project),
      projectByName: (i, who = user(i)) => {
        const { text: words, id } = projectByName(mixProjects, i);
        return ask(who, words, new RegExp(`\\(${id}\\)`));
      },
      projects: (i, who = user(i)) => ask(who, '/projects', ANSWERS.projects),
      history: (i, who = user(i)) => ask(who, `/history ${mixProjects[(i * 104_729) % mixProjects.length]!.id}`, /₸/),
      priorities: (i, who = user(i)) => ask(who, '/priorities', ANSWERS.priorities),
      // A day nobody asked about before: the answer is computed, not reused.
      prioritiesNewDate: (i, who = user(i)) => ask(who, `/priorities ${days[(i * 37) % days.length]!}`, ANSWERS.prioritiesNewDate),
      // Right after a transfer (recorded before the ask, not timed), which every cached answer must see.
      prioritiesAfterTransfer: (i, who = user(i)) => {
        const project = mixProjects[(i * 7919) % mixProjects.length]!.id;
        recordTransfer(db, { id: `bench-move-${++moved}`, date: lastDay, from: `reserve:${firstSource}`, to: `project:${project}`, amount: 1, reason: 'bench', actor: 'bench' });
        return ask(who, '/priorities', ANSWERS.prioritiesAfterTransfer);
      },
      plainQuestion: (i, who = user(i)) => ask(who, plainQuestion(mixProjects, i), ANSWERS.plainQuestion),
      // Eight scenarios asked again and again (as in a meeting); each answer ends with its chart.
      scenario: (i, who = user(i)) => ask(who, `/scenario ${3 + (i % 8) * 0.5} 3 5`, ANSWERS.scenario),
    };

    const latency = {} as Record<BenchCommand, Percentiles>;
    for (const command of COMMANDS) {
      say(`latency: ${command}`);
      collectGarbage();
      const distinctDays = command === 'prioritiesNewDate' ? Math.min(options.iterations, Math.max(1, days.length - options.warmup)) : options.iterations;
      latency[command] = await measureLatency(bot, asks[command], {
        iterations: command === 'scenario' ? options.scenarioIterations : distinctDays,
        warmup: options.warmup,
      });
    }

    say('latency: echo bot');
    const echo = httpEchoBot(api.apiRoot);
    collectGarbage();
    const echoLatencyMs = await measureLatency(echo, (i) => ({ update: textUpdate(user(i), `hello ${i}`) }), { iterations: options.iterations, warmup: options.warmup });

    const LOOKUPS = COMMANDS.filter((c) => c !== 'scenario' && c !== 'prioritiesAfterTransfer');
    const lookup = (i: number, who?: number) => {
      const { kind, index } = nthOfMix(LOOKUPS, i);
      // One chat per ask in flight (by default): asks of one chat at once would read each other's answers.
      return asks[kind](index, who ?? user(i));
    };
    say(`throughput over HTTP, ${options.concurrency} in flight`);
    collectGarbage();
    const botUpdatesPerSec = await measureThroughput(bot, asks.reserved, options.throughputSeconds, options.concurrency);
    collectGarbage();
    const echoUpdatesPerSec = await measureThroughput(echo, (i) => ({ update: textUpdate(user(i), `hello ${i}`) }), options.throughputSeconds, options.concurrency);
    collectGarbage();
    const mixUpdatesPerSec = await measureThroughput(bot, lookup, options.throughputSeconds, options.concurrency);

    say(`mixed load: ${options.mixedUsers} users at once, 5 % of the asks for charts, 100 ms to read each answer`);
    collectGarbage();
    const mixed = await mixedLoad(bot, {
      users: options.mixedUsers,
      seconds: options.mixedSeconds,
      chartShare: 0.05,
      // A second to read an answer would be quick in a meeting; a tenth keeps 20 users busier than any meeting.
      thinkMs: 100,
      // Each user is one chat asking one thing after another.
      // i is -1 for the opening burst.
      lookup: (u, i) => lookup(u * 7 + i + 1, FIRST_USER + u),
      // Scenarios nobody asked before: every chart is drawn, none comes from the cache.
      chart: (u, i) => ({ update: textUpdate(FIRST_USER + u, `/scenario ${(2 + ((u * 53 + i * 7) % 400) * 0.01).toFixed(2)} 3 5`), expect: ANSWERS.scenario }),
    });

    say('projection');
    const projection = benchProjection(options.projectionSeconds);
    say(`fan-out: ${options.fanoutSubscribers} subscribers at ${options.fanoutLimitPerSec}/s`);
    const fanout = await benchFanout({ subscribers: options.fanoutSubscribers, limitPerSec: options.fanoutLimitPerSec });
    let startup: BenchResult['startup'] = null;
    if (options.coldStart) {
      say('cold start of the bot through npm start');
      // As a restarted bot finds its file: the answers above wrote audit rows into the write-ahead log.
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
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
        rawInsertPerSec,
        ratio: Math.round((recorded / (importMs / 1000) / rawInsertPerSec) * 1000) / 1000,
      },
      commandLatencyMs: latency,
      prioritiesDistinctDatesMs: latency.prioritiesNewDate,
      echoLatencyMs,
      throughput: {
        transport: 'http',
        concurrency: options.concurrency,
        botUpdatesPerSec,
        echoUpdatesPerSec,
        ratio: Math.round((mixUpdatesPerSec / echoUpdatesPerSec) * 1000) / 1000,
        mixUpdatesPerSec,
      },
      mixedLoad: mixed,
      projection,
      fanout,
      startup,
    };
    return { ...result, goals: evaluateGoals(result), durationMs: Math.round(performance.now() - began) };
  } finally {
    await api.stop();
    audit.close();
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
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
