import type { BudgetDb } from '../../db/client.js';
import { getMacro, getProgramme, listAdministrators, listPriorityEntries, listProjects, listSources } from '../../db/stores/catalogue-store.js';
import { eachTransfer, listRecognitions } from '../../db/stores/ledger-store.js';
import { DATASET_VERSION } from './dataset-schema.js';

type Write = (chunk: string) => void;

/** Names in other languages that the data does not give are left out of the file (they are optional). */
const withoutEmpty = <T extends object>(row: T): T => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as T;

/**
 * Writes the database as a dataset file (the import format, its newest version), so import →
 * export → import is lossless. Transfers stream one per line in ledger order: a million of them
 * never sit in memory.
 */
export function exportDataset(db: BudgetDb, write: Write): void {
  const programme = getProgramme(db);
  const macro = getMacro(db);
  if (!programme || !macro) throw new Error('the database holds no dataset yet (import one first)');
  const head = {
    version: DATASET_VERSION,
    currency: programme.currency,
    programme: { name: programme.name, administrator: programme.administrator, fiscalYear: programme.fiscalYear },
    macro,
    sources: listSources(db).map(withoutEmpty),
    priorities: listPriorityEntries(db).map(withoutEmpty),
    projects: listProjects(db).map(withoutEmpty),
    administrators: listAdministrators(db)
      .filter((a) => a.nameKk || a.nameEn)
      .map(withoutEmpty),
    recognisedSavings: listRecognitions(db).map(({ id, date, amount, description, actor }) => ({ id, date, amount, description, actor })),
  };
  const text = JSON.stringify(head, null, 2);
  write(`${text.slice(0, -2)},\n  "transfers": [`);
  let first = true;
  for (const { id, date, from, to, amount, reason, actor } of eachTransfer(db)) {
    write(`${first ? '' : ','}\n    ${JSON.stringify({ id, date, from, to, amount, reason, actor })}`);
    first = false;
  }
  write(first ? ']\n}\n' : '\n  ]\n}\n');
}
