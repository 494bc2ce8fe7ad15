import { withBulkCache, type BudgetDb } from '../../db/client.js';
import {
  getProgramme,
  removeDatasetRows,
  sourceById,
  upsertAdministrator,
  upsertMacro,
  upsertPriorityEntry,
  upsertProgramme,
  upsertProject,
  upsertSource,
} from '../../db/stores/catalogue-store.js';
import { addAccount, withIndexesRebuiltAfter } from '../../db/stores/ledger-store.js';
import { inWriteTransaction } from '../../db/stores/transaction.js';
import { isIsoDate } from '../format/iso-date.js';
import { projectAccount, reserveAccount, SAVINGS } from '../ledger/accounts.js';
import { LedgerError } from '../ledger/ledger-error.js';
import { LedgerWriter, type RecognitionInput, type RecordedTransfer } from '../ledger/record-transfer.js';
import type { z } from 'zod';
import { datasetSchema, describeIssues, transferSchema, type Dataset } from './dataset-schema.js';

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
  recognitionsRecorded: number;
  transfersRecorded: number;
  transfersUnchanged: number;
}

export interface ImportOptions {
  now?: Date;
  /** Marks the data as the demo dataset, which a later import replaces instead of merging into. */
  asDemo?: boolean;
  /** Runs inside the import's transaction with what it recorded (the alert outbox). Only then are the recorded transfers kept in memory. */
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

/** From this many transfers on, an import builds the balance indexes after inserting rather than row by row. */
const BULK_TRANSFERS = 20_000;

/**
 * Validates a dataset and applies it in one IMMEDIATE transaction: all or nothing. Re-importing the
 * same file changes nothing (ids are idempotent; catalogue rows are updated in place). A file in
 * format 1 counts every reinvestment as savings recognised on its date.
 */
export function importDataset(db: BudgetDb, raw: unknown, options: ImportOptions = {}): ImportSummary {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    // Every problem at once, the transfers' too, in the order of the file.
    const problems: Problem[] = [...parsed.error.issues];
    rawTransfers(raw).forEach((value, index) => checkedTransfer(value, index, problems));
    throw new DatasetError(describeIssues(problems));
  }
  const data = parsed.data;
  return withBulkCache(db, () => inWriteTransaction(db, (): ImportSummary => {
    const replacedDemo = !options.asDemo && (getProgramme(db)?.isDemo ?? false);
    if (replacedDemo) removeDatasetRows(db);
    writeCatalogue(db, data, options.asDemo ?? false);
    const writer = new LedgerWriter(db, options.now ?? new Date());
    let recognitionsRecorded = 0;
    recognitionsOf(data).forEach(({ input, place }) => {
      try {
        if (writer.recognise(input).status === 'recorded') recognitionsRecorded += 1;
      } catch (error) {
        if (error instanceof LedgerError) throw new DatasetError([`${place}: ${error.message}`]);
        throw error;
      }
    });
    const recorded: RecordedTransfer[] | null = options.alsoInTransaction ? [] : null;
    let transfersRecorded = 0;
    let transfersUnchanged = 0;
    // Each transfer is checked as it is applied; its checked copy is garbage right after.
    const problems: Problem[] = [];
    const applyAll = () => {
      for (const index of ledgerOrder(data.transfers)) {
        const transfer = checkedTransfer(data.transfers[index], index, problems);
        // Once the file is known to be wrong, the rest is only checked, to list every problem.
        if (!transfer || problems.length > 0) continue;
        try {
          const outcome = writer.apply(transfer);
          if (outcome.status === 'recorded') {
            transfersRecorded += 1;
            recorded?.push(outcome.transfer);
          } else transfersUnchanged += 1;
        } catch (error) {
          if (error instanceof LedgerError) throw new DatasetError([`transfers[${index}]${fieldOf(error, transfer)}: ${error.message}`]);
          throw error;
        }
      }
    };
    if (data.transfers.length >= BULK_TRANSFERS) {
      // The writer reads every account's latest balance first, while the indexes still serve it.
      writer.preloadAllAccounts();
      withIndexesRebuiltAfter(db, applyAll);
    } else applyAll();
    if (problems.length > 0) throw new DatasetError(describeIssues(inFileOrder(problems)));
    if (recorded) options.alsoInTransaction?.(recorded);
    return {
      replacedDemo,
      sources: data.sources.length,
      priorities: data.priorities.length,
      projects: data.projects.length,
      recognitionsRecorded,
      transfersRecorded,
      transfersUnchanged,
    };
  }));
}

