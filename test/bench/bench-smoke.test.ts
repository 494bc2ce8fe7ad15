import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/bench/report.js';
import { COMMANDS, FULL_BENCH, runBench } from '../../src/bench/run-bench.js';

const percentiles = { p50: expect.any(Number), p99: expect.any(Number) };

describe('npm run bench on a tiny dataset', () => {
  it('produces every figure in the expected shape (no timing assertions)', async () => {
    const result = await runBench({
      ...FULL_BENCH,
      projects: 50,
      transfers: 2000,
      iterations: 5,
      scenarioIterations: 2,
      warmup: 2,
      throughputSeconds: 0.1,
      concurrency: 4,
      mixedSeconds: 0.3,
      mixedUsers: 4,
      projectionSeconds: 0.05,
      fanoutSubscribers: 20,
      fanoutLimitPerSec: 1000,
      coldStart: true,
    });

    expect(result.dataset).toMatchObject({ projects: 50, transfers: 2000 });
    expect(result.import).toMatchObject({
      transfers: 2000,
      transfersPerSec: expect.any(Number),
      transfersPerSecWithJsonParse: expect.any(Number),
      rawInsertPerSec: expect.any(Number),
      ratio: expect.any(Number),
    });
    for (const command of COMMANDS) expect(result.commandLatencyMs[command]).toEqual(percentiles);
    expect(Object.keys(result.commandLatencyMs)).toEqual(expect.arrayContaining(['plainQuestion', 'priorities', 'project', 'projectByName', 'reserved', 'scenario', 'projects', 'history', 'prioritiesNewDate']));
    expect(result.prioritiesDistinctDatesMs).toEqual(percentiles);
    expect(result.echoLatencyMs).toEqual(percentiles);
    expect(result.throughput).toEqual({
      transport: 'http',
      concurrency: 4,
      botUpdatesPerSec: expect.any(Number),
      echoUpdatesPerSec: expect.any(Number),
      ratio: expect.any(Number),
      mixUpdatesPerSec: expect.any(Number),
    });
    expect(result.mixedLoad).toMatchObject({ users: 4, lookupP99Ms: expect.any(Number), chartP99Ms: expect.any(Number), burstLastMs: expect.any(Number) });
    expect(result.projection).toEqual({ scenariosPerSec: expect.any(Number) });
    expect(result.fanout).toMatchObject({ subscribers: 20, limitPerSec: 1000, achievedPerSec: expect.any(Number), rateLimited429: expect.any(Number) });
    expect(result.startup).toEqual({ coldStartMs: expect.any(Number), viaNpmStart: true, rssMb: expect.any(Number), peakRssMb: expect.any(Number) });
    expect(result.goals.map((g) => g.metric)).toEqual(expect.arrayContaining(['import.ratio', 'throughput.ratio', 'mixedLoad.lookupP99Ms', 'startup.peakRssMb']));

    // --json prints exactly this object on one line; the table names every figure.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const table = formatReport(result);
    for (const label of ['/reserved', '/project', '/priorities', '/scenario', 'echo bot', 'mixed load', 'fan-out', 'npm start', 'peak RSS', 'raw bulk insert']) expect(table).toContain(label);
  }, 120_000);
});
