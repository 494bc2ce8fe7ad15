import { exportDataset } from '../dataset/export-dataset.js';
import { CliUsageError, type CliCommand } from './cli-context.js';

export const exportCommand: CliCommand = (argv, { db }) => {
  if (argv.length > 0) throw new CliUsageError('export takes no arguments: npm run -s cli -- export > dataset.json');
  exportDataset(db(), (chunk) => process.stdout.write(chunk));
  return 0;
};
