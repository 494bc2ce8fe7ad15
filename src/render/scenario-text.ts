import { formatMoneyShort, formatNumber, formatPercent } from '../format/money.js';
import type { Lang } from '../i18n/lang.js';
import type { ComparedScenario } from '../projection/compare-scenarios.js';
import { EMPIRICAL_MULTIPLIER_RANGE, isAboveEmpiricalRange, SCENARIO_PRESETS, type PresetName } from '../projection/presets.js';
import type { ScenarioResult } from '../projection/project-scenario.js';
import type { ScenarioInput } from '../projection/scenario-input.js';

// Plain text (no markup) about projection results, for a phone: lines of at most LINE_WIDTH characters.
// Tables are meant for a monospace font (the transport may wrap them in <pre>).

export const LINE_WIDTH = 60;

/** Russian plural of "год": 1 год, 2 года, 5 лет, 21 год. */
function ruYears(count: number): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return 'год';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'года';
  return 'лет';
}

/** "3 года", "5 жыл", "1 year". */
export function yearsWord(count: number, lang: Lang): string {
  if (lang === 'ru') return `${count} ${ruYears(count)}`;
  if (lang === 'kk') return `${count} жыл`;
  return `${count} ${count === 1 ? 'year' : 'years'}`;
}

/** Rounded to 2 decimals with no "-0". */
function round2(value: number): number {
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r;
}

const PP_UNIT: Record<Lang, string> = { ru: 'п.п.', kk: 'п.т.', en: 'pp' };

/** Percentage points with a sign: "+1,5 п.п.", "−0,73 п.т.", "0 pp". */
export function formatPp(value: number, lang: Lang): string {
  const r = round2(value);
  const sign = r > 0 ? '+' : r < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(r), lang, 2)} ${PP_UNIT[lang]}`;
}

function formatMultiplier(value: number, lang: Lang): string {
  return formatNumber(value, lang, 2);
}

/** Adds a full stop unless the text already ends with one (as "п.п." does). */
function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** Fixed decimals in the language's style, with a true minus: "6,50", "−0,73". */
function fixed(value: number, digits: number, lang: Lang): string {
  const text = Math.abs(value).toFixed(digits);
  const sign = Number(text) === 0 ? '' : value < 0 ? '−' : '';
  return sign + (lang === 'en' ? text : text.replace('.', ','));
}

function span(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** "2030, 2032–2034": calendar years grouped into runs. */
function yearRuns(years: number[]): string {
  const runs: string[] = [];
  let start = years[0];
  for (let i = 1; i <= years.length; i++) {
    if (years[i] !== years[i - 1]! + 1) {
      runs.push(span(start!, years[i - 1]!));
      start = years[i];
    }
  }
  return runs.join(', ');
}

/** Keeps a figure with its unit on one line when wrapped ("150 трлн ₸", "+1,5 п.п."). */
function keep(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** Word-wraps a paragraph at `width` characters; no-break spaces (from `keep`) hold words together and come out as spaces. */
export function wrapText(text: string, width = LINE_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => l.replace(/\u00a0/g, ' '));
}

// ---- labels for scenarios ----

/** "5 % ВВП", "5 % ЖІӨ", "5% of GDP". */
export function scenarioShareLabel(sharePct: number, lang: Lang): string {
  const pct = formatPercent(sharePct, lang);
  return lang === 'ru' ? `${pct} ВВП` : lang === 'kk' ? `${pct} ЖІӨ` : `${pct} of GDP`;
}

/** "Министерство ×5", "IMF 2020 ×2.7". */
export function scenarioPresetLabel(preset: PresetName, lang: Lang): string {
  const p = SCENARIO_PRESETS[preset];
  return `${p.title[lang]} ×${formatMultiplier(p.multiplier, lang)}`;
}

// ---- assumptions ----

const TEXT = {
  ru: {
    multiplier: 'мультипликатор',
    horizon: 'горизонт',
    cap: (pp: string) => `потолок ${pp} в год`,
    returnOver: (years: string) => `отдача за ${years}`,
    share: (share: string, years: string) => `${share} ВВП за ${years}`,
    assumptions: 'Допущения',
    base: (year: number, gdp: string, growth: string) => `база ${year}: ВВП ${gdp}, рост ${growth} в год`,
    warning: (m: string, range: string) =>
      `Внимание: мультипликатор ${m} выше эмпирического диапазона ${range} (МВФ, Ilzetzki и др.); 5:1 — оценка министерства.`,
  },
  kk: {
    multiplier: 'мультипликатор',
    horizon: 'болжам кезеңі',
    cap: (pp: string) => `шек жылына ${pp}`,
    returnOver: (years: string) => `қайтарым ${years} ішінде`,
    share: (share: string, years: string) => `${years} ішінде ЖІӨ-нің ${share}-ы`,
    assumptions: 'Жорамалдар',
    base: (year: number, gdp: string, growth: string) => `база ${year}: ЖІӨ ${gdp}, өсім жылына ${growth}`,
    warning: (m: string, range: string) =>
      `Назар аударыңыз: ${m} мультипликаторы эмпирикалық ${range} аралығынан жоғары (ХВҚ, Ilzetzki және т.б.); 5:1 — министрліктің бағасы.`,
  },
  en: {
    multiplier: 'multiplier',
    horizon: 'horizon',
    cap: (pp: string) => `cap ${pp} a year`,
    returnOver: (years: string) => `return over ${years}`,
    share: (share: string, years: string) => `${share} of GDP over ${years}`,
    assumptions: 'Assumptions',
    base: (year: number, gdp: string, growth: string) => `base ${year}: GDP ${gdp}, growth ${growth} a year`,
    warning: (m: string, range: string) =>
      `Caution: a multiplier of ${m} is above the empirical range of ${range} (IMF, Ilzetzki et al.); 5:1 is the ministry's figure.`,
  },
} as const;

