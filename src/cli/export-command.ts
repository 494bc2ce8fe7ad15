import { exportDataset } from '../dataset/export-dataset.js';
import { CliUsageError, type CliCommand } from './cli-context.js';

export const exportCommand: CliCommand = (argv, { readDb }) => {
  if (argv.length > 0) throw new CliUsageError('export takes no arguments: npm run -s cli -- export > dataset.json');
  exportDataset(readDb(), (chunk) => process.stdout.write(chunk));
  return 0;
};
