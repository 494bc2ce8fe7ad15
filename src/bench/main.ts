import { formatReport } from './report.js';
import { FULL_BENCH, runBench, type BenchOptions } from './run-bench.js';

// `npm run bench [-- --json] [--projects N] [--transfers N] [--no-cold-start]`: the performance
// figures on a generated 10 000-project, 1 000 000-transfer ledger. Progress goes to stderr;
// with --json the last line of stdout is one JSON object.

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const numberAfter = (flag: string): number | undefined => {
  const at = argv.indexOf(flag);
  if (at < 0) return undefined;
  const value = Number(argv[at + 1]);
  if (!Number.isSafeInteger(value) || value <= 0) {
    process.stderr.write(`${flag} needs a positive whole number\n`);
    process.exit(2);
  }
  return value;
};

const options: BenchOptions = {
  ...FULL_BENCH,
  projects: numberAfter('--projects') ?? FULL_BENCH.projects,
  transfers: numberAfter('--transfers') ?? FULL_BENCH.transfers,
  iterations: numberAfter('--iterations') ?? FULL_BENCH.iterations,
  coldStart: !argv.includes('--no-cold-start'),
  progress: (message) => process.stderr.write(`[bench] ${message}\n`),
};

const result = await runBench(options);
process.stdout.write(asJson ? `${JSON.stringify(result)}\n` : `${formatReport(result)}\n`);