function empiricalRange(lang: Lang): string {
  return `${formatNumber(EMPIRICAL_MULTIPLIER_RANGE.min, lang)}–${formatNumber(EMPIRICAL_MULTIPLIER_RANGE.max, lang)}`;
}

/** The model parameters that are the same in every given input, as short phrases (multiplier, horizon, cap, return years). */
export function assumptionPhrases(inputs: readonly ScenarioInput[], lang: Lang): string[] {
  const t = TEXT[lang];
  const first = inputs[0];
  if (!first) return [];
  const same = (key: keyof ScenarioInput) => inputs.every((i) => i[key] === first[key]);
  const phrases: string[] = [];
  // Presets compared at one share ("conservative vs advanced economies at 6 %"): the share they share.
  if (inputs.length > 1 && same('investmentSharePct') && same('investmentYears')) phrases.push(t.share(keep(formatPercent(first.investmentSharePct, lang)), yearsWord(first.investmentYears, lang)));
  if (same('multiplier')) phrases.push(`${t.multiplier} ${formatMultiplier(first.multiplier, lang)}`);
  if (same('horizonYears')) phrases.push(`${t.horizon} ${yearsWord(first.horizonYears, lang)}`);
  if (same('maxUpliftPp')) phrases.push(t.cap(keep(formatPp(first.maxUpliftPp, lang))));
  if (same('returnYears')) phrases.push(t.returnOver(yearsWord(first.returnYears, lang)));
  return phrases;
}

function assumptionLines(inputs: readonly ScenarioInput[], lang: Lang): string[] {
  const t = TEXT[lang];
  const first = inputs[0]!;
  const phrases = assumptionPhrases(inputs, lang);
  phrases.push(t.base(first.baseYear, keep(formatMoneyShort(first.baseGdp, lang)), keep(formatPercent(first.baselineGrowthPct, lang))));
  const lines = wrapText(`${t.assumptions}: ${phrases.join(', ')}.`);
  const high = [...new Set(inputs.map((i) => i.multiplier).filter(isAboveEmpiricalRange))];
  if (high.length > 0) {
    lines.push(...wrapText(t.warning(high.map((m) => formatMultiplier(m, lang)).join(', '), empiricalRange(lang))));
  }
  return lines;
}

// ---- one scenario ----

