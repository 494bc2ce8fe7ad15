import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { listRecognitions } from '../../db/stores/ledger-store.js';
import { recordAudit } from '../audit/audit-log.js';
import { isIsoDate, kazakhstanDate } from '../format/iso-date.js';
import { formatMoneyExact } from '../format/money.js';
import { parseAmount } from '../language/index.js';
import { recordRecognition } from '../ledger/record-transfer.js';
import { CliUsageError, type CliCommand } from './cli-context.js';

export const SAVINGS_USAGE = 'savings [--amount <n> --description <what produced them> [--date YYYY-MM-DD] [--actor <name>] [--id <id>]]';

/**
 * `savings`: lists recognised savings; with `--amount` and `--description`, records new ones (what
 * digitalisation saved or earned), which may then be reinvested out of `savings`.
 */
export const savingsCommand: CliCommand = (argv, { io, db, now }) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { amount: { type: 'string' }, description: { type: 'string' }, date: { type: 'string' }, actor: { type: 'string', default: 'cli' }, id: { type: 'string' } },
  });
  if (positionals.length > 0) throw new CliUsageError(`unexpected "${positionals.join(' ')}" (quote values with spaces). Usage: npm run cli -- ${SAVINGS_USAGE}`);
  const database = db();
  if (values.amount === undefined) {
    if (values.description !== undefined) throw new CliUsageError(`--amount is required with --description. Usage: npm run cli -- ${SAVINGS_USAGE}`);
    for (const r of listRecognitions(database)) io.out(`${r.date}  ${formatMoneyExact(r.amount, 'en').padStart(22)}  ${r.id}  ${r.description}`);
    return 0;
  }
  const amount = parseAmount(values.amount);
  if (amount === null) throw new CliUsageError(`--amount "${values.amount}" is not an amount of whole tenge (e.g. 300000000, "300 млн", 2.5bn)`);
  if (!values.description?.trim()) throw new CliUsageError('--description is required: say what produced the savings (e.g. "cloud migration of eGov services")');
  const date = values.date ?? kazakhstanDate(now());
  if (!isIsoDate(date)) throw new CliUsageError(`--date must be a real date written YYYY-MM-DD (got "${date}")`);
  const id = values.id ?? `savings-${date}-${randomBytes(4).toString('hex')}`;
  const outcome = recordRecognition(database, { id, date, amount, description: values.description.trim(), actor: values.actor ?? 'cli' }, { now: now() });
  recordAudit(database, { userId: 0, chatId: 0, via: 'cli', intent: 'savings', input: argv.join(' '), outcome: 'answered' }, now());
  io.out(
    outcome.status === 'recorded'
      ? `Recorded ${id} (${date}): ${formatMoneyExact(amount, 'en')} of savings recognised; they may now be reinvested.`
      : `Savings ${id} were already recorded with the same content; nothing changed.`,
  );
  return 0;
};
