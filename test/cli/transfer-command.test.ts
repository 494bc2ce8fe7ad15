import { afterEach, beforeEach, expect, it } from 'vitest';
import { recentAudit } from '../../src/audit/audit-log.js';
import { CliUsageError, type CliContext } from '../../src/cli/cli-context.js';
import { transferCommand } from '../../src/cli/transfer-command.js';
import { loadConfig } from '../../src/config/config.js';
import { accountBalance } from '../../src/ledger/balances.js';
import { LedgerError } from '../../src/ledger/ledger-error.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';
import { NOW, outboxRows, seedLedger, subscribeChats } from '../helpers/alert-test-data.js';

let t: TempDatabase;
let out: string[];
let context: CliContext;
beforeEach(() => {
  t = tempDatabase();
  seedLedger(t.db);
  out = [];
  context = { io: { out: (s) => out.push(s), err: (s) => out.push(s) }, config: loadConfig({}), db: () => t.db, readDb: () => t.db, now: () => NOW };
});
afterEach(() => t.close());

it('records a transfer with its alerts, reading amounts and names like the bot', async () => {
  subscribeChats(t.db, [1, 2]);
  const code = await transferCommand(['--from', 'Project A', '--to', 'reserve:budget', '--amount', '150 тыс', '--reason', 'back', '--id', 'cli-1'], context);
  expect(code).toBe(0);
  expect(accountBalance(t.db, 'project:a')).toBe(250_000);
  expect(out.join('\n')).toMatch(/Recorded cli-1 \(2026-03-10\)[\s\S]*Alerts queued: 2/);
  expect(outboxRows(t.db).map((r) => [r.transfer_id, r.chat_id])).toEqual([
    ['cli-1', 1],
    ['cli-1', 2],
  ]);
  // The same id and content again changes nothing and queues nothing.
  expect(await transferCommand(['--from', 'a', '--to', 'reserve:budget', '--amount', '150000', '--reason', 'back', '--id', 'cli-1', '--actor', 'cli'], context)).toBe(0);
  expect(out.at(-1)).toMatch(/already recorded/);
  expect(outboxRows(t.db)).toHaveLength(2);
  // A change made from the command line is in the audit log like any made in the bot.
  expect(recentAudit(t.db, { limit: 5 })).toMatchObject([
    { via: 'cli', intent: 'transfer', outcome: 'answered', input: expect.stringContaining('--id cli-1') },
    { via: 'cli', intent: 'transfer', input: expect.stringContaining('--from Project A') },
  ]);
});

it('explains wrong options and refuses an overdraft', async () => {
  await expect(async () => transferCommand(['--from', 'a', '--to', 'b'], context)).rejects.toThrow(CliUsageError);
  await expect(async () => transferCommand(['--from', 'a', '--to', 'b', '--amount', 'lots'], context)).rejects.toThrow(/not an amount/);
  await expect(async () => transferCommand(['--from', 'zzz-nothing', '--to', 'b', '--amount', '5'], context)).rejects.toThrow(/no such account/);
  await expect(async () => transferCommand(['--from', 'a', '--to', 'b', '--amount', '5', '--date', '2026-02-30'], context)).rejects.toThrow(/--date/);
  await expect(async () => transferCommand(['--from', 'a', '--to', 'b', '--amount', '1 млн'], context)).rejects.toThrow(LedgerError);
  expect(accountBalance(t.db, 'project:a')).toBe(400_000);
});
