import { compileAll, findPattern, numberAt, signalPatterns, SURE, tokenFitsAny, type CompiledPattern, type Reading } from '../../src/language/index.js';
import { PRESET_NAMES, type PresetName } from '../../src/projection/index.js';

// How a question names a scenario: shares of GDP ("5 %", "4, 5 и 6 процентов", "четыре с половиной
// процента"), years, a multiplier, and presets by name in three languages ("по МВФ", "ХВҚ
// мультипликаторымен", "developed economies"); two or more of them, or "сравни", compare.

export type ScenarioWords = {
  share?: number;
  years?: number;
  multiplier?: number;
  preset?: PresetName;
  compare?: (number | PresetName)[];
};

const PRESET_WORDS: Record<PresetName, CompiledPattern[]> = {
  ministry: compileAll(['министерств*', 'министр', 'министра', 'ministry*', 'minister*', 'министрлік*', 'министрлiк*', 'министерски', 'министерск*', 'по министерски', 'официальн*', 'official']),
  'imf-2020': compileAll(['мвф', 'imf', 'хвқ', 'международн* валютн*', 'international monetary', 'халықаралық валюта*']),
  'advanced-economies': compileAll(['развит* стран*', 'развит* экономик*', 'advanced', 'developed', 'дамыған*']),
  conservative: compileAll(['консерватив*', 'conservative*', 'cautious*', 'осторожн*', 'пессимист*', 'pessimist*', 'сақ', 'сақтықпен', 'сақ бағалау*']),
};

/** Words that set a preset in a scenario's context ("оценка министерства", "министрлік бағасы"). */
const SCENARIO_CONTEXT = compileAll(['оценк*', 'баға*', 'estimate*', 'preset*', 'пресет*', 'прогноз*', 'болжам*', 'forecast*', 'сценари*', 'scenario*', 'мультипликатор*', 'множител*', 'multiplier*', 'еселік*', 'коэффициент*', 'coefficient*', 'нұсқа*', 'вариант*', 'version']);

/** Words that add to a comparison rather than replace it. */
const ADDING = compileAll(['add*', 'also', 'too', 'plus', 'ещё', 'еще', 'тоже', 'также', 'добав*', 'тағы', 'қос*']);

/** Whether the question adds to what was compared ("add 6 % too"). */
export const addsToComparison = (r: Reading): boolean => ADDING.some((p) => findPattern(r.tokens, p, false).length > 0);

/** Presets the question names, in the order it names them (`inScenario`: it follows a scenario, so "министрлік" is the preset). */
export function presetsIn(r: Reading, inScenario = false): { preset: PresetName; at: number }[] {
  const found = PRESET_NAMES.flatMap((preset) => PRESET_WORDS[preset].flatMap((p) => findPattern(r.tokens, p).map((h) => ({ preset, at: h.tokenStart }))));
  const first = new Map<PresetName, number>();
  for (const f of found.sort((a, b) => a.at - b.at)) if (!first.has(f.preset)) first.set(f.preset, f.at);
  const presets = [...first].map(([preset, at]) => ({ preset, at }));
  // "Министерство" alone is an administrator; only next to scenario words, another preset or a share of GDP is it the ministry's estimate.
  const scenarioContext = inScenario || presets.length > 1 || r.percents.length > 0 || SCENARIO_CONTEXT.some((p) => findPattern(r.tokens, p).length > 0) || signalPatterns('gdp').some((p) => findPattern(r.tokens, p).length > 0);
  // Outside a scenario's words, a preset's name inside a name the data has for sure is that thing
  // ("the IMF grant", "ХВҚ гранты" of a source named after the IMF), not the IMF's estimate.
  const named = (at: number) => r.mentions.some((m) => at >= m.tokenStart && at < m.tokenEnd && (m.matches[0]?.score ?? 0) >= SURE && m.tokenEnd - m.tokenStart >= 2);
  return scenarioContext ? presets : presets.filter((p) => p.preset !== 'ministry' && !named(p.at));
}

