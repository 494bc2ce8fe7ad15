import { z } from 'zod';
import { PROJECT_STATUSES } from '../../db/schema.js';
import { isIsoDate } from '../format/iso-date.js';
import { accountKindOf } from '../ledger/accounts.js';

// The import/export file format (docs/data-format.md). Messages say what is wrong and how to write it right.

const tenge = z
  .number({ error: 'must be a number of tenge' })
  .refine(Number.isSafeInteger, 'must be a whole number of tenge (no fractions, at most 9 007 199 254 740 991)');
const positiveTenge = tenge.refine((n) => n > 0, 'must be a positive whole number of tenge');
const nonNegativeTenge = tenge.refine((n) => n >= 0, 'must be zero or a positive whole number of tenge');
const isoDate = z.string({ error: 'must be a date written YYYY-MM-DD' }).refine(isIsoDate, 'must be a real date written YYYY-MM-DD');
const id = z
  .string({ error: 'must be a text id' })
  .min(1, 'must not be empty')
  .max(128, 'must be at most 128 characters')
  .regex(/^[^\s:\u0000-\u001f\u007f]+$/, 'must have no spaces, colons or control characters');
const label = (what: string) => z.string({ error: `must be a text (${what})` }).max(500, 'must be at most 500 characters');
const nonEmptyLabel = (what: string) => label(what).min(1, 'must not be empty');
/** A name in Kazakh or English beside the official one (optional: replies fall back to the official name). */
const otherName = (what: string) => nonEmptyLabel(what).optional();

export const transferSchema = z.object({
  id: z.string({ error: 'must be a text id' }).min(1, 'must not be empty').max(128, 'must be at most 128 characters'),
  date: isoDate,
  from: z.string({ error: 'must be an account' }).refine((a) => accountKindOf(a) !== null, 'must be reserve:<source>, project:<project>, spent or savings'),
  to: z.string({ error: 'must be an account' }).refine((a) => accountKindOf(a) !== null, 'must be reserve:<source>, project:<project>, spent or savings'),
  amount: positiveTenge,
  reason: label('why the money moved').default(''),
  actor: label('who moved it').default(''),
});

/** Savings that digitalisation produced, recognised so that they may be reinvested (format 2). */
export const recognitionSchema = z.object({
  id: z.string({ error: 'must be a text id' }).min(1, 'must not be empty').max(128, 'must be at most 128 characters'),
  date: isoDate,
  amount: positiveTenge,
  description: nonEmptyLabel('what produced the savings'),
  actor: label('who recognised them').default(''),
});

/** The newest format: 2 adds recognised savings (in format 1 every reinvestment counts as recognised on its date). */
export const DATASET_VERSION = 2;

export const datasetSchema = z
  .object({
    version: z.union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2 (the format version)' }),
    currency: z.literal('KZT', { error: 'must be "KZT" (amounts are whole tenge)' }),
    programme: z.object({
      name: nonEmptyLabel('the programme name'),
      administrator: label('who manages it'),
      fiscalYear: z.number().int('must be a whole year').min(1990).max(2200),
    }),
    macro: z.object({
      baseYear: z.number().int('must be a whole year').min(1990).max(2200),
      gdp: positiveTenge,
      realGrowthPct: z.number().min(-50, 'must be at least -50').max(100, 'must be at most 100'),
    }),
    sources: z.array(
      z
        .object({
          id,
          name: nonEmptyLabel('the source name'),
          nameKk: otherName('the source name in Kazakh'),
          nameEn: otherName('the source name in English'),
          amount: nonNegativeTenge,
          reserved: nonNegativeTenge,
        })
        .refine((s) => s.reserved <= s.amount, { message: 'must not exceed amount (the reserved part of a source)', path: ['reserved'] }),
    ),
    priorities: z.array(
      z.object({
        id,
        title: nonEmptyLabel('the area title'),
        titleKk: otherName('the area title in Kazakh'),
        titleEn: otherName('the area title in English'),
        rank: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
        since: isoDate,
      }),
    ),
    projects: z.array(
      z.object({
        id,
        name: nonEmptyLabel('the project name'),
        nameKk: otherName('the project name in Kazakh'),
        nameEn: otherName('the project name in English'),
        priority: id,
        status: z.enum(PROJECT_STATUSES, { error: `must be one of ${PROJECT_STATUSES.join(', ')}` }),
        owner: label('who runs it').default(''),
      }),
    ),
    /** Administrators' names in other languages (every project's owner is an administrator anyway). */
    administrators: z
      .array(z.object({ name: nonEmptyLabel('the administrator, as projects name it as owner'), nameKk: otherName('the name in Kazakh'), nameEn: otherName('the name in English') }))
      .default([]),
    recognisedSavings: z.array(recognitionSchema).default([]),
    // Checked one by one with transferSchema while they are applied: a million checked copies
    // held at once would double the import's heap.
    transfers: z.array(z.unknown(), { error: 'must be a list of transfers' }),
  })
  .superRefine((data, ctx) => {
    if (data.version === 1 && data.recognisedSavings.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['recognisedSavings'], message: 'needs "version": 2 (format 1 counts every reinvestment as recognised savings)' });
    }
    const reportRepeats = (path: string, keys: string[], ids: string[]) => {
      const seen = new Set<string>();
      keys.forEach((key, index) => {
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [path, index, 'id'], message: `repeats "${ids[index]}"` });
        seen.add(key);
      });
    };
    reportRepeats('sources', data.sources.map((s) => s.id), data.sources.map((s) => s.id));
    reportRepeats('projects', data.projects.map((p) => p.id), data.projects.map((p) => p.id));
    reportRepeats('priorities', data.priorities.map((p) => `${p.id}@${p.since}`), data.priorities.map((p) => `${p.id} since ${p.since}`));
    reportRepeats('administrators', data.administrators.map((a) => a.name), data.administrators.map((a) => a.name));
    reportRepeats('recognisedSavings', data.recognisedSavings.map((r) => r.id), data.recognisedSavings.map((r) => r.id));
    const areas = new Set(data.priorities.map((p) => p.id));
    data.projects.forEach((p, index) => {
      if (!areas.has(p.priority)) {
        ctx.addIssue({ code: 'custom', path: ['projects', index, 'priority'], message: `names the priority area "${p.priority}", which is not in priorities` });
      }
    });
  });

export type Dataset = z.infer<typeof datasetSchema>;
/** A file as written: its transfers in the shape transferSchema checks. */
export type DatasetInput = Omit<z.input<typeof datasetSchema>, 'transfers'> & { transfers: z.input<typeof transferSchema>[] };

/** `transfers[12].amount: must be a positive whole number of tenge` — one line per problem, at most `limit`. */
export function describeIssues(issues: readonly Pick<z.core.$ZodIssue, 'path' | 'message'>[], limit = 10): string[] {
  const lines = issues.slice(0, limit).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more`);
  return lines;
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(the file)';
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}
