import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import type { DatasetInput } from '../../src/dataset/dataset-schema.js';
import { exportDataset } from '../../src/dataset/export-dataset.js';
import { DatasetError, importDataset, parseDatasetText } from '../../src/dataset/import-dataset.js';
import { allBalances } from '../../src/ledger/balances.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { generateDataset } from '../../src/bench/generate-dataset.js';
import { loadExampleDataset, smallDataset } from '../helpers/datasets.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
});
afterEach(() => t.close());

const exported = (): string => {
  let text = '';
  try {
    exportDataset(t.db, (chunk) => (text += chunk));
  } catch {
    return ''; // an empty database has nothing to export
  }
  return text;
};

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  throw new Error('expected a DatasetError');
}

describe('import', () => {
  it('applies the example file and matches its balances', () => {
    const summary = importDataset(t.db, loadExampleDataset());
    expect(summary.transfersRecorded).toBe(35);
    const balances = allBalances(t.db);
    expect(balances['reserve:republican-budget']).toBe(235_700_000_000);
    expect(balances.spent).toBe(356_700_000_000);
    expect(balances['project:kazllm']).toBe(8_900_000_000);
  });

  it('changes nothing when the same file is imported again', () => {
    importDataset(t.db, loadExampleDataset());
    const before = exported();
    const again = importDataset(t.db, loadExampleDataset());
    expect(again.transfersRecorded).toBe(0);
    expect(again.transfersUnchanged).toBe(35);
    expect(exported()).toBe(before);
  });

  it('round-trips: import → export → import gives the same export', () => {
    importDataset(t.db, loadExampleDataset());
    const first = exported();
    const other = tempDatabase();
    try {
      importDataset(other.db, parseDatasetText(first));
      let second = '';
      exportDataset(other.db, (chunk) => (second += chunk));
      expect(second).toBe(first);
      expect(allBalances(other.db)).toEqual(allBalances(t.db));
    } finally {
      other.close();
    }
  });

  it('applies transfers in date order, then file order', () => {
    let order: string[] = [];
    importDataset(
      t.db,
      smallDataset([
        { id: 's', date: '2026-04-01', from: 'project:a', to: 'spent', amount: 50, reason: '', actor: '' },
        { id: 'a', date: '2026-03-01', from: 'reserve:budget', to: 'project:a', amount: 100, reason: '', actor: '' },
      ]),
      { alsoInTransaction: (recorded) => (order = recorded.map((r) => r.id)) },
    );
    expect(order).toEqual(['a', 's']);
  });

  const broken: [string, (d: DatasetInput) => unknown, RegExp][] = [
    ['a wrong type', (d) => ((d.transfers[1]!.amount as unknown) = '100'), /^transfers\[1\]\.amount: /],
    ['a fraction of a tenge', (d) => (d.transfers[1]!.amount = 10.5), /^transfers\[1\]\.amount: must be a whole number/],
    ['an unknown account', (d) => (d.transfers[1]!.to = 'project:nowhere'), /^transfers\[1\]\.to: unknown account "project:nowhere"/],
    ['an overdraft', (d) => (d.transfers[1]!.amount = 999_999_999), /^transfers\[1\]\.amount: .*holds/],
    ['a repeated id with other content', (d) => (d.transfers[1]!.id = 't1'), /^transfers\[1\]\.id: .*already recorded/],
    ['a bad date', (d) => (d.transfers[0]!.date = '2026-13-01'), /^transfers\[0\]\.date: must be a real date/],
    ['an unknown priority area', (d) => (d.projects[0]!.priority = 'space'), /^projects\[0\]\.priority: .*"space"/],
    ['reserved above amount', (d) => (d.sources[0]!.reserved = 9_000_000), /^sources\[0\]\.reserved: must not exceed amount/],
    ['a repeated project', (d) => d.projects.push({ ...d.projects[0]! }), /^projects\[3\]\.id: repeats "a"/],
    ['a missing section', (d) => delete (d as Partial<DatasetInput>).sources, /^sources: /],
  ];

  it.each(broken)('refuses %s, names the place, and changes nothing', (_name, breakIt, message) => {
    importDataset(t.db, smallDataset([{ id: 't0', date: '2026-02-01', from: 'reserve:fund', to: 'project:b', amount: 5, reason: '', actor: '' }]));
    const before = exported();
    const data = smallDataset([
      { id: 't1', date: '2026-03-01', from: 'reserve:budget', to: 'project:a', amount: 100, reason: '', actor: '' },
      { id: 't2', date: '2026-03-02', from: 'project:a', to: 'project:c', amount: 40, reason: '', actor: '' },
    ]);
    breakIt(data);
    const problems = problemsOf(() => importDataset(t.db, data));
    expect(problems[0]).toMatch(message);
    expect(exported()).toBe(before);
  });

  it("lists every problem in the file's order: the catalogue's and each transfer's, however the transfers are dated", () => {
    const data = smallDataset([
      { id: 'late', date: '2026-05-01', from: 'reserve:budget', to: 'project:a', amount: 1.5, reason: '', actor: '' },
      { id: 'ok', date: '2026-03-01', from: 'reserve:budget', to: 'project:a', amount: 100, reason: '', actor: '' },
      { id: 'early', date: '2026-02-01', from: 'reserve:budget', to: 'nowhere', amount: 7, reason: '', actor: '' },
    ]);
    expect(problemsOf(() => importDataset(t.db, data))).toEqual([
      'transfers[0].amount: must be a whole number of tenge (no fractions, at most 9 007 199 254 740 991)',
      'transfers[2].to: must be reserve:<source>, project:<project>, spent or savings',
    ]);
    data.projects[0]!.priority = 'space';
    const problems = problemsOf(() => importDataset(t.db, data));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^projects\[0\]\.priority: /);
    expect(problems.slice(1).map((p) => p.split(':')[0])).toEqual(['transfers[0].amount', 'transfers[2].to']);
    expect(exported()).toBe('');
  });

  it('refuses a reinvestment of format 1 that is wrong, without recording its savings', () => {
    const data = smallDataset([{ id: 'r', date: '2026-03-01', from: 'savings', to: 'project:a', amount: -5, reason: 'cloud', actor: '' }]);
    data.version = 1;
    expect(problemsOf(() => importDataset(t.db, data))).toEqual(['transfers[0].amount: must be a positive whole number of tenge']);
    expect(exported()).toBe('');
  });

  it('refuses text that is not JSON', () => {
    expect(problemsOf(() => parseDatasetText('{"version": 1,'))[0]).toMatch(/^\(the file\): not valid JSON/);
  });

  it('refuses to change an opening reserve after the fact', () => {
    importDataset(t.db, smallDataset());
    const data = smallDataset();
    data.sources[0]!.reserved = 1_000_001;
    expect(problemsOf(() => importDataset(t.db, data))[0]).toMatch(/^sources\[0\]\.reserved: .*opening reserve/);
  });

  it('replaces the demo dataset instead of mixing with it', () => {
    seedDemoIfEmpty(t.db);
    expect(Object.keys(allBalances(t.db))).toContain('project:kazllm');
    const summary = importDataset(t.db, smallDataset([{ id: 'k', date: '2026-03-01', from: 'reserve:budget', to: 'project:a', amount: 9, reason: '', actor: '' }]));
    expect(summary.replacedDemo).toBe(true);
    expect(Object.keys(allBalances(t.db))).toEqual(['reserve:budget', 'reserve:fund', 'project:a', 'project:b', 'project:c', 'spent', 'savings']);
    expect(() => t.db.$client.prepare('DELETE FROM transfers').run()).toThrow(/append-only/);
    expect(importDataset(t.db, smallDataset()).replacedDemo).toBe(false);
    expect(allBalances(t.db)['project:a']).toBe(9);
  });
});