const SUMMARY = {
  ru: {
    scenario: (share: string, years: string, span: string) => `Сценарий: ${share} ВВП за ${years} (${span} гг.)`,
    investment: 'Инвестиции',
    extra: (span: string) => `Доп. выпуск за ${span} гг.`,
    unrealized: (year: number) => `Отдача после ${year} г.`,
    peak: 'Макс. прибавка к росту',
    atCap: (cap: string, count: number, of: number) => `Лет на потолке (${cap}): ${count} из ${of}`,
    payback: 'Окупаемость',
    paybackYear: (year: number) => `${year} год`,
    noPayback: (year: number) => `не наступает до ${year} г.`,
    fallBack: 'После того как отдача исчерпана, ВВП возвращается к базовой траектории',
    below: (years: string, pp: number) => `: в ${years} рост ниже базового, до ${keep(formatPp(pp, 'ru'))}`,
    backOnBaseline: (year: number) => `С ${year} года ВВП равен базовому.`,
    stillAbove: (year: number, amount: string) =>
      `; к ${year} ещё не реализовано ${amount}, и эта отдача тоже конечна.`,
    noInvestment: 'Без инвестиций ВВП идёт по базовой траектории.',
    cut: 'Сокращение вложений: ВВП ниже базового пути, пока длится эффект, затем возвращается к нему; потолок ограничивает только прибавку, поэтому рост при восстановлении может его превысить.',
  },
  kk: {
    scenario: (share: string, years: string, span: string) => `Сценарий: ${years} ішінде ЖІӨ-нің ${share}-ы (${span})`,
    investment: 'Инвестиция',
    extra: (span: string) => `Қосымша ЖІӨ, ${span}`,
    unrealized: (year: number) => `${year} жылдан кейінгі қайтарым`,
    peak: 'Өсімнің ең көп артуы',
    atCap: (cap: string, count: number, of: number) => `Шекке (${cap}) жеткен жылдар: ${count} (барлығы ${of} жыл)`,
    payback: 'Өтелу жылы',
    paybackYear: (year: number) => `${year}`,
    noPayback: (year: number) => `${year} жылға дейін өтелмейді`,
    fallBack: 'Қайтарым таусылған соң ЖІӨ базалық траекторияға оралады',
    below: (years: string, pp: number) => `: ${years} жылдары өсім базалықтан төмен (ең төмені ${keep(formatPp(pp, 'kk'))}).`,
    backOnBaseline: (year: number) => `${year} жылдан бастап ЖІӨ базалық деңгейге тең.`,
    stillAbove: (year: number, amount: string) =>
      `; ${year} жылға қарай ${amount} әлі іске аспаған, бұл қайтарым да шектеулі.`,
    noInvestment: 'Инвестиция болмаса, ЖІӨ базалық траекториямен өседі.',
    cut: 'Инвестиция қысқартылса, әсер созылғанша ЖІӨ базалық жолдан төмен болады, кейін оған оралады; шек тек өсімнің артуын шектейді, сондықтан қалпына келу кезінде өсім оны асып кетуі мүмкін.',
  },
  en: {
    scenario: (share: string, years: string, span: string) => `Scenario: ${share} of GDP over ${years} (${span})`,
    investment: 'Investment',
    extra: (span: string) => `Extra GDP ${span}`,
    unrealized: (year: number) => `Return after ${year}`,
    peak: 'Peak growth uplift',
    atCap: (cap: string, count: number, of: number) => `Years at the cap (${cap}): ${count} of ${of}`,
    payback: 'Payback year',
    paybackYear: (year: number) => String(year),
    noPayback: (year: number) => `none by ${year}`,
    fallBack: 'Once the return is used up, GDP falls back to the baseline path',
    below: (years: string, pp: number) => `: growth is below baseline in ${years}, by up to ${keep(formatPp(-pp, 'en').replace('+', ''))}.`,
    backOnBaseline: (year: number) => `From ${year} GDP equals the baseline.`,
    stillAbove: (year: number, amount: string) => `; by ${year}, ${amount} is still unrealised, and it is finite too.`,
    noInvestment: 'With no investment GDP follows the baseline path.',
    cut: 'A cut: GDP stays below the baseline path while the effect lasts, then returns to it; the cap limits only the upside, so growth may exceed it during the recovery.',
  },
} as const;

/** Amounts below this share of GDP count as nothing (rounding left-overs). */
const NEGLIGIBLE = 1e-12;

