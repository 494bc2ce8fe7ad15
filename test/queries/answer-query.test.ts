import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { readLedgerSnapshot } from '../../db/stores/ledger-snapshot-store.js';
import { eachTransfer, lastSeq, listAccounts } from '../../db/stores/ledger-store.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { accountBalance } from '../../src/ledger/balances.js';
import { recordTransfer } from '../../src/ledger/record-transfer.js';
import { answerQuery } from '../../src/queries/answer-query.js';
import { LedgerIndex } from '../../src/queries/ledger-index.js';
import { smallDataset } from '../helpers/datasets.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
});
afterEach(() => t.close());

const TODAY = '2026-11-30';
const range = (from: string, to: string) => ({ kind: 'range' as const, from, to, grain: 'days' as const });

describe('answers on the demo data (figures checked by hand against the ledger)', () => {
  beforeEach(() => seedDemoIfEmpty(t.db));

  it('totals, periods and as-of figures', () => {
    const ask = (q: Parameters<typeof answerQuery>[1]) => answerQuery(t.db, q, TODAY);
    expect(ask({ measure: 'spent', scope: { kind: 'programme' } }).total).toBe(419_925_000_000);
    expect(ask({ measure: 'spent', scope: { kind: 'programme' }, period: range('2026-04-01', '2026-04-30') }).total).toBe(53_000_000_000);
    expect(ask({ measure: 'spent', scope: { kind: 'programme' }, period: range('2026-07-01', '2026-09-30') }).total).toBe(32_750_000_000);
    expect(ask({ measure: 'spent', scope: { kind: 'programme' }, period: range('2026-06-01', '2026-06-30') }).total).toBe(126_500_000_000);
    expect(ask({ measure: 'freeReserve', scope: { kind: 'source', id: 'republican-budget' }, period: { kind: 'asOf', date: '2026-05-01' } }).total).toBe(228_300_000_000);
    expect(ask({ measure: 'balance', scope: { kind: 'administrator', id: 'Astana Hub' } }).total).toBe(20_775_000_000);
    expect(ask({ measure: 'balance', scope: { kind: 'programme' } }).total).toBe(303_825_000_000);
    expect(ask({ measure: 'allocated', scope: { kind: 'programme' } }).total).toBe(737_750_000_000);
    expect(ask({ measure: 'reserved', scope: { kind: 'programme' } }).total).toBe(1_060_000_000_000);
    expect(ask({ measure: 'funding', scope: { kind: 'programme' } }).total).toBe(6_600_000_000_000);
    expect(ask({ measure: 'spent', scope: { kind: 'area', id: 'cybersecurity' } }).total).toBe(29_000_000_000);
  });

  it('execution: spent over spent plus what is left', () => {
    expect(answerQuery(t.db, { measure: 'execution', scope: { kind: 'project', id: 'kazllm' } }, TODAY).total).toBeCloseTo(80.75, 10);
    expect(answerQuery(t.db, { measure: 'execution', scope: { kind: 'programme' } }, TODAY).total).toBeCloseTo(58.02, 2);
    const areas = answerQuery(t.db, { measure: 'execution', scope: { kind: 'programme' }, groupBy: 'area', rank: { order: 'bottom', n: 1 } }, TODAY);
    expect(areas.rows).toMatchObject([{ key: 'ai-talent' }]);
    expect(areas.rows[0]!.value).toBeCloseTo(25.4, 1);
  });

  it('rankings, zeros, breakdowns and a project’s money by source', () => {
    const top = answerQuery(t.db, { measure: 'balance', scope: { kind: 'programme' }, rank: { order: 'top', n: 3 } }, TODAY);
    expect(top.rows.map((r) => r.key)).toEqual(['rural-broadband', 'cyber-shield', 'national-supercomputer']);
    // The smallest balances, and the smallest that are not zero ("нулевые не считать").
    const least = answerQuery(t.db, { measure: 'balance', scope: { kind: 'programme' }, rank: { order: 'bottom', n: 3 } }, TODAY);
    expect(least.rows.some((r) => r.value === 0)).toBe(true);
    const leastSome = answerQuery(t.db, { measure: 'balance', scope: { kind: 'programme' }, rank: { order: 'bottom', n: 3, nonZero: true } }, TODAY);
    expect(leastSome.rows).toHaveLength(3);
    expect(leastSome.rows.every((r) => r.value > 0)).toBe(true);
    // A reserve is a source's: a breakdown of reserves by project is by source.
    const free = answerQuery(t.db, { measure: 'freeReserve', scope: { kind: 'programme' }, groupBy: 'project' }, TODAY);
    expect(free.query.groupBy).toBe('source');
    expect(free.rows.map((r) => r.key).sort()).toEqual(answerQuery(t.db, { measure: 'freeReserve', scope: { kind: 'programme' }, groupBy: 'source' }, TODAY).rows.map((r) => r.key).sort());
    // Every one that has some, largest first ("leave out the zeros"): the total is unchanged.
    const everySome = answerQuery(t.db, { measure: 'balance', scope: { kind: 'programme' }, rank: { nonZero: true } }, TODAY);
    const every = answerQuery(t.db, { measure: 'balance', scope: { kind: 'programme' }, groupBy: 'project' }, TODAY);
    expect(everySome.rows).toEqual(every.rows.filter((r) => r.value !== 0));
    expect(everySome.rows.length).toBeLessThan(every.rows.length);
    expect(everySome.total).toBe(every.total);
    // Execution at 0 % is left out too when asked.
    const slowest = answerQuery(t.db, { measure: 'execution', scope: { kind: 'programme' }, groupBy: 'project', rank: { order: 'bottom', n: 3 } }, TODAY);
    expect(slowest.rows.some((r) => r.value === 0)).toBe(true);
    const slowestSome = answerQuery(t.db, { measure: 'execution', scope: { kind: 'programme' }, groupBy: 'project', rank: { order: 'bottom', n: 3, nonZero: true } }, TODAY);
    expect(slowestSome.rows.length).toBeGreaterThan(0);
    expect(slowestSome.rows.every((r) => r.value > 0)).toBe(true);
    const idle = answerQuery(t.db, { measure: 'spent', scope: { kind: 'programme' }, rank: { zero: true } }, TODAY);
    expect(idle.rows.map((r) => r.key)).toEqual(['akmola-data-center', 'satellite-internet']);
    const byAdmin = answerQuery(t.db, { measure: 'spent', scope: { kind: 'programme' }, groupBy: 'administrator' }, TODAY);
    expect(byAdmin.rows[0]).toEqual({ key: 'МЦРИАП', value: 262_350_000_000 });
    const sources = answerQuery(t.db, { measure: 'received', scope: { kind: 'project', id: 'national-supercomputer' }, groupBy: 'source' }, TODAY);
    expect(sources.rows).toEqual([
      { key: 'republican-budget', value: 180_000_000_000 },
      { key: 'national-fund', value: 120_000_000_000 },
    ]);
    const months = answerQuery(t.db, { measure: 'spent', scope: { kind: 'programme' }, groupBy: 'month', period: range('2026-03-01', '2026-06-30') }, TODAY);
    expect(months.rows).toEqual([
      { key: '2026-03', value: 177_200_000_000 },
      { key: '2026-04', value: 53_000_000_000 },
      { key: '2026-05', value: 0 },
      { key: '2026-06', value: 126_500_000_000 },
    ]);
  });

  it('what one source allocated, by the project, area and administrator that got it', () => {
    const expected = new Map<string, number>();
    for (const x of eachTransfer(t.db)) {
      if (x.from === 'reserve:national-fund' && x.to.startsWith('project:') && x.date <= '2026-06-30') expected.set(x.to.slice(8), (expected.get(x.to.slice(8)) ?? 0) + x.amount);
    }
    const period = { kind: 'asOf' as const, date: '2026-06-30' };
    const byProject = answerQuery(t.db, { measure: 'allocated', scope: { kind: 'source', id: 'national-fund' }, groupBy: 'project', period }, TODAY);
    expect(expected.size).toBeGreaterThan(1);
    expect(new Map(byProject.rows.map((r) => [r.key, r.value]))).toEqual(expected);
    const whole = answerQuery(t.db, { measure: 'allocated', scope: { kind: 'source', id: 'national-fund' }, period }, TODAY).total;
    expect(byProject.total).toBe(whole);
    const byArea = answerQuery(t.db, { measure: 'allocated', scope: { kind: 'source', id: 'national-fund' }, groupBy: 'area', period }, TODAY);
    expect(byArea.rows.reduce((sum, r) => sum + r.value, 0)).toBe(whole);
    // Those that got nothing from it are every other project.
    const none = answerQuery(t.db, { measure: 'allocated', scope: { kind: 'source', id: 'national-fund' }, groupBy: 'project', rank: { zero: true }, period }, TODAY);
    expect(none.rows.length).toBeGreaterThan(0);
    for (const row of none.rows) expect(expected.has(row.key)).toBe(false);
  });

  it('money passed on: to other projects alone, or with what went back to reserves, also by month', () => {
    const agro = tempDatabase();
    try {
      importDataset(agro.db, JSON.parse(readFileSync(new URL('../fixtures/meeting/agrocifra-dataset.json', import.meta.url), 'utf8')));
      const ask = (q: Parameters<typeof answerQuery>[1]) => answerQuery(agro.db, q, TODAY);
      const aral = { kind: 'project' as const, id: 'agr-aral-salinity' };
      expect(ask({ measure: 'reallocated', scope: aral }).total).toBe(203_418_706);
      expect(ask({ measure: 'passedOn', scope: aral }).total).toBe(654_565_851);
      // What a project passed on is not split by the source it came from: asked so, it is answered
      // whole, with a note, not as the project's receipts by source.
      const bySource = ask({ measure: 'reallocated', scope: aral, groupBy: 'source' });
      expect(bySource).toMatchObject({ total: 203_418_706, rows: [], notBySource: true });
      expect(bySource.query.groupBy).toBeUndefined();
      const year = range('2026-01-01', '2026-11-30');
      for (const measure of ['passedOn', 'reallocated'] as const) {
        const months = ask({ measure, scope: { kind: 'programme' }, groupBy: 'month', period: year });
        expect(months.rows.reduce((sum, r) => sum + r.value, 0)).toBe(ask({ measure, scope: { kind: 'programme' }, period: year }).total);
      }
    } finally {
      agro.close();
    }
  });

  it('follows new transfers (also from another connection) without being rebuilt', () => {
    const before = answerQuery(t.db, { measure: 'spent', scope: { kind: 'programme' } }, TODAY).total;
    recordTransfer(t.db, { id: 'later', date: '2026-11-29', from: 'project:kazllm', to: 'spent', amount: 775_000_000, reason: 'x', actor: 'y' });
    expect(answerQuery(t.db, { measure: 'spent', scope: { kind: 'programme' } }, TODAY).total).toBe(before + 775_000_000);
    expect(answerQuery(t.db, { measure: 'balance', scope: { kind: 'project', id: 'kazllm' }, period: { kind: 'asOf', date: '2026-11-28' } }, TODAY).total).toBe(5_775_000_000);
    expect(answerQuery(t.db, { measure: 'balance', scope: { kind: 'project', id: 'kazllm' } }, TODAY).total).toBe(5_000_000_000);
  });
});