describe('bulk import', () => {
  it('builds the indexes and monthly roll-ups after the rows and keeps every rule and balance', () => {
    const data = generateDataset({ projects: 40, transfers: 25_000, seed: 7 });
    const version = () => (t.db.$client.prepare('SELECT version FROM budget_version').get() as { version: number }).version;
    importDataset(t.db, { ...data, transfers: [] });
    const before = version();
    const summary = importDataset(t.db, data);
    expect(summary.transfersRecorded).toBe(25_000);
    const indexes = (t.db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transfers'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['transfers_from_date', 'transfers_to_date', 'transfers_date', 'transfers_id']));
    expect(verifyLedger(t.db).problems).toEqual([]);
    // The per-row version trigger is back, and the import raised the version once, not per row.
    const triggers = t.db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = 'transfers_insert_bumps_version'").all();
    expect(triggers).toHaveLength(1);
    // Not once per transfer (25 000): each recognised saving and catalogue row still raises it, and they are few.
    expect(version() - before).toBeLessThan(summary.recognitionsRecorded + 1000);
    // Re-importing the same big file records nothing (idempotent ids, looked up in the ledger now).
    expect(importDataset(t.db, data).transfersUnchanged).toBe(25_000);
    const broken = { ...data, transfers: [...data.transfers, { ...data.transfers[0]!, amount: data.transfers[0]!.amount + 1 }] };
    expect(problemsOf(() => importDataset(t.db, broken))[0]).toMatch(/^transfers\[25000\]\.id: .*already recorded/);
  });

  it('merges a second big file into a ledger that has transfers, roll-ups included', () => {
    const data = generateDataset({ projects: 40, transfers: 21_000, seed: 9 });
    const inOrder = [...data.transfers].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    importDataset(t.db, { ...data, transfers: inOrder.slice(0, 500) });
    const summary = importDataset(t.db, data);
    expect([summary.transfersUnchanged, summary.transfersRecorded]).toEqual([500, 20_500]);
    expect(verifyLedger(t.db).problems).toEqual([]);
  });

  it('refuses a repeated id with other content inside one big file', () => {
    const data = generateDataset({ projects: 40, transfers: 21_000, seed: 8 });
    data.transfers.push({ ...data.transfers[5]!, reason: 'changed' });
    expect(problemsOf(() => importDataset(t.db, data))[0]).toMatch(/^transfers\[21000\]\.id: .*already recorded/);
    expect(exported()).toBe('');
  });
});

describe('names in three languages', () => {
  it("imports, exports and answers in the names a file gives in Kazakh and English", () => {
    const data = smallDataset([{ id: 'k1', date: '2026-03-01', from: 'reserve:budget', to: 'project:a', amount: 900, reason: '', actor: '' }]);
    data.sources[0] = { ...data.sources[0]!, nameKk: 'Бюджет (қаз)', nameEn: 'Budget (en)' };
    data.projects[0] = { ...data.projects[0]!, nameKk: 'А жобасы', nameEn: 'Project A (en)' };
    data.priorities = data.priorities.map((p) => (p.id === 'ai' ? { ...p, titleKk: 'ЖИ', titleEn: 'Artificial intelligence' } : p));
    data.administrators = [{ name: 'X', nameKk: 'Икс', nameEn: 'Ex' }];
    importDataset(t.db, data);
    const first = exported();
    const parsed = JSON.parse(first) as DatasetInput;
    expect(parsed.sources.find((s) => s.id === 'budget')).toMatchObject({ nameKk: 'Бюджет (қаз)', nameEn: 'Budget (en)' });
    expect(parsed.projects.find((p) => p.id === 'a')).toMatchObject({ nameKk: 'А жобасы', nameEn: 'Project A (en)' });
    expect(parsed.priorities.filter((p) => p.id === 'ai').every((p) => p.titleKk === 'ЖИ')).toBe(true);
    expect(parsed.administrators).toEqual(expect.arrayContaining([{ name: 'X', nameKk: 'Икс', nameEn: 'Ex' }]));
    const other = tempDatabase();
    try {
      importDataset(other.db, parsed);
      let again = '';
      exportDataset(other.db, (chunk) => (again += chunk));
      expect(again).toBe(first);
    } finally {
      other.close();
    }
  });

  it('still reads a file with only the official names', () => {
    importDataset(t.db, loadExampleDataset());
    const parsed = JSON.parse(exported()) as DatasetInput;
    expect(parsed.projects.every((p) => p.nameKk === undefined || p.nameKk === null)).toBe(true);
  });
});
