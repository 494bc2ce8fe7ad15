import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';
import { reserveAccount } from '../ledger/accounts.js';
import { accountBalance } from '../ledger/balances.js';

export interface SourceReserve {
  id: string;
  name: string;
  /** The source's whole funding. */
  amount: number;
  /** The opening reserve for the programme. */
  reserved: number;
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
  // A cached prepared statement: drizzle's builder re-prepares the SQL on every call.
  const rows = statement(db, 'SELECT id, name, amount, reserved FROM sources ORDER BY seq').all() as Omit<SourceReserve, 'remaining'>[];
  const picked = rows
    .filter((s) => sourceId === undefined || s.id === sourceId)
    .map((s) => ({
      id: s.id,
      name: s.name,
      amount: s.amount,
      reserved: s.reserved,
      remaining: accountBalance(db, reserveAccount(s.id), asOf) ?? 0,
    }));
  return {
    asOf,
    total: picked.reduce((sum, s) => sum + s.remaining, 0),
    totalReserved: picked.reduce((sum, s) => sum + s.reserved, 0),
    sources: picked,
  };
}