describe('what projects gave back, by the reserve it went into', () => {
  it('counts releases into each reserve, not allocations out of it', () => {
    importDataset(
      t.db,
      smallDataset([
        { id: 't1', date: '2026-03-02', from: 'reserve:budget', to: 'project:a', amount: 400_000, reason: 'start', actor: 'test' },
        { id: 't2', date: '2026-03-02', from: 'reserve:fund', to: 'project:a', amount: 300_000, reason: 'start', actor: 'test' },
        { id: 't3', date: '2026-06-10', from: 'project:a', to: 'reserve:fund', amount: 120_000, reason: 'savings back', actor: 'test' },
        { id: 't4', date: '2026-07-10', from: 'project:a', to: 'reserve:budget', amount: 5_000, reason: 'closing', actor: 'test' },
      ]),
    );
    for (const scope of [{ kind: 'project' as const, id: 'a' }, { kind: 'programme' as const }]) {
      const back = answerQuery(t.db, { measure: 'released', scope, groupBy: 'source' }, TODAY);
      expect(Object.fromEntries(back.rows.map((r) => [r.key, r.value]))).toEqual({ fund: 120_000, budget: 5_000 });
    }
    // What came back into one reserve, in all and in a period, and by the project that gave it.
    expect(answerQuery(t.db, { measure: 'released', scope: { kind: 'source', id: 'fund' } }, TODAY).total).toBe(120_000);
    expect(answerQuery(t.db, { measure: 'released', scope: { kind: 'source', id: 'budget' }, period: range('2026-07-01', '2026-07-31') }, TODAY).total).toBe(5_000);
    expect(answerQuery(t.db, { measure: 'released', scope: { kind: 'source', id: 'budget' }, period: range('2026-06-01', '2026-06-30') }, TODAY).total).toBe(0);
    expect(answerQuery(t.db, { measure: 'released', scope: { kind: 'source', id: 'fund' }, groupBy: 'project' }, TODAY).rows).toEqual([{ key: 'a', value: 120_000 }]);
    const got = answerQuery(t.db, { measure: 'received', scope: { kind: 'project', id: 'a' }, groupBy: 'source' }, TODAY);
    expect(Object.fromEntries(got.rows.map((r) => [r.key, r.value]))).toEqual({ budget: 400_000, fund: 300_000 });
  });
});

