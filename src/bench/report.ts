import type { GoalCheck } from './goals.js';
import type { BenchResult } from './run-bench.js';

const num = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number): string => `${num(n, n < 10 ? 3 : 1)} ms`;

/** The results as a readable table: each figure, its goal (if any) and whether it was met. */
export function formatReport(r: BenchResult): string {
  const goals = new Map(r.goals.map((g) => [g.metric, g]));
  const rows: [string, string, string][] = [];
  const verdict = (metric: string): string => {
    const g: GoalCheck | undefined = goals.get(metric);
    if (!g) return '';
    return `${g.goal}  ${g.met === null ? '—' : g.met ? 'met' : 'MISSED'}`;
  };
  const row = (what: string, value: string, metric = '') => rows.push([what, value, verdict(metric)]);

  row('dataset', `${num(r.dataset.projects)} projects, ${num(r.dataset.transfers)} transfers (seed ${r.dataset.seed})`);
  row('import, JSON parse excluded', `${num(r.import.transfersPerSec)} transfers/s (${num(r.import.importMs)} ms)`, 'import.transfersPerSec');
  row('import, JSON parse included', `${num(r.import.transfersPerSecWithJsonParse)} transfers/s (+${num(r.import.jsonParseMs)} ms parse)`);
  row('raw bulk insert, same rows and schema', `${num(r.import.rawInsertPerSec)} transfers/s`);
  row('import ÷ raw insert', num(r.import.ratio, 3), 'import.ratio');
  for (const [command, p] of Object.entries(r.commandLatencyMs)) {
    row(`/${command} latency p50 / p99`, `${ms(p.p50)} / ${ms(p.p99)}`, `commandLatencyMs.${command}.p99`);
  }
  row('echo bot latency p50 / p99', `${ms(r.echoLatencyMs.p50)} / ${ms(r.echoLatencyMs.p99)}`);
  const http = `HTTP, ${r.throughput.concurrency} in flight`;
  row(`throughput: bot, /reserved (${http})`, `${num(r.throughput.botUpdatesPerSec)} updates/s`);
  row(`throughput: bot, lookup mix (${http})`, `${num(r.throughput.mixUpdatesPerSec)} updates/s`);
  row(`throughput: echo bot (${http})`, `${num(r.throughput.echoUpdatesPerSec)} updates/s`);
  row('throughput: lookup mix ÷ echo', num(r.throughput.ratio, 3), 'throughput.ratio');
  const m = r.mixedLoad;
  row(`mixed load: ${m.users} users, ${Math.round(m.chartShare * 100)} % charts, ${m.thinkMs} ms reading`, `${num(m.updatesPerSec)} updates/s`);
  row('mixed load: lookup p50 / p99', `${ms(m.lookupP50Ms)} / ${ms(m.lookupP99Ms)}`, 'mixedLoad.lookupP99Ms');
  row('mixed load: chart p99', ms(m.chartP99Ms));
  row(`mixed load: ${m.users} lookups sent at the same instant, the last answered`, ms(m.burstLastMs));
  row('projection', `${num(r.projection.scenariosPerSec)} scenarios/s`);
  row(`fan-out (${num(r.fanout.subscribers)} subscribers, limit ${num(r.fanout.limitPerSec)}/s)`, `${num(r.fanout.achievedPerSec, 1)} alerts/s`, 'fanout.achievedPerSec');
  row('fan-out 429 answers', num(r.fanout.rateLimited429), 'fanout.rateLimited429');
  row('fan-out alerts sent twice', num(r.fanout.sentTwice), 'fanout.sentTwice');
  if (r.startup) {
    row('cold start through npm start → first answer', ms(r.startup.coldStartMs), 'startup.coldStartMs');
    row('bot process RSS after answering', `${num(r.startup.rssMb, 1)} MB`);
    row('bot process peak RSS, warmed up', `${num(r.startup.peakRssMb, 1)} MB`, 'startup.peakRssMb');
  } else {
    row('cold start', 'not measured');
  }

  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((x) => x[i].length), ['figure', 'measured', 'goal'][i]!.length));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const missed = r.goals.filter((g) => g.met === false).length;
  return [
    `Benchmark on ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}; took ${num(r.durationMs / 1000, 1)} s`,
    '',
    line(['figure', 'measured', 'goal']),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `Latency: an update handed to the bot → its answer accepted by a fake Bot API in another process over loopback HTTP, ${r.machine.cpus === 1 ? '1 core' : `${r.machine.cpus} cores`}.`,
    `${r.goals.length - missed} of ${r.goals.length} goals met.`,
  ].join('\n');
}
