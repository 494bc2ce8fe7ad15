import type { BudgetDb } from '../../db/client.js';
import { integrityProblems } from '../../db/stores/file-store.js';
import { eachTransfer, listAccounts, listRecognitions, monthlyFlowMismatches, openingBalance } from '../../db/stores/ledger-store.js';
import { mayGoNegative, SAVINGS } from './accounts.js';
import { allBalances } from './balances.js';

export interface VerifyReport {
  transfers: number;
  accounts: number;
  openingReserves: number;
  recognised: number;
  reinvested: number;
  problems: string[];
}

/**
 * Checks the file itself (SQLite's integrity check), then re-derives every balance from the
 * transfers alone (a full pass, unlike the queries) and checks the invariants: stored running
 * balances equal the sums, nothing that may not go negative does, dates never go back per account,
 * no reinvestment exceeds the savings recognised by its date, and reserves + projects + spent =
 * opening reserves + reinvestment.
 */
export function verifyLedger(db: BudgetDb): VerifyReport {
  const fileProblems = integrityProblems(db);
  if (fileProblems.length > 0) {
    // A damaged file cannot be trusted to give its rows back: report that alone.
    return { transfers: 0, accounts: 0, openingReserves: 0, recognised: 0, reinvested: 0, problems: fileProblems.map((p) => `the database file is damaged: ${p}`) };
  }
  const problems: string[] = [];
  const kinds = new Map(listAccounts(db).map((a) => [a.id, a.kind]));
  const running = new Map<string, { balance: number; lastDate: string }>();
  for (const [id, kind] of kinds) running.set(id, { balance: openingBalance(db, id, kind), lastDate: '' });
  const recognitions = listRecognitions(db);
  let recognisedIndex = 0;
  let recognisedSoFar = 0;
  let reinvestedSoFar = 0;

  let count = 0;
  for (const transfer of eachTransfer(db)) {
    count += 1;
    const legs = [
      { account: transfer.from, delta: -transfer.amount, stored: transfer.fromBalanceAfter },
      { account: transfer.to, delta: transfer.amount, stored: transfer.toBalanceAfter },
    ];
    for (const leg of legs) {
      const state = running.get(leg.account);
      if (!state) {
        problems.push(`transfer ${transfer.id}: names the unknown account ${leg.account}`);
        continue;
      }
      state.balance += leg.delta;
      if (state.balance !== leg.stored) {
        problems.push(`transfer ${transfer.id}: stored balance of ${leg.account} is ${leg.stored}, the sum of transfers gives ${state.balance}`);
        state.balance = leg.stored;
      }
      if (state.balance < 0 && !mayGoNegative(kinds.get(leg.account)!)) problems.push(`transfer ${transfer.id}: ${leg.account} went negative (${state.balance})`);
      if (transfer.date < state.lastDate) problems.push(`transfer ${transfer.id}: dated ${transfer.date}, before an earlier movement of ${leg.account} (${state.lastDate})`);
      state.lastDate = transfer.date;
    }
    if (kinds.get(transfer.from) === 'spent') problems.push(`transfer ${transfer.id}: pays out of "spent"`);
    if (kinds.get(transfer.to) === 'savings') problems.push(`transfer ${transfer.id}: pays into "savings"`);
    if (transfer.from === SAVINGS) {
      while (recognisedIndex < recognitions.length && recognitions[recognisedIndex]!.date <= transfer.date) recognisedSoFar += recognitions[recognisedIndex++]!.amount;
      reinvestedSoFar += transfer.amount;
      if (reinvestedSoFar > recognisedSoFar) {
        problems.push(`transfer ${transfer.id}: reinvests more than the savings recognised by ${transfer.date} (${reinvestedSoFar} of ${recognisedSoFar})`);
      }
    }
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
  const reinvested = -(running.get(SAVINGS)?.balance ?? 0);
  if (held !== openingReserves + reinvested) {
    problems.push(`conservation: reserves + projects + spent = ${held}, but opening reserves + reinvestment = ${openingReserves + reinvested}`);
  }
  // The monthly roll-ups that answer questions about periods must say what the transfers say.
  for (const { account, month } of monthlyFlowMismatches(db)) problems.push(`monthly roll-up of ${account} for ${month} differs from its transfers`);
  const recognised = recognitions.reduce((sum, r) => sum + r.amount, 0);
  return { transfers: count, accounts: kinds.size, openingReserves, recognised, reinvested, problems };
}