type Problem = Pick<z.core.$ZodIssue, 'path' | 'message'>;
type Transfer = z.infer<typeof transferSchema>;

/** The transfer at `index` of the file, checked; null, with its problems added to `problems`, when it is wrong. */
function checkedTransfer(value: unknown, index: number, problems: Problem[]): Transfer | null {
  const checked = transferSchema.safeParse(value);
  if (checked.success) return checked.data;
  for (const issue of checked.error.issues) problems.push({ path: ['transfers', index, ...issue.path], message: issue.message });
  return null;
}

/** Problems found in ledger order, put back in the file's order (a stable sort keeps each transfer's own order). */
function inFileOrder(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
}

function rawTransfers(raw: unknown): unknown[] {
  const transfers = typeof raw === 'object' && raw !== null ? (raw as { transfers?: unknown }).transfers : undefined;
  return Array.isArray(transfers) ? transfers : [];
}

/** The file's recognised savings; in format 1, one per reinvestment, on its date (a wrong transfer is left to the transfers' check). */
function recognitionsOf(data: Dataset): { input: RecognitionInput; place: string }[] {
  if (data.version === 2) return data.recognisedSavings.map((r, index) => ({ input: r, place: `recognisedSavings[${index}]` }));
  return data.transfers.flatMap((value, index) => {
    const t = (value as { from?: unknown } | null)?.from === SAVINGS ? checkedTransfer(value, index, []) : null;
    return t ? [{ input: { id: `recognised:${t.id}`, date: t.date, amount: t.amount, description: t.reason || 'reinvested savings', actor: t.actor }, place: `transfers[${index}]` }] : [];
  });
}

/** Transfers apply in date order, then file order (a stable sort of the indexes); one without a real date goes first, to be reported. */
function ledgerOrder(transfers: readonly unknown[]): number[] {
  const dates = transfers.map((t) => {
    const date = (t as { date?: unknown } | null)?.date;
    return typeof date === 'string' && isIsoDate(date) ? date : '';
  });
  return dates.map((_, index) => index).sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : a - b));
}

/** Which field of a transfer a ledger rule speaks of, for the error's place. */
function fieldOf(error: LedgerError, transfer: Transfer): string {
  switch (error.code) {
    case 'invalid-amount':
    case 'overdraft':
    case 'savings-not-recognised':
      return '.amount';
    case 'invalid-date':
    case 'out-of-date-order':
    case 'future-date':
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
    case 'invalid-description':
      return '';
  }
}

function writeCatalogue(db: BudgetDb, data: Dataset, asDemo: boolean): void {
  upsertProgramme(db, { ...data.programme, currency: data.currency, isDemo: asDemo });
  upsertMacro(db, data.macro);
  data.sources.forEach((source, index) => {
    const existing = sourceById(db, source.id);
    if (existing && existing.reserved !== source.reserved) {
      throw new DatasetError([
        `sources[${index}].reserved: ${source.reserved} differs from the recorded opening reserve ${existing.reserved}; ` +
          'an opening reserve cannot change after the fact (record a transfer instead)',
      ]);
    }
    upsertSource(db, { ...source, nameKk: source.nameKk ?? null, nameEn: source.nameEn ?? null });
    addAccount(db, reserveAccount(source.id), 'reserve');
  });
  for (const area of data.priorities) upsertPriorityEntry(db, { ...area, titleKk: area.titleKk ?? null, titleEn: area.titleEn ?? null });
  for (const project of data.projects) {
    upsertProject(db, { ...project, nameKk: project.nameKk ?? null, nameEn: project.nameEn ?? null });
    addAccount(db, projectAccount(project.id), 'project');
    if (project.owner) upsertAdministrator(db, { name: project.owner, nameKk: null, nameEn: null });
  }
  for (const a of data.administrators) upsertAdministrator(db, { name: a.name, nameKk: a.nameKk ?? null, nameEn: a.nameEn ?? null });
}