/** The honest part: where the effect fades, growth dips below the baseline and GDP returns to the baseline path. */
function fallBackSentence(result: ScenarioResult, lang: Lang): string {
  const s = SUMMARY[lang];
  const { input, years, totals } = result;
  if (totals.investment < 0) return s.cut;
  if (!(totals.investment > 0)) return s.noInvestment;
  const last = years[years.length - 1]!;
  const eps = NEGLIGIBLE * input.baseGdp;
  const below = years.filter((y) => round2(y.upliftPp) < 0);
  let sentence: string = s.fallBack;
  if (below.length > 0) {
    const deepest = Math.min(...below.map((y) => y.upliftPp));
    sentence = endSentence(sentence + s.below(yearRuns(below.map((y) => y.year)), deepest));
  } else {
    sentence += '.';
  }
  if (totals.unrealizedReturn > eps) {
    sentence = sentence.replace(/\.$/, '') + s.stillAbove(last.year, keep(formatMoneyShort(totals.unrealizedReturn, lang)));
  } else {
    // First year from which nothing more is realised: GDP is back on the baseline path.
    let back: number | null = null;
    for (let i = years.length - 1; i >= 0 && Math.abs(years[i]!.extraOutput) <= eps; i--) back = years[i]!.year;
    if (back !== null) sentence += ` ${s.backOnBaseline(back)}`;
  }
  return sentence;
}

/** A short summary: totals, peak, years at cap, payback, the assumptions, a warning on high multipliers, the fall back. */
export function renderScenarioSummary(result: ScenarioResult, lang: Lang): string {
  const s = SUMMARY[lang];
  const { input, years, totals } = result;
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  const investSpan = span(input.baseYear + 1, input.baseYear + input.investmentYears);
  const lines = [
    ...wrapText(s.scenario(formatPercent(input.investmentSharePct, lang), yearsWord(input.investmentYears, lang), investSpan)),
    `${s.investment}: ${formatMoneyShort(totals.investment, lang)}`,
    `${s.extra(span(first, last))}: ${formatMoneyShort(totals.extraOutput, lang)}`,
  ];
  if (Math.abs(totals.unrealizedReturn) > NEGLIGIBLE * input.baseGdp) {
    lines.push(`${s.unrealized(last)}: ${formatMoneyShort(totals.unrealizedReturn, lang)}`);
  }
  lines.push(
    `${s.peak}: ${formatPp(totals.peakUpliftPp, lang)}`,
    s.atCap(formatPp(input.maxUpliftPp, lang), totals.yearsAtCap, years.length),
    `${s.payback}: ${
      totals.investment > 0 ? (totals.paybackYear === null ? s.noPayback(last) : s.paybackYear(totals.paybackYear)) : '—'
    }`,
    ...assumptionLines([input], lang),
    ...wrapText(fallBackSentence(result, lang)),
  );
  return lines.join('\n');
}

/**
 * The answer on a phone: four or five lines, no hard line breaks (the screen wraps), the year table
 * left for a button. Same figures as the summary.
 */
export function renderScenarioBrief(result: ScenarioResult, lang: Lang): string[] {
  const s = SUMMARY[lang];
  const t = TEXT[lang];
  const { input, years, totals } = result;
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  const payback = totals.investment > 0 ? (totals.paybackYear === null ? s.noPayback(last) : s.paybackYear(totals.paybackYear)) : '—';
  const phrases = [...assumptionPhrases([input], lang), t.base(input.baseYear, formatMoneyShort(input.baseGdp, lang), formatPercent(input.baselineGrowthPct, lang))];
  const high = isAboveEmpiricalRange(input.multiplier) ? [t.warning(formatMultiplier(input.multiplier, lang), empiricalRange(lang))] : [];
  return [
    s.scenario(formatPercent(input.investmentSharePct, lang), yearsWord(input.investmentYears, lang), span(input.baseYear + 1, input.baseYear + input.investmentYears)),
    `${s.investment}: ${formatMoneyShort(totals.investment, lang)} · ${s.extra(span(first, last))}: ${formatMoneyShort(totals.extraOutput, lang)}`,
    `${s.peak}: ${formatPp(totals.peakUpliftPp, lang)} · ${s.payback}: ${payback}`,
    `${t.assumptions}: ${phrases.join(', ')}.`.replace(/\s+/gu, ' '),
    ...high.map((w) => w.replace(/\s+/gu, ' ')),
  ];
}

