import { COMMANDS } from './bench-commands.js';
import type { BenchResult } from './run-bench.js';

export interface GoalCheck {
  metric: string;
  value: number | null;
  goal: string;
  met: boolean | null;
}

type Measured = Omit<BenchResult, 'goals' | 'durationMs'>;

const show = (n: number): string => n.toLocaleString('en-US');

const atMost = (metric: string, value: number | null | undefined, limit: number, unit: string): GoalCheck => ({
  metric,
  value: value ?? null,
  goal: `≤ ${show(limit)}${unit}`,
  met: value == null ? null : value <= limit,
});

const atLeast = (metric: string, value: number | null | undefined, limit: number, unit: string): GoalCheck => ({
  metric,
  value: value ?? null,
  goal: `≥ ${show(limit)}${unit}`,
  met: value == null ? null : value >= limit,
});

/** The performance goals (targets, not assertions), each against what was measured. */
export function evaluateGoals(r: Measured): GoalCheck[] {
  const lookups = COMMANDS.filter((c) => c !== 'scenario');
  return [
    ...lookups.map((c) => atMost(`commandLatencyMs.${c}.p99`, r.commandLatencyMs[c].p99, 5, ' ms')),
    atMost('commandLatencyMs.scenario.p99', r.commandLatencyMs.scenario.p99, 25, ' ms'),
    atMost('mixedLoad.lookupP99Ms', r.mixedLoad.lookupP99Ms, 10, ' ms'),
    atLeast('throughput.ratio', r.throughput.ratio, 0.6, ' × echo'),
    atLeast('fanout.achievedPerSec', r.fanout.achievedPerSec, Math.round(0.95 * r.fanout.limitPerSec), '/s (95 % of the limit)'),
    atMost('fanout.rateLimited429', r.fanout.rateLimited429, 0, ''),
    atMost('fanout.sentTwice', r.fanout.sentTwice, 0, ''),
    atLeast('import.ratio', r.import.ratio, 0.6, ' × raw insert'),
    atMost('startup.coldStartMs', r.startup?.coldStartMs, 1000, ' ms'),
    atMost('startup.peakRssMb', r.startup?.peakRssMb, 150, ' MB'),
  ];
}
