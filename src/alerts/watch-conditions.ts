import type { BudgetDb } from '../../db/client.js';
import { spendingDates } from '../../db/stores/ledger-store.js';
import type { WatchRow } from '../../db/stores/watches-store.js';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { accountBalance } from '../ledger/balances.js';
import { projectAccount, reserveAccount } from '../ledger/accounts.js';
import { answerQuery } from '../queries/answer-query.js';
import { loadCatalogue } from '../queries/catalogue.js';

/** Whether a watch's condition holds today, and the figure it was judged on. */
export interface WatchState {
  holds: boolean;
  /** Tenge (reserve), basis points (execution), or days (idle). */
  figure: number;
  /** Idle watches: the day of the last payment (or of the first money in). */
  since?: string | null;
  /** The watched thing is gone from the data (a replaced dataset): the watch never fires. */
  missing?: boolean;
}

/** `area:<id>` / `owner:<name>` → the query layer's scope. */
export const executionScope = (target: string) =>
  target.startsWith('area:') ? { kind: 'area' as const, id: target.slice(5) } : { kind: 'administrator' as const, id: target.slice(6) };

export function watchState(db: BudgetDb, watch: WatchRow, today: string): WatchState {
  const catalogue = loadCatalogue(db);
  switch (watch.kind) {
    case 'reserve': {
      const source = catalogue.sources.get(watch.target);
      if (!source) return { holds: false, figure: 0, missing: true };
      const free = accountBalance(db, reserveAccount(source.id)) ?? 0;
      // A share is of the part reserved for the programme: free × 10 000 < bp × reserved, in integers.
      const holds = watch.unit === 'bp' ? free * 10_000 < watch.threshold * source.reserved : free < watch.threshold;
      return { holds, figure: free };
    }
    case 'idle': {
      if (!catalogue.projects.has(watch.target)) return { holds: false, figure: 0, missing: true };
      const { lastSpent, firstIn } = spendingDates(db, projectAccount(watch.target));
      const since = lastSpent ?? firstIn ?? watch.createdAt.slice(0, 10);
      const days = differenceInCalendarDays(parseISO(today), parseISO(since));
      return { holds: days >= watch.threshold, figure: days, since: lastSpent ?? firstIn };
    }
    case 'execution': {
      const scope = executionScope(watch.target);
      const known = scope.kind === 'area' ? catalogue.areas.has(scope.id) : catalogue.administrators.has(scope.id);
      if (!known) return { holds: false, figure: 0, missing: true };
      const answer = answerQuery(db, { measure: 'execution', scope }, today);
      const bp = Math.round(answer.total * 100);
      return { holds: watch.byDate !== null && today >= watch.byDate && bp < watch.threshold, figure: bp };
    }
  }
}
