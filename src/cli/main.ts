import { closeDatabase, DatabaseOpenError, openDatabase, type BudgetDb } from '../../db/client.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { DatasetError } from '../dataset/import-dataset.js';
import { LedgerError } from '../ledger/ledger-error.js';
import { askCommand } from './ask-command.js';
import { balancesCommand } from './balances-command.js';
import { CliUsageError, type CliCommand, type CliContext } from './cli-context.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { scenarioCommand } from './scenario-entry.js';
import { auditCommand } from './audit-command.js';
import { SAVINGS_USAGE, savingsCommand } from './savings-command.js';
import { TRANSFER_USAGE, transferCommand } from './transfer-command.js';
import { verifyCommand } from './verify-command.js';

const COMMANDS: Record<string, { run: CliCommand; usage: string }> = {
  import: { run: importCommand, usage: 'import <file.json> [--notify]   validate and apply a dataset file, all or nothing; --notify queues alerts' },
  export: { run: exportCommand, usage: 'export                          print the database as a dataset file' },
  balances: { run: balancesCommand, usage: 'balances [--json] [--as-of YYYY-MM-DD]   every account and its balance in tenge' },
  verify: { run: verifyCommand, usage: 'verify                          check the database file and the ledger invariants' },
  scenario: { run: scenarioCommand, usage: 'scenario [--share 5] [--years 3] [--multiplier 5] [--preset NAME] [--compare 4,5,6] [--json] [--chart FILE.png] …  (scenario --help)' },
  transfer: { run: transferCommand, usage: `${TRANSFER_USAGE}\n      record one transfer and queue its alerts (the running bot sends them)` },
  savings: { run: savingsCommand, usage: `${SAVINGS_USAGE}\n      record savings recognised for reinvestment, or list them` },
  audit: { run: auditCommand, usage: 'audit [--limit 50] [--user <id>] [--json]   the latest audit entries' },
  ask: { run: askCommand, usage: 'ask ["<text>"] [--json]         answer one message (or each stdin line) like the bot' },
};

function usage(): string {
  return ['Usage: npm run -s cli -- <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const io = { out: (text: string) => process.stdout.write(`${text}\n`), err: (text: string) => process.stderr.write(`${text}\n`) };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  let db: BudgetDb | undefined;
  try {
    const config = loadConfig();
    const context: CliContext = {
      io,
      config,
      db: () => (db ??= openDatabase(config.DATABASE_PATH)),
      readDb: () => (db ??= openForReading(config.DATABASE_PATH)),
      now: () => new Date(),
    };
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof DatasetError) {
      io.err(`Nothing was imported. The file has problems:\n${error.problems.map((p) => `  ${p}`).join('\n')}`);
      return 1;
    }
    if (error instanceof CliUsageError || error instanceof ConfigError || error instanceof DatabaseOpenError) {
      io.err((error as Error).message);
      return 2;
    }
    if (isParseArgsError(error)) {
      io.err(`${(error as Error).message}\nUsage: npm run -s cli -- ${command.usage}`);
      return 2;
    }
    if (error instanceof LedgerError) {
      io.err(`Refused: ${error.message}`);
      return 1;
    }
    io.err(`Failed: ${(error as Error).message ?? String(error)}`);
    return 1;
  } finally {
    if (db) closeDatabase(db);
  }
}

/** A read-only file or mount is still readable: verify, balances and export work on it. */
function openForReading(path: string): BudgetDb {
  try {
    return openDatabase(path);
  } catch (error) {
    if (error instanceof DatabaseOpenError && /cannot write/.test(error.message)) return openDatabase(path, { readOnly: true });
    throw error;
  }
}

/** node:util parseArgs reports unknown or malformed options with these codes. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('ERR_PARSE_ARGS');
}

// `npm run -s cli -- export | head`: the reader went away; that is the end of the output, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
