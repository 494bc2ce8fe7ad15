import type { BudgetDb } from '../../db/client.js';
import { listRecognitions, reinvestments, type RecognitionRow } from '../../db/stores/ledger-store.js';

export interface SavingsSummary {
  /** The days covered (both included); `from` null: since the first record. */
  from: string | null;
  to: string;
  /** Savings and income from digitalisation recognised in the period. */
  recognised: number;
  /** What went back into reserves and projects in the period. */
  reinvested: number;
  /** Recognised and not yet reinvested, at the period's end. */
  left: number;
  /** Where the period's reinvested money went, largest first. */
  destinations: { account: string; amount: number }[];
  /** The period's latest recognitions, newest first. */
  latest: RecognitionRow[];
}

const within = (date: string, from: string | null, to: string) => (from === null || date >= from) && date <= to;

/**
 * Recognised, reinvested and left-to-reinvest savings in a period (default: everything up to `to`),
 * with where the reinvested money went. Savings records are few; they are read whole.
 */
export function savingsSummary(db: BudgetDb, period: { from: string | null; to: string }, latest = 5): SavingsSummary {
  const { from, to } = period;
  const recognitions = listRecognitions(db);
  const moves = reinvestments(db);
  const sum = (amounts: number[]) => amounts.reduce((s, a) => s + a, 0);
  const recognised = sum(recognitions.filter((r) => within(r.date, from, to)).map((r) => r.amount));
  const reinvestedIn = moves.filter((t) => within(t.date, from, to));
  const byDestination = new Map<string, number>();
  for (const t of reinvestedIn) byDestination.set(t.to, (byDestination.get(t.to) ?? 0) + t.amount);
  return {
    from,
    to,
    recognised,
    reinvested: sum(reinvestedIn.map((t) => t.amount)),
    left: sum(recognitions.filter((r) => r.date <= to).map((r) => r.amount)) - sum(moves.filter((t) => t.date <= to).map((t) => t.amount)),
    destinations: [...byDestination].map(([account, amount]) => ({ account, amount })).sort((a, b) => b.amount - a.amount),
    latest: recognitions.filter((r) => within(r.date, from, to)).slice(-latest).reverse(),
  };
}
