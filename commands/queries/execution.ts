import { anyPatternIn, compileAll, weighted, type Reading } from '../../src/language/index.js';
import { defineQueryCommand } from './query-command.js';

/**
 * Money spent, asked as a share of what there was ("какая доля израсходована, в %", "неше пайызын
 * жұмсады", "burn rate in percent"): that is execution. The spending is a verb or participle, not the
 * noun ("what share of spending went to health" is another question), and "share" is a noun.
 */
const SPENDING = compileAll(['израсходован*', 'израсходовал*', 'потрачен*', 'потратил*', 'освоен*', 'жұмсады*', 'жұмсалған*', 'жұмсалды*', 'жұмсаған*', 'spent', 'burned', 'burnt', 'burn rate', 'spend rate', 'used up']);
const AS_A_SHARE = compileAll(['процент*', 'доля', 'долю', 'доли', 'пайыз*', 'percent*', 'percentage', 'what share', 'share of its', 'share of their', 'share of the allocation', 'big share', 'burn rate', 'spend rate']);
const has = (r: Reading, patterns: ReturnType<typeof compileAll>) => anyPatternIn(r.tokens, patterns, false);
/** "%" alone, not after a number ("5 % ВВП" is an amount, not a question). */
const percentSign = (r: Reading) => r.tokens.some((t, i) => t.text === '%' && !(i > 0 && r.tokens[i - 1]!.isNumber));
const spendingAsAShare = (r: Reading) => has(r, SPENDING) && (percentSign(r) || has(r, AS_A_SHARE));

export const executionCommand = defineQueryCommand({
  name: 'execution',
  topic: 'results',
  summary: {
    ru: 'Освоение: израсходовано из выделенного, по направлениям, администраторам; кто отстаёт',
    kk: 'Игерілуі: бөлінгеннен жұмсалғаны, бағыттар, әкімшілер бойынша; кім артта',
    en: 'Execution: spent of what was allocated, by area, administrator; who lags behind',
  },
  examples: {
    ru: ['/execution', '/execution по направлениям', '/execution худшие 3'],
    kk: ['/execution', '/execution бағыттар бойынша', '/execution ең төмен 3'],
    en: ['/execution', '/execution by area', '/execution bottom 3'],
  },
  lexicon: {
    // Whole forms beside the stem: a typo is forgiven inside a whole word ("освоеия"), not at a stem's end.
    ru: [...weighted(3.5, 'освоен*', 'освоил*', 'освоени*', 'освоения', 'освоение', 'осваива*', 'процентов выбрал*'), ...weighted(2.5, 'исполнен*', 'процент исполнения', 'отстающ*'), ...weighted(2, 'какой процент', 'сколько процентов', 'скольк* процент*')],
    kk: [...weighted(3.5, 'игер*', 'игерілу*', 'игерілген*'), ...weighted(3, 'артта қалған*', 'артта қалып*'), ...weighted(2, 'орындал*', 'қанша пайыз*', 'неше пайыз*', 'пайызы қанша')],
    en: [...weighted(3.5, 'execution', 'executed', 'executing', 'exec rate', 'absorption rate', 'execution rate', 'utilisation rate', 'utilization rate', 'uptake rate', 'spend rate', 'spending rate', 'burn rate', 'exec', 'uptake', 'utilisation', 'utilization', 'absorption', 'how far along', 'in spending terms', 'using its money', 'using their money', 'using the money', 'share of its money', 'share of their money', 'share of the money', 'execution rate', 'share of money used', 'share of the money used', 'money used', 'as a % of', 'percent of what they had', 'percentage of what they had', 'share of what they had', 'of what they had', 'of what it had', 'percentage of its money', 'percentage of their money', 'percent of its money', 'percent of their money', 'percent of the money', 'slice of what it had', 'share of what it had', 'percentage of what it had', 'percent of what it had', 'as a percentage', 'in percentage terms', 'burn rate', 'spend rate', 'spending rate', 'absorbing', 'absorbed', 'absorb', 'at spending', 'spending its money', 'spending their money', 'of the money is used', 'of the money used', 'of its money is used', 'money is used up', 'of its money has been used', 'of the money has been used', 'of their money has been used', 'has been used', 'been used up', 'money being used', 'being used'), ...weighted(2, 'lagging', 'laggard*', 'lag', 'lags', 'lag behind', 'in percent', 'in %', 'what %', 'what % is', 'what percent', 'what percentage', 'how many percent')],
  },
  score: (r, keywords) => keywords + (spendingAsAShare(r) ? 5 : 0),
  measure: () => 'execution',
});
