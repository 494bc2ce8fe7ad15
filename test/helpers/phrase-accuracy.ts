// Shared by the phrase tests: run a JSONL of {lang, text, intent, args} through parseText.
import { readFileSync } from 'node:fs';
import { INTENTS } from '../../commands/registry.js';
import { parseText, type Catalogue } from '../../src/language/index.js';

export interface PhraseCase {
  lang: string;
  text: string;
  intent: string;
  args: Record<string, unknown>;
}

export function loadPhrases(url: URL): PhraseCase[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PhraseCase);
}

function sameArgs(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

const FIGURES = new Set(INTENTS.filter((i) => i.family === 'figures').map((i) => i.name));
const only = (args: Record<string, unknown>, keys: string[]) => Object.keys(args).every((k) => keys.includes(k));

/**
 * Whether a parse answers what a phrase asks. The phrase sets name their answers in the words of the
 * first commands: `reserved {source}` and `project {project}`. The figures commands that came later
 * answer those questions more exactly, and count: the free reserve of that source, and any figure
 * of that one project ("сколько потратили на KazLLM" → /spent project:kazllm).
 */
export function answersAs(expected: { intent: string; args: Record<string, unknown> }, intent: string, args: Record<string, unknown>): boolean {
  if (intent === expected.intent && sameArgs(args, expected.args)) return true;
  const scope = args.scope as { kind: string; id?: string } | undefined;
  if (expected.intent === 'reserved' && (intent === 'reserved' || intent === 'balance') && args.measure === 'freeReserve' && only(args, ['scope', 'measure'])) {
    const source = expected.args.source;
    return source === undefined ? scope === undefined || scope.kind === 'programme' : scope?.kind === 'source' && scope.id === source;
  }
  if (expected.intent === 'project' && FIGURES.has(intent) && only(args, ['scope', 'measure', 'also', 'via'])) {
    return scope?.kind === 'project' && scope.id === expected.args.project;
  }
  return false;
}

export interface Accuracy {
  overall: number;
  byLang: Record<string, { ok: number; total: number; accuracy: number }>;
  failures: string[];
}

export function measure(cases: PhraseCase[], catalogue: Catalogue, today: string): Accuracy {
  const byLang: Accuracy['byLang'] = {};
  const failures: string[] = [];
  let ok = 0;
  for (const c of cases) {
    const r = parseText(c.text, catalogue, { today, intents: INTENTS });
    const good = r.kind === 'intent' && answersAs(c, r.intent, r.args);
    const slot = (byLang[c.lang] ??= { ok: 0, total: 0, accuracy: 0 });
    slot.total++;
    if (good) {
      slot.ok++;
      ok++;
    } else failures.push(`[${c.lang}] ${c.text} → want ${c.intent} ${JSON.stringify(c.args)}, got ${JSON.stringify(r)}`);
  }
  for (const s of Object.values(byLang)) s.accuracy = s.ok / s.total;
  return { overall: ok / Math.max(1, cases.length), byLang, failures };
}

export function report(name: string, acc: Accuracy): void {
  const parts = Object.entries(acc.byLang).map(([l, s]) => `${l} ${s.ok}/${s.total} (${(s.accuracy * 100).toFixed(1)}%)`);
  console.log(`${name}: overall ${(acc.overall * 100).toFixed(1)}% — ${parts.join(', ')}`);
  for (const f of acc.failures) console.log(`  ✗ ${f}`);
}
