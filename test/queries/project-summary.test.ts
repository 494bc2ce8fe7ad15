import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listProjects } from '../../db/stores/catalogue-store.js';
import { outflowsOf } from '../../db/stores/ledger-store.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { projectAccount } from '../../src/ledger/accounts.js';
import { accountBalance } from '../../src/ledger/balances.js';
import { recordTransfer } from '../../src/ledger/record-transfer.js';
import { projectSummary } from '../../src/queries/project-summary.js';
import { loadDemoDataset } from '../helpers/datasets.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

// A project's card reads its totals from the ledger's running totals in memory: they must be the
// ledger's own sums, also right after a transfer and for a project nothing was given to.

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  importDataset(t.db, loadDemoDataset());
});
afterEach(() => t.close());

const fromLedger = (id: string) => {
  const account = projectAccount(id);
  const out = outflowsOf(t.db, account);
  const balance = accountBalance(t.db, account) ?? 0;
  return { balance, spent: out.spent, givenAway: out.passedOn, received: balance + out.spent + out.passedOn };
};

const summaryOf = (id: string) => {
  const { balance, spent, givenAway, received } = projectSummary(t.db, id)!;
  return { balance, spent, givenAway, received };
};

describe('projectSummary', () => {
  it("gives every project's figures as the ledger's own sums, before and after new transfers", () => {
    const ids = listProjects(t.db).map((p) => p.id);
    for (const id of ids) expect(summaryOf(id), id).toEqual(fromLedger(id));
    const [a, b] = ids;
    recordTransfer(t.db, { id: 'test-move-1', date: '2026-11-30', from: projectAccount(a!), to: projectAccount(b!), amount: 1_234_567, reason: 'test', actor: 'test' });
    recordTransfer(t.db, { id: 'test-move-2', date: '2026-11-30', from: projectAccount(b!), to: 'spent', amount: 7_654, reason: 'test', actor: 'test' });
    for (const id of [a!, b!]) expect(summaryOf(id), id).toEqual(fromLedger(id));
    expect(summaryOf(b!).spent).toBe(fromLedger(b!).spent);
  });

  it('says zero for a project nothing was given to yet, and null for one that does not exist', () => {
    const demo = loadDemoDataset();
    const fresh = tempDatabase();
    try {
      importDataset(fresh.db, { ...demo, projects: [...demo.projects, { ...demo.projects[0]!, id: 'new-project', name: 'Новый проект' }] });
      expect(projectSummary(fresh.db, 'new-project')).toMatchObject({ balance: 0, spent: 0, givenAway: 0, received: 0 });
      expect(projectSummary(fresh.db, 'no-such-project')).toBeNull();
    } finally {
      fresh.close();
    }
  });
});
