import { parseArgs } from 'node:util';
import { recentAudit } from '../audit/audit-log.js';
import { astanaDateTime } from '../format/iso-date.js';
import { CliUsageError, type CliCommand } from './cli-context.js';

/** `audit [--limit 50] [--user <telegram id>] [--json]`: the latest entries, newest first, in Astana time (JSON keeps UTC). */
export const auditCommand: CliCommand = (argv, { io, readDb }) => {
  const { values } = parseArgs({ args: argv, options: { limit: { type: 'string', default: '50' }, user: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) throw new CliUsageError(`--limit must be a whole number from 1 to 100000 (got "${values.limit}")`);
  if (values.user !== undefined && !/^-?\d{1,16}$/.test(values.user)) throw new CliUsageError(`--user must be a Telegram id (got "${values.user}")`);
  const entries = recentAudit(readDb(), { limit, userId: values.user === undefined ? undefined : Number(values.user) });
  if (values.json) for (const e of entries) io.out(JSON.stringify(e));
  else for (const e of entries) io.out(`${astanaDateTime(new Date(e.at))} Astana  ${String(e.userId).padEnd(12)} ${e.via.padEnd(8)} ${(e.intent ?? '-').padEnd(12)} ${e.outcome.padEnd(8)} ${e.errorId ?? ''} ${JSON.stringify(e.input)}`);
  return 0;
};
