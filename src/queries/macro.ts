import type { BudgetDb } from '../../db/client.js';
import { macro } from '../../db/schema.js';

export interface MacroFigures {
  baseYear: number;
  gdp: number;
  realGrowthPct: number;
}

/** The base year's GDP and baseline growth that default every projection; null before any dataset. */
export function macroFigures(db: BudgetDb): MacroFigures | null {
  const row = db.select().from(macro).get();
  return row ? { baseYear: row.baseYear, gdp: row.gdp, realGrowthPct: row.realGrowthPct } : null;
}