describe('the ledger index', () => {
  it('gives every account’s flows and balances exactly as the ledger does, for any period', () => {
    importDataset(t.db, smallDataset());
    const accounts = ['reserve:budget', 'reserve:fund', 'project:a', 'project:b', 'project:c', 'spent'];
    const days = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(119), fc.nat(accounts.length - 1), fc.nat(accounts.length - 1), fc.integer({ min: 1, max: 90_000 })), { maxLength: 60 }),
        fc.nat(119),
        fc.nat(119),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (moves, a, b, inDateOrder, allMonths, restart) => {
          const local = tempDatabase();
          try {
            importDataset(local.db, smallDataset());
            // A warmed-up bot keeps every month's transfers in memory and slots new ones in.
            if (allMonths) LedgerIndex.of(local.db).keepAllMonths();
            let n = 0;
            // Transfers in date order or as they come (the ledger allows an earlier date on other accounts);
            // it refuses what it must (overdrafts, spent paid out, dates before an account's last) and those are skipped.
            for (const [day, from, to, amount] of inDateOrder ? [...moves].sort((x, y) => x[0] - y[0]) : moves) {
              try {
                recordTransfer(local.db, { id: `m${n++}`, date: days[day]!, from: accounts[from]!, to: accounts[to]!, amount, reason: '', actor: '' }, { now: new Date('2026-11-30T00:00:00Z') });
              } catch {
                /* refused by a ledger rule */
              }
              // Ask in between too, so the index is also updated transfer by transfer.
              if (n % 7 === 0) LedgerIndex.of(local.db);
              // A warmed-up bot saves its totals; the next start reads them and adds what came after.
              if (restart && n === Math.ceil(moves.length / 2)) LedgerIndex.of(local.db).saveSnapshot(new Date());
            }
            const [first, last] = a <= b ? [days[a]!, days[b]!] : [days[b]!, days[a]!];
            const next = restart ? openDatabase(local.path) : null;
            const index = LedgerIndex.of(next ?? local.db);
            const flows = index.flows(first, last);
            const balances = index.balances(last);
            const expected = new Map(listAccounts(local.db).map((x) => [x.id, { in: 0, out: 0 }]));
            for (const transfer of eachTransfer(local.db)) {
              if (transfer.date < first || transfer.date > last) continue;
              expected.get(transfer.from)!.out += transfer.amount;
              expected.get(transfer.to)!.in += transfer.amount;
            }
            for (const [id, e] of expected) {
              const i = index.accountIndex.get(id)!;
              expect(flows.in[i], `${id} in`).toBe(e.in);
              expect(flows.out[i], `${id} out`).toBe(e.out);
              expect(balances[i], `${id} balance`).toBe(accountBalance(local.db, id, last));
            }
            if (next) closeDatabase(next);
          } finally {
            local.close();
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('starts from the saved totals when they fit the data, and from the roll-ups when they do not', () => {
    importDataset(t.db, smallDataset([{ id: 't1', date: '2026-02-10', from: 'reserve:budget', to: 'project:a', amount: 1_000, reason: '', actor: '' }]));
    LedgerIndex.of(t.db).saveSnapshot(new Date());
    // The roll-ups now disagree with the saved totals: which one a new start reads shows in its figures.
    t.db.$client.prepare("UPDATE monthly_flows SET flow_in = flow_in + 5 WHERE account = 'project:a'").run();
    const inFlowOfA = () => {
      const next = openDatabase(t.path);
      try {
        const index = LedgerIndex.of(next);
        return index.flows('2026-01-01', '2026-12-31').in[index.accountIndex.get('project:a')!];
      } finally {
        closeDatabase(next);
      }
    };
    expect(inFlowOfA()).toBe(1_000);
    // A changed catalogue (a new project) makes the saved totals useless: rebuilt from the roll-ups.
    importDataset(t.db, { ...smallDataset(), projects: [...smallDataset().projects, { id: 'd', name: 'Project D', priority: 'ai', status: 'active', owner: 'Test ministry' }] });
    expect(inFlowOfA()).toBe(1_005);
  });

  it('saves its totals again only when a transfer came since they were saved or read', () => {
    importDataset(t.db, smallDataset([{ id: 't1', date: '2026-02-10', from: 'reserve:budget', to: 'project:a', amount: 1_000, reason: '', actor: '' }]));
    const savedAt = (db: typeof t.db) => (db.$client.prepare('SELECT saved_at AS at FROM ledger_index_snapshot').get() as { at: string }).at;
    LedgerIndex.of(t.db).saveSnapshot(new Date('2026-03-01T00:00:00Z'));
    const next = openDatabase(t.path);
    try {
      // A new start reads the saved totals: writing them back would only copy megabytes.
      LedgerIndex.of(next).saveSnapshot(new Date('2026-03-02T00:00:00Z'));
      expect(savedAt(next)).toBe('2026-03-01T00:00:00.000Z');
      recordTransfer(next, { id: 't2', date: '2026-02-11', from: 'reserve:budget', to: 'project:a', amount: 7, reason: '', actor: '' });
      LedgerIndex.of(next).saveSnapshot(new Date('2026-03-03T00:00:00Z'));
      expect(savedAt(next)).toBe('2026-03-03T00:00:00.000Z');
    } finally {
      closeDatabase(next);
    }
    // The second save holds the transfer since: a third start has nothing to add.
    expect(readLedgerSnapshot(t.db)?.seq).toBe(lastSeq(t.db));
  });
});
