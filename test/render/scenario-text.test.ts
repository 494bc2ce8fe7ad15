import { describe, expect, it } from 'vitest';
import { compareScenarios, projectScenario } from '../../src/projection/index.js';
import {
  LINE_WIDTH,
  renderScenarioComparison,
  renderScenarioSummary,
  renderScenarioTable,
  scenarioPresetLabel,
  scenarioShareLabel,
} from '../../src/render/scenario-text.js';

const BASE = { baseYear: 2025, baseGdp: 150e12, baselineGrowthPct: 5 };
const LANGS = ['ru', 'kk', 'en'] as const;

function expectPhoneText(text: string): void {
  for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(LINE_WIDTH);
  expect(text).not.toMatch(/NaN|undefined|Infinity|<|>/);
}

describe('scenario text', () => {
  const five = projectScenario({ ...BASE, investmentSharePct: 5 });

  it.each(LANGS)('%s: summary and table fit a phone, and state the assumptions', (lang) => {
    const summary = renderScenarioSummary(five, lang);
    const table = renderScenarioTable(five, lang);
    expectPhoneText(summary);
    expectPhoneText(table);
    expect(table.split('\n').filter((l) => /^20\d\d /.test(l))).toHaveLength(10);
    expect(summary).toContain(lang === 'en' ? '₸8.275 trn' : '8,275 трлн ₸'); // investment
    expect(summary).toContain(lang === 'en' ? '₸41.38 trn' : '41,38 трлн ₸'); // extra output
    expect(summary).toContain('2029'); // payback
    expect(summary).toMatch(/мультипликатор 5|multiplier 5/);
    expect(summary).toMatch(/горизонт 10 лет|болжам кезеңі 10 жыл|horizon 10 years/);
    expect(summary).toMatch(/\+1[,.]5 (п\.п\.|п\.т\.|pp)/);
  });

  it('ru / kk / en wording', () => {
    const ru = renderScenarioSummary(five, 'ru');
    expect(ru).toMatch(/Окупаемость: 2029 год/);
    expect(ru).toMatch(/Лет на потолке \(\+1,5 п\.п\.\): 3 из 10/);
    expect(ru).toMatch(/выше эмпирического\s+диапазона\s+1–2,7/);
    expect(ru).toMatch(/возвращается к базовой\s+траектории/);
    const kk = renderScenarioSummary(five, 'kk');
    expect(kk).toMatch(/ЖІӨ/);
    expect(kk).toMatch(/Өтелу жылы: 2029$/m);
    expect(kk).toMatch(/мультипликатор/);
    expect(kk).toMatch(/базалық\s+траекторияға оралады/);
    const en = renderScenarioSummary(five, 'en');
    expect(en).toMatch(/Payback year: 2029/);
    expect(en).toMatch(/above the empirical range of\s+1–2\.7/);
    expect(en).toMatch(/falls back to the baseline\s+path/);
    expect(en).toMatch(/From 2034 GDP equals the baseline/);
  });

  it('warns only when the multiplier is above the empirical range', () => {
    const imf = projectScenario({ ...BASE, multiplier: 2.7 });
    expect(renderScenarioSummary(imf, 'en')).not.toMatch(/Caution/);
    expect(renderScenarioSummary(five, 'en')).toMatch(/Caution/);
  });

  it('says when the return runs past the horizon, and when there is no payback or no investment', () => {
    const short = renderScenarioSummary(projectScenario({ ...BASE, investmentSharePct: 6, horizonYears: 3 }), 'en');
    expect(short).toMatch(/Return after 2028: ₸/);
    expect(short).toMatch(/Payback year: none by 2028/);
    expect(short).toMatch(/still unrealised/);
    const none = renderScenarioSummary(projectScenario({ ...BASE, investmentSharePct: 0 }), 'ru');
    expect(none).toMatch(/Окупаемость: —/);
    expect(none).toMatch(/Без инвестиций ВВП идёт по базовой траектории/);
    expectPhoneText(short);
    expectPhoneText(none);
  });

  it.each(LANGS)('%s: comparison of shares and of presets', (lang) => {
    const shares = compareScenarios(BASE, [4, 5, 6].map((s) => ({ label: scenarioShareLabel(s, lang), overrides: { investmentSharePct: s } })));
    const text = renderScenarioComparison(shares.scenarios, lang);
    expectPhoneText(text);
    expect(text).toMatch(/1[.,]33/);
    const presets = compareScenarios(
      BASE,
      (['ministry', 'imf-2020', 'advanced-economies', 'conservative'] as const).map((p, i) => ({
        label: scenarioPresetLabel(p, lang),
        overrides: { multiplier: [5, 2.7, 1.5, 1][i] },
      })),
    );
    const byPreset = renderScenarioComparison(presets.scenarios, lang);
    expectPhoneText(byPreset);
    for (const s of presets.scenarios) expect(byPreset).toContain(s.label);
    // The share the presets are compared at is said; shares compared are each their own label.
    expect(byPreset).toContain({ ru: '5 % ВВП за 3 года', kk: '3 жыл ішінде ЖІӨ-нің 5 %-ы', en: '5% of GDP over 3 years' }[lang]);
    expect(text).not.toMatch(/of GDP over 3 years,|ВВП за 3 года,|ЖІӨ-нің \d %-ы,/);
  });
});
