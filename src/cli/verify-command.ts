import { formatMoneyExact } from '../format/money.js';
import { verifyLedger } from '../ledger/verify-ledger.js';
import { CliUsageError, type CliCommand } from './cli-context.js';

export const verifyCommand: CliCommand = (argv, { io, readDb }) => {
  if (argv.length > 0) throw new CliUsageError('verify takes no arguments');
  const report = verifyLedger(readDb());
  if (report.problems.length > 0) {
    io.err(`The database is broken (${report.problems.length} problems):`);
    for (const problem of report.problems.slice(0, 50)) io.err(`- ${problem}`);
    return 1;
  }
  io.out(
    `OK: ${report.transfers} transfers over ${report.accounts} accounts. Stored balances equal the sums of transfers, ` +
      `nothing is negative, and reserves + projects + spent = opening reserves ${formatMoneyExact(report.openingReserves, 'en')} ` +
      `+ reinvestment ${formatMoneyExact(report.reinvested, 'en')}; no reinvestment exceeds the savings recognised by its date ` +
      `(recognised ${formatMoneyExact(report.recognised, 'en')}). The file passed SQLite's integrity check.`,
  );
  return 0;
};
