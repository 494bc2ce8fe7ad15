import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';

export interface MacroFigures {
  baseYear: number;
  gdp: number;
  realGrowthPct: number;
}

/** The base year's GDP and baseline growth that default every projection; null before any dataset. */
export function macroFigures(db: BudgetDb): MacroFigures | null {
  // A cached prepared statement: drizzle's builder re-prepares the SQL on every call.
  const row = statement(db, 'SELECT base_year AS baseYear, gdp, real_growth_pct AS realGrowthPct FROM macro WHERE id = 1').get() as MacroFigures | undefined;
  return row ?? null;
}
