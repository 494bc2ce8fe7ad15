import { weighted } from '../../src/language/index.js';
import { defineQueryCommand } from './query-command.js';

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
    ru: [...weighted(3.5, 'освоен*', 'освоил*', 'освоени*', 'осваива*', 'процентов выбрал*'), ...weighted(2.5, 'исполнен*', 'процент исполнения', 'отстающ*')],
    kk: [...weighted(3.5, 'игер*', 'игерілу*', 'игерілген*'), ...weighted(2, 'орындал*')],
    en: [...weighted(3.5, 'execution', 'executed', 'uptake', 'utilisation', 'utilization', 'absorption', 'how far along', 'in spending terms', 'using its money', 'using their money', 'using the money', 'share of its money', 'share of their money', 'share of the money', 'execution rate', 'percentage of its money', 'percentage of their money', 'slice of what it had', 'share of what it had'), ...weighted(2, 'lagging', 'laggard*', 'in percent')],
  },
  measure: () => 'execution',
});
