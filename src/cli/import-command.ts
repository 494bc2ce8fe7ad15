import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importDataset, parseDatasetText } from '../dataset/import-dataset.js';
import { CliUsageError, type CliCommand } from './cli-context.js';

export const importCommand: CliCommand = (argv, { io, db, now }) => {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new CliUsageError('import takes one file: npm run cli -- import <file.json>');
  const file = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliUsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const summary = importDataset(db(), parseDatasetText(text), { now: now() });
  if (summary.replacedDemo) io.out('The demo dataset was replaced by this file.');
  io.out(
    `Imported ${file}: ${summary.sources} sources, ${summary.priorities} priority entries, ${summary.projects} projects; ` +
      `${summary.transfersRecorded} transfers recorded, ${summary.transfersUnchanged} already there.`,
  );
  return 0;
};
