import type { BudgetDb } from '../../db/client.js';
import { statement } from '../../db/statements.js';
import type { Dataset } from './dataset-schema.js';

type Write = (chunk: string) => void;

/**
 * Writes the database as a dataset file (the import format), so import → export → import is
 * lossless. Transfers stream one per line in ledger order: a million of them never sit in memory.
 */
export function exportDataset(db: BudgetDb, write: Write): void {
  const programmeRow = statement(db, 'SELECT name, administrator, fiscal_year AS fiscalYear, currency FROM programme WHERE id = 1').get() as
    | (Dataset['programme'] & { currency: 'KZT' })
    | undefined;
  const macroRow = statement(db, 'SELECT base_year AS baseYear, gdp, real_growth_pct AS realGrowthPct FROM macro WHERE id = 1').get() as
    | Dataset['macro']
    | undefined;
  if (!programmeRow || !macroRow) throw new Error('the database holds no dataset yet (import one first)');
  const { currency, ...programme } = programmeRow;
  const head = {
    version: 1,
    currency,
    programme,
    macro: macroRow,
    sources: statement(db, 'SELECT id, name, amount, reserved FROM sources ORDER BY seq').all(),
    priorities: statement(db, 'SELECT id, title, rank, since FROM priorities ORDER BY seq').all(),
    projects: statement(db, 'SELECT id, name, priority, status, owner FROM projects ORDER BY seq').all(),
  };
  const text = JSON.stringify(head, null, 2);
  write(`${text.slice(0, -2)},\n  "transfers": [`);
  let first = true;
  const rows = statement(
    db,
    'SELECT id, date, from_account AS "from", to_account AS "to", amount, reason, actor FROM transfers ORDER BY seq',
  ).iterate();
  for (const row of rows) {
    write(`${first ? '' : ','}\n    ${JSON.stringify(row)}`);
    first = false;
  }
  write(first ? ']\n}\n' : '\n  ]\n}\n');
}
