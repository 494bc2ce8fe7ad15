import type { BudgetDb } from '../../db/client.js';
import type { AccountKind } from '../../db/schema.js';
import { statement } from '../../db/statements.js';
import { mayGoNegative } from './accounts.js';
import { allBalances } from './balances.js';
import { openingBalance, type TransferRow } from './record-transfer.js';

export interface VerifyReport {
  transfers: number;
  accounts: number;
  openingReserves: number;
  reinvested: number;
  problems: string[];
}

/**
 * Re-derives every balance from the transfers alone (a full pass, unlike the queries) and checks the
 * invariants: stored running balances equal the sums, nothing that may not go negative does, dates
 * never go back per account, and reserves + projects + spent = opening reserves + reinvestment.
 */
export function verifyLedger(db: BudgetDb): VerifyReport {
  const problems: string[] = [];
  const kinds = new Map(
    (statement(db, 'SELECT id, kind FROM accounts').all() as { id: string; kind: AccountKind }[]).map((a) => [a.id, a.kind]),
  );
  const running = new Map<string, { balance: number; lastDate: string }>();
  for (const [id, kind] of kinds) running.set(id, { balance: openingBalance(db, id, kind), lastDate: '' });

  let count = 0;
  const rows = statement(db, 'SELECT * FROM transfers ORDER BY seq').iterate() as IterableIterator<TransferRow>;
  for (const row of rows) {
    count += 1;
    const legs = [
      { account: row.from_account, delta: -row.amount, stored: row.from_balance_after },
      { account: row.to_account, delta: row.amount, stored: row.to_balance_after },
    ];
    for (const leg of legs) {
      const state = running.get(leg.account);
      if (!state) {
        problems.push(`transfer ${row.id}: names the unknown account ${leg.account}`);
        continue;
      }
      state.balance += leg.delta;
      if (state.balance !== leg.stored) {
        problems.push(`transfer ${row.id}: stored balance of ${leg.account} is ${leg.stored}, the sum of transfers gives ${state.balance}`);
        state.balance = leg.stored;
      }
      if (state.balance < 0 && !mayGoNegative(kinds.get(leg.account)!)) {
        problems.push(`transfer ${row.id}: ${leg.account} went negative (${state.balance})`);
      }
      if (row.date < state.lastDate) problems.push(`transfer ${row.id}: dated ${row.date}, before an earlier movement of ${leg.account} (${state.lastDate})`);
      state.lastDate = row.date;
    }
    if (kinds.get(row.from_account) === 'spent') problems.push(`transfer ${row.id}: pays out of "spent"`);
    if (kinds.get(row.to_account) === 'savings') problems.push(`transfer ${row.id}: pays into "savings"`);
  }

  const current = allBalances(db);
  for (const [account, state] of running) {
    if (current[account] !== state.balance) problems.push(`${account}: balance query gives ${current[account]}, the transfers give ${state.balance}`);
  }
  let openingReserves = 0;
  let held = 0;
  for (const [account, kind] of kinds) {
    if (kind === 'reserve') openingReserves += openingBalance(db, account, kind);
    if (kind !== 'savings') held += running.get(account)!.balance;
  }
  const reinvested = -(running.get('savings')?.balance ?? 0);
  if (held !== openingReserves + reinvested) {
    problems.push(`conservation: reserves + projects + spent = ${held}, but opening reserves + reinvestment = ${openingReserves + reinvested}`);
  }
  return { transfers: count, accounts: kinds.size, openingReserves, reinvested, problems };
}