const NARROW = {
  ru: ['Год', 'Рост', '+п.п.', 'Доп. ВВП'],
  kk: ['Жыл', 'Өсім', '+п.т.', 'Қос. ЖІӨ'],
  en: ['Year', 'Growth', '+pp', 'Extra GDP'],
} satisfies Record<Lang, string[]>;

/** The year table narrow enough for a phone (four columns, about 30 characters): growth, uplift, extra output. */
export function renderScenarioNarrowTable(result: ScenarioResult, lang: Lang): string {
  const rows = result.years.map((y) => [String(y.year), formatPercent(y.scenarioGrowthPct, lang).replace(/\s/gu, ''), formatPp(y.upliftPp, lang).replace(/\s*(?:п\.п\.|п\.т\.|pp)$/u, '').replace(/\s/gu, ''), formatMoneyShort(y.extraOutput, lang).replace(/\s₸|₸/u, '')]);
  return layout(NARROW[lang], rows, [true, false, false, false]).join('\n');
}

// ---- tables ----

function pad(cells: string[], widths: number[], alignLeft: boolean[]): string {
  return cells
    .map((c, i) => (alignLeft[i] ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
    .join(' ')
    .trimEnd();
}

function layout(header: string[], rows: string[][], alignLeft: boolean[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [pad(header, widths, alignLeft), ...rows.map((r) => pad(r, widths, alignLeft))];
}

const TABLE = {
  ru: {
    head: ['Год', 'Инвестиции', 'Доп. выпуск', 'ВВП', 'Рост', '+п.п.'],
    note: (year: number, cap: string) => endSentence(`ВВП — по сценарию, в ценах ${year} г.; рост в %; * — на потолке ${keep(cap)}`),
  },
  kk: {
    head: ['Жыл', 'Инвестиция', 'Қосымша ЖІӨ', 'ЖІӨ', 'Өсім', '+п.т.'],
    note: (year: number, cap: string) => `ЖІӨ — сценарий бойынша, ${year} жылғы бағаларда; өсім %-бен; * — ${keep(cap)} шегінде.`,
  },
  en: {
    head: ['Year', 'Investment', 'Extra GDP', 'GDP', 'Growth', '+pp'],
    note: (year: number, cap: string) => `GDP: scenario, in ${year} prices; growth in %; * at the ${keep(cap)} cap.`,
  },
} as const;

/** One line per year: investment, extra output, scenario GDP, growth %, uplift pp (* when at the cap). Monospace. */
export function renderScenarioTable(result: ScenarioResult, lang: Lang): string {
  const t = TABLE[lang];
  const money = (v: number) => (v === 0 ? '—' : formatMoneyShort(v, lang));
  const rows = result.years.map((y) => {
    const uplift = round2(y.upliftPp);
    return [
      String(y.year),
      money(y.investment),
      money(y.extraOutput),
      formatMoneyShort(y.scenarioGdp, lang),
      fixed(y.scenarioGrowthPct, 2, lang),
      `${uplift > 0 ? '+' : ''}${fixed(uplift, 2, lang)}${y.atCap ? '*' : ' '}`,
    ];
  });
  const lines = layout([...t.head], rows, [true, false, false, false, false, false]);
  lines.push(...wrapText(t.note(result.input.baseYear, formatPp(result.input.maxUpliftPp, lang))));
  return lines.join('\n');
}

// ---- several scenarios ----

const COMPARE = {
  ru: {
    title: (span: string) => `Сравнение сценариев, ${span}`,
    extraShort: 'доп. выпуск',
    head: ['Инвест.', 'Доп. выпуск', 'Пик', 'Потол.', 'Окуп.'],
    legend: 'Пик — макс. прибавка к росту, п.п.; Потол. — лет на потолке; Окуп. — год окупаемости.',
    fallBack: 'В каждом сценарии отдача конечна: после неё ВВП возвращается к базовой траектории.',
  },
  kk: {
    title: (span: string) => `Сценарийлерді салыстыру, ${span}`,
    extraShort: 'қосымша ЖІӨ',
    head: ['Инвест.', 'Қосымша ЖІӨ', 'Шың', 'Шекте', 'Өтелу'],
    legend: 'Шың — өсімнің ең көп артуы, п.т.; Шекте — шекке жеткен жылдар; Өтелу — өтелу жылы.',
    fallBack: 'Әр сценарийде қайтарым шектеулі: ол біткен соң ЖІӨ базалық траекторияға оралады.',
  },
  en: {
    title: (span: string) => `Scenarios compared, ${span}`,
    extraShort: 'extra output',
    head: ['Invest.', 'Extra GDP', 'Peak', 'Capped', 'Payback'],
    legend: 'Peak: largest growth uplift, pp; Capped: years at the cap; Payback: payback year.',
    fallBack: 'In every scenario the return is finite: after it GDP falls back to the baseline path.',
  },
} as const;

/** A compact table of several scenarios (totals, peak uplift, years at cap, payback), the shared assumptions and warnings. */
/**
 * A comparison on a phone: the title, one line per scenario (extra output, peak uplift, payback),
 * the assumptions in one line; no table.
 */
export function renderComparisonBrief(scenarios: readonly ComparedScenario[], lang: Lang): string[] {
  if (scenarios.length === 0) return [];
  const c = COMPARE[lang];
  const s = SUMMARY[lang];
  const t = TEXT[lang];
  const years = scenarios[0]!.result.years;
  const last = years[years.length - 1]!.year;
  const first = scenarios[0]!.result.input;
  const lines = [c.title(span(years[0]!.year, last))];
  for (const { label, result } of scenarios) {
    const { totals } = result;
    const payback = totals.investment > 0 ? (totals.paybackYear === null ? s.noPayback(last) : s.paybackYear(totals.paybackYear)) : '—';
    lines.push(`• ${label}: ${formatMoneyShort(totals.investment, lang)} → ${c.extraShort} ${formatMoneyShort(totals.extraOutput, lang)} · ${formatPp(totals.peakUpliftPp, lang)} · ${s.payback.toLowerCase()} ${payback}`);
  }
  const phrases = [...assumptionPhrases(scenarios.map((x) => x.result.input), lang), t.base(first.baseYear, formatMoneyShort(first.baseGdp, lang), formatPercent(first.baselineGrowthPct, lang))];
  lines.push(`${t.assumptions}: ${phrases.join(', ')}.`.replace(/\s+/gu, ' '));
  const high = [...new Set(scenarios.map((x) => x.result.input.multiplier).filter(isAboveEmpiricalRange))];
  if (high.length > 0) lines.push(t.warning(high.map((m) => formatMultiplier(m, lang)).join(', '), empiricalRange(lang)).replace(/\s+/gu, ' '));
  return lines;
}

export function renderScenarioComparison(scenarios: readonly ComparedScenario[], lang: Lang): string {
  if (scenarios.length === 0) return '';
  const c = COMPARE[lang];
  const years = scenarios[0]!.result.years;
  const lines = [c.title(span(years[0]!.year, years[years.length - 1]!.year))];
  const rows = scenarios.map(({ result: { totals } }) => [
    formatMoneyShort(totals.investment, lang),
    formatMoneyShort(totals.extraOutput, lang),
    fixed(totals.peakUpliftPp, 2, lang),
    String(totals.yearsAtCap),
    totals.paybackYear === null ? '—' : String(totals.paybackYear),
  ]);
  const labels = scenarios.map((s) => s.label);
  const withLabels = layout(['', ...c.head], rows.map((r, i) => [labels[i]!, ...r]), [true, false, false, false, false, false]);
  if (withLabels.every((l) => l.length <= LINE_WIDTH)) {
    lines.push(...withLabels);
  } else {
    // Labels too long for one line: each scenario's label on its own line above its figures.
    const [head, ...body] = layout([...c.head], rows, [false, false, false, false, false]);
    lines.push(head!);
    body.forEach((row, i) => lines.push(labels[i]!, row));
  }
  lines.push(...wrapText(c.legend));
  lines.push(...assumptionLines(scenarios.map((s) => s.result.input), lang));
  lines.push(...wrapText(c.fallBack));
  return lines.join('\n');
}