/** A scenario's numbers and presets in a question. */
export function scenarioArgsFromQuestion(r: Reading, inScenario = false): ScenarioWords {
  const args: ScenarioWords = {};
  const tokens = r.tokens;
  const taken = [...r.used];
  // The multiplier first: "мультипликатор 1,6 и 4,5 процента" reads 1,6 as a share otherwise.
  const percentAt = new Map(r.percents.map((p) => [p.tokenStart, p]));
  const multiplier = multiplierIn(tokens, (j) => taken[j]! && !percentAt.has(j)) ?? returnRatioIn(tokens, (j) => taken[j]! || percentAt.has(j));
  if (multiplier) {
    args.multiplier = multiplier.value;
    for (let k = multiplier.at; k < multiplier.at + multiplier.length; k++) taken[k] = true;
  }
  const shares = r.percents.filter((p) => p.tokenStart !== multiplier?.at).map((p) => p.value);
  const presets = presetsIn(r, inScenario).map((p) => p.preset);
  if (shares.length >= 2) args.compare = shares.slice(0, 6);
  else if (shares.length === 1) args.share = shares[0]!;
  if (presets.length >= 2) {
    if (args.compare) args.share = args.compare[0] as number;
    args.compare = presets;
  } else if (presets.length === 1) args.preset = presets[0]!;
  const yearPatterns = signalPatterns('years');
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const n = numberAt(tokens, i);
    if (!n) continue;
    if (tokenFitsAny(tokens[i + n.length], yearPatterns) && Number.isInteger(n.value) && n.value >= 1 && n.value <= 100) {
      args.years = n.value;
      for (let k = i; k <= i + n.length; k++) taken[k] = true;
      break;
    }
  }
  return args;
}

/** The number beside a multiplier word ("мультипликатор 1,6", "еселігі 2 болса", "a multiplier of 3"), and where. */
function multiplierIn(tokens: Reading['tokens'], taken: (i: number) => boolean): { value: number; at: number; length: number } | null {
  const multPatterns = signalPatterns('multiplier');
  for (let k = 0; k < tokens.length; k++) {
    if (!tokenFitsAny(tokens[k], multPatterns)) continue;
    for (const j of [k + 1, k + 2, k + 3, k - 1, k - 2]) {
      if (j < 0 || j >= tokens.length || taken(j)) continue;
      // Words that only set it: "multiplier set to 1.3", "мультипликатор взять 1,8", "еселікті 2 деп алсақ".
      if (j > k + 1 && !tokens.slice(k + 1, j).every((t) => t.ignorable || /^(?:x|х|равн\p{L}*|тең|of|is|=|set|to|at|be|as|взять|возьм\p{L}*|постав\p{L}*|став\p{L}*|бер[её]м|use|using|take|сделать|сделай|будет|деп|алсақ|алып|қойсақ|свой|своим|свою|мой|own|custom|өз|өзіміздің)$/u.test(t.text))) continue;
      const n = numberAt(tokens, j);
      // A number with "%" after it is a share, not the multiplier.
      if (n && n.value > 0 && n.value <= 100 && !/^(?:%|процент\p{L}*|percent|пайыз\p{L}*)$/u.test(tokens[j + n.length]?.text ?? '')) return { value: n.value, at: j, length: n.length };
    }
  }
  return null;
}

/** A return per tenge invested, said as a ratio ("отдача 1,2 к 1", "a 5 to 1 return"): the multiplier. */
function returnRatioIn(tokens: Reading['tokens'], taken: (i: number) => boolean): { value: number; at: number; length: number } | null {
  for (let j = 0; j < tokens.length; j++) {
    if (taken(j)) continue;
    const n = numberAt(tokens, j);
    if (!n || n.value <= 0 || n.value > 100) continue;
    if (/^(?:к|to)$/u.test(tokens[j + n.length]?.text ?? '') && tokens[j + n.length + 1]?.text === '1') return { value: n.value, at: j, length: n.length + 2 };
  }
  return null;
}

/**
 * A follow-up to a scenario keeps what it does not change: "а если 4 %?" keeps the multiplier,
 * "а по МВФ?" the share; a new share for a comparison of presets compares them at that share.
 */
export function continuedScenario(before: ScenarioWords, said: ScenarioWords, adding = false): ScenarioWords | null {
  if (Object.keys(said).length === 0) return null;
  // "add 6 % too", "и ещё 6 %": one more in the comparison.
  const more = said.compare ?? (said.share !== undefined ? [said.share] : said.preset ? [said.preset] : []);
  if (adding && before.compare && more.length > 0) return { ...before, compare: [...before.compare, ...more.filter((v) => !before.compare!.includes(v))].slice(0, 6) };
  const merged: ScenarioWords = { ...before };
  const comparesPresets = before.compare?.every((v) => typeof v === 'string') ?? false;
  if (said.compare) merged.compare = said.compare;
  else if (said.share !== undefined && !comparesPresets) delete merged.compare;
  if (said.share !== undefined) merged.share = said.share;
  if (said.preset) {
    merged.preset = said.preset;
    delete merged.multiplier;
    if (comparesPresets) delete merged.compare;
  }
  if (said.multiplier !== undefined) {
    merged.multiplier = said.multiplier;
    delete merged.preset;
  }
  if (said.years !== undefined) merged.years = said.years;
  return merged;
}
