import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { recordTransferWithAlerts } from '../alerts/transfer-alerts.js';
import { recordAudit } from '../audit/audit-log.js';
import { isIsoDate, kazakhstanDate } from '../format/iso-date.js';
import { formatMoneyExact } from '../format/money.js';
import { parseAmount } from '../language/index.js';
import { resolveAccount } from '../reallocations/reallocation-words.js';
import { CliUsageError, type CliCommand } from './cli-context.js';

export const TRANSFER_USAGE =
  'transfer --from <account> --to <account> --amount <n> [--reason <text>] [--actor <name>] [--id <id>] [--date YYYY-MM-DD]';

/**
 * `npm run cli -- transfer --from kazllm --to reserve:national-fund --amount "2,5 млрд" --reason "…"`:
 * records one transfer with its alerts in one transaction. The running bot's dispatcher finds the
 * alerts in the outbox (it reads it every second) and sends them.
 */
export const transferCommand: CliCommand = (argv, { io, db, now }) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      amount: { type: 'string' },
      reason: { type: 'string', default: '' },
      actor: { type: 'string', default: 'cli' },
      id: { type: 'string' },
      date: { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new CliUsageError(`unexpected "${positionals.join(' ')}" (quote values with spaces). Usage: npm run cli -- ${TRANSFER_USAGE}`);
  for (const name of ['from', 'to', 'amount'] as const) {
    if (!values[name]?.trim()) throw new CliUsageError(`--${name} is required. Usage: npm run cli -- ${TRANSFER_USAGE}`);
  }
  const amount = parseAmount(values.amount!);
  if (amount === null) throw new CliUsageError(`--amount "${values.amount}" is not an amount of whole tenge (e.g. 300000000, "300 млн", 2.5bn, "₸ 3 000 000")`);
  const date = values.date ?? kazakhstanDate(now());
  if (!isIsoDate(date)) throw new CliUsageError(`--date must be a real date written YYYY-MM-DD (got "${date}")`);

  const database = db();
  const account = (option: 'from' | 'to'): string => {
    const words = values[option]!;
    const found = resolveAccount(database, words);
    if (found.kind === 'one') return found.match.account;
    if (found.kind === 'several') {
      throw new CliUsageError(`--${option} "${words}" fits several accounts: ${found.candidates.map((c) => `${c.account} (${c.name})`).join(', ')}`);
    }
    throw new CliUsageError(`--${option} "${words}": no such account (a project id or name, reserve:<source>, savings or spent)`);
  };
  const from = account('from');
  const to = account('to');
  const id = values.id ?? `cli-${date}-${randomBytes(4).toString('hex')}`;

  const outcome = recordTransferWithAlerts(database, { id, date, from, to, amount, reason: values.reason ?? '', actor: values.actor ?? 'cli' }, now());
  // The command line changes money too: it is in the audit log like every change made in the bot.
  recordAudit(database, { userId: 0, chatId: 0, via: 'cli', intent: 'transfer', input: argv.join(' '), outcome: 'answered' }, now());
  const t = outcome.transfer;
  if (outcome.status === 'unchanged') {
    io.out(`Transfer ${t.id} was already recorded with the same content; nothing changed.`);
    return 0;
  }
  io.out(`Recorded ${t.id} (${t.date}): ${formatMoneyExact(t.amount, 'en')} from ${t.from} to ${t.to}.`);
  io.out(`Balances after: ${t.from} ${formatMoneyExact(t.fromBalanceAfter, 'en')}, ${t.to} ${formatMoneyExact(t.toBalanceAfter, 'en')}.`);
  io.out(`Alerts queued: ${outcome.alerts} (the running bot sends them).`);
  return 0;
};
