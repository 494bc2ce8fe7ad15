import { parseArgs } from 'node:util';
import { isIsoDate } from '../format/iso-date.js';
import { formatMoneyExact } from '../format/money.js';
import { allBalances } from '../ledger/balances.js';
import { CliUsageError, type CliCommand } from './cli-context.js';

export const balancesCommand: CliCommand = (argv, { io, readDb }) => {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false }, 'as-of': { type: 'string' } } });
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new CliUsageError(`--as-of must be a real date written YYYY-MM-DD (got "${asOf}")`);
  const balances = allBalances(readDb(), asOf);
  if (values.json) {
    io.out(JSON.stringify(balances));
    return 0;
  }
  const width = Math.max(...Object.keys(balances).map((k) => k.length));
  for (const [account, balance] of Object.entries(balances)) io.out(`${account.padEnd(width)}  ${formatMoneyExact(balance, 'en')}`);
  return 0;
};
