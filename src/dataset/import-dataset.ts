import { eq } from 'drizzle-orm';
import type { BudgetDb } from '../../db/client.js';
import { accounts, macro, priorities, programme, sources } from '../../db/schema.js';
import { statement } from '../../db/statements.js';
import { projectAccount, reserveAccount } from '../ledger/accounts.js';
import { LedgerError } from '../ledger/ledger-error.js';
import { LedgerWriter, type RecordedTransfer } from '../ledger/record-transfer.js';
import { datasetSchema, describeIssues, type Dataset } from './dataset-schema.js';

/** A file that cannot be imported: one line per problem, each naming its place (`transfers[12].amount: …`). */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'DatasetError';
  }
}

export interface ImportSummary {
  replacedDemo: boolean;
  sources: number;
  priorities: number;
  projects: number;
  transfersRecorded: number;
  transfersUnchanged: number;
  /** The transfers this import added, in ledger order (for `import --notify`). */
  recorded: RecordedTransfer[];
}

export interface ImportOptions {
  now?: Date;
  /** Marks the data as the demo dataset, which a later import replaces instead of merging into. */
  asDemo?: boolean;
  /** Runs inside the import's transaction with what it recorded (the alert outbox). */
  alsoInTransaction?: (recorded: RecordedTransfer[]) => void;
}

/** Parses the text of a dataset file; a syntax error becomes a DatasetError. */
export function parseDatasetText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetError([`(the file): not valid JSON (${(error as Error).message})`]);
  }
}

/**
 * Validates a dataset and applies it in one IMMEDIATE transaction: all or nothing. Re-importing the
 * same file changes nothing (transfer ids are idempotent; catalogue rows are updated in place).
 */
export function importDataset(db: BudgetDb, raw: unknown, options: ImportOptions = {}): ImportSummary {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) throw new DatasetError(describeIssues(parsed.error));
  const data = parsed.data;
  const run = db.$client.transaction((): ImportSummary => {
    const replacedDemo = !options.asDemo && removeDemoData(db);
    writeCatalogue(db, data, options.asDemo ?? false);
    const writer = new LedgerWriter(db, options.now ?? new Date());
    const recorded: RecordedTransfer[] = [];
    let unchanged = 0;
    const applyAll = () => {
      for (const index of ledgerOrder(data.transfers)) {
        const transfer = data.transfers[index]!;
        try {
          const outcome = writer.apply(transfer);
          if (outcome.status === 'recorded') recorded.push(outcome.transfer);
          else unchanged += 1;
        } catch (error) {
          if (error instanceof LedgerError) throw new DatasetError([`transfers[${index}]${fieldOf(error, transfer)}: ${error.message}`]);
          throw error;
        }
      }
    };
    if (data.transfers.length >= BULK_TRANSFERS) withBalanceIndexesRebuiltAfter(db, writer, applyAll);
    else applyAll();
    options.alsoInTransaction?.(recorded);
    return {
      replacedDemo,
      sources: data.sources.length,
      priorities: data.priorities.length,
      projects: data.projects.length,
      transfersRecorded: recorded.length,
      transfersUnchanged: unchanged,
      recorded,
    };
  });
  return run.immediate();
}

/** From this many transfers on, an import builds the balance indexes after inserting rather than row by row. */
const BULK_TRANSFERS = 20_000;

/**
 * A bulk import inserts faster without the two (account, date, seq) indexes and builds them once
 * at the end, sorted, inside the same transaction. The writer first reads every account's latest
 * balance (while the indexes still serve it), so it never needs them during the inserts.
 */
function withBalanceIndexesRebuiltAfter(db: BudgetDb, writer: LedgerWriter, insert: () => void): void {
  writer.preloadAllAccounts();
  const indexes = statement(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ('transfers_from_date', 'transfers_to_date')").all() as {
    name: string;
    sql: string;
  }[];
  for (const { name } of indexes) db.$client.exec(`DROP INDEX "${name}"`);
  insert();
  for (const { sql } of indexes) db.$client.exec(sql);
}

