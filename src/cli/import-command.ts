import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { queueTransferAlerts } from '../alerts/transfer-alerts.js';
import { recordAudit } from '../audit/audit-log.js';
import { importDataset, parseDatasetText } from '../dataset/import-dataset.js';
import { CliUsageError, type CliCommand } from './cli-context.js';

export const importCommand: CliCommand = (argv, { io, db, now }) => {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { notify: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new CliUsageError('import takes one file: npm run cli -- import <file.json> [--notify]');
  const file = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliUsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const database = db();
  let queued = 0;
  // A bulk history import sends no alerts unless asked: then they are queued in the same transaction.
  const summary = importDataset(database, parseDatasetText(text), {
    now: now(),
    ...(values.notify ? { alsoInTransaction: (recorded) => (queued = recorded.reduce((n, transfer) => n + queueTransferAlerts(database, transfer), 0)) } : {}),
  });
  recordAudit(database, { userId: 0, chatId: 0, via: 'cli', intent: 'import', input: argv.join(' '), outcome: 'answered' }, now());
  if (summary.replacedDemo) io.out('The demo dataset was replaced by this file.');
  io.out(
    `Imported ${file}: ${summary.sources} sources, ${summary.priorities} priority entries, ${summary.projects} projects; ` +
      `${summary.transfersRecorded} transfers recorded, ${summary.transfersUnchanged} already there; ${summary.recognitionsRecorded} recognised savings recorded.`,
  );
  if (values.notify) io.out(`Alerts queued: ${queued} (the running bot sends them).`);
  return 0;
};
