import type { BudgetDb } from '../../db/client.js';
import { listSources, type Source } from '../../db/stores/catalogue-store.js';
import { reserveAccount } from '../ledger/accounts.js';
import { accountBalance } from '../ledger/balances.js';

export interface SourceReserve extends Source {
  /** Reserved money not yet given to a project, at the end of the date asked. */
  remaining: number;
}

export interface RemainingReserves {
  asOf: string;
  total: number;
  totalReserved: number;
  sources: SourceReserve[];
}

/** Remaining reserved funds: the sum of `reserve:*` balances, and per source, at the end of `asOf`. */
export function remainingReserves(db: BudgetDb, asOf: string, sourceId?: string): RemainingReserves {
  const picked = listSources(db)
    .filter((s) => sourceId === undefined || s.id === sourceId)
    .map((s) => ({ ...s, remaining: accountBalance(db, reserveAccount(s.id), asOf) ?? 0 }));
  return {
    asOf,
    total: picked.reduce((sum, s) => sum + s.remaining, 0),
    totalReserved: picked.reduce((sum, s) => sum + s.reserved, 0),
    sources: picked,
  };
}