/** Transfers apply in date order, then file order (a stable sort of the indexes). */
function ledgerOrder(transfers: Dataset['transfers']): number[] {
  return transfers.map((_, index) => index).sort((a, b) => (transfers[a]!.date < transfers[b]!.date ? -1 : transfers[a]!.date > transfers[b]!.date ? 1 : a - b));
}

/** Which field of a transfer a ledger rule speaks of, for the error's place. */
function fieldOf(error: LedgerError, transfer: Dataset['transfers'][number]): string {
  switch (error.code) {
    case 'invalid-amount':
    case 'overdraft':
      return '.amount';
    case 'invalid-date':
    case 'out-of-date-order':
      return '.date';
    case 'invalid-id':
    case 'id-conflict':
      return '.id';
    case 'spent-paid-out':
    case 'same-account':
      return '.from';
    case 'savings-paid-into':
      return '.to';
    case 'unknown-account':
      return error.details.account === transfer.from ? '.from' : '.to';
  }
}

function writeCatalogue(db: BudgetDb, data: Dataset, asDemo: boolean): void {
  const programmeRow = { id: 1, ...data.programme, currency: data.currency, isDemo: asDemo };
  db.insert(programme).values(programmeRow).onConflictDoUpdate({ target: programme.id, set: programmeRow }).run();
  const macroRow = { id: 1, ...data.macro };
  db.insert(macro).values(macroRow).onConflictDoUpdate({ target: macro.id, set: macroRow }).run();

  data.sources.forEach((source, index) => {
    const existing = db.select().from(sources).where(eq(sources.id, source.id)).get();
    if (existing && existing.reserved !== source.reserved) {
      throw new DatasetError([
        `sources[${index}].reserved: ${source.reserved} differs from the recorded opening reserve ${existing.reserved}; ` +
          'an opening reserve cannot change after the fact (record a transfer instead)',
      ]);
    }
    db.insert(sources).values(source).onConflictDoUpdate({ target: sources.id, set: { name: source.name, amount: source.amount } }).run();
    db.insert(accounts).values({ id: reserveAccount(source.id), kind: 'reserve' }).onConflictDoNothing().run();
  });
  for (const area of data.priorities) {
    db.insert(priorities)
      .values(area)
      .onConflictDoUpdate({ target: [priorities.id, priorities.since], set: { title: area.title, rank: area.rank } })
      .run();
  }
  // Projects can number tens of thousands: prepared statements, not a query builder call per row.
  const upsertProject = statement(
    db,
    `INSERT INTO projects (id, name, priority, status, owner) VALUES (@id, @name, @priority, @status, @owner)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, priority = excluded.priority, status = excluded.status, owner = excluded.owner`,
  );
  const addAccount = statement(db, "INSERT INTO accounts (id, kind) VALUES (?, 'project') ON CONFLICT DO NOTHING");
  for (const project of data.projects) {
    upsertProject.run(project);
    addAccount.run(projectAccount(project.id));
  }
}

/**
 * While the database holds the demo dataset seeded on first start (and whatever was tried on it),
 * an import replaces it, so real data is never mixed with demo figures. Users, subscribers and the
 * audit log stay. The append-only triggers are lifted for this one purpose inside the import's
 * transaction and put back exactly as they were.
 */
function removeDemoData(db: BudgetDb): boolean {
  const row = db.select({ isDemo: programme.isDemo }).from(programme).get();
  if (!row?.isDemo) return false;
  const triggers = statement(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'transfers'").all() as {
    name: string;
    sql: string;
  }[];
  for (const { name } of triggers) db.$client.exec(`DROP TRIGGER "${name}"`);
  db.$client.exec(`DELETE FROM transfers; DELETE FROM projects; DELETE FROM priorities; DELETE FROM sources;
                   DELETE FROM accounts WHERE kind IN ('reserve', 'project'); DELETE FROM programme; DELETE FROM macro;`);
  for (const { sql } of triggers) db.$client.exec(sql);
  return true;
}
