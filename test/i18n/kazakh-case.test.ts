import { describe, expect, it } from 'vitest';
import { ablative, dative, locative } from '../../src/i18n/kazakh-case.js';

describe('Kazakh case endings of a date', () => {
  it('puts the month in the ablative (from) and the dative (to)', () => {
    const months = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
    expect(months.map(ablative)).toEqual(['қаңтардан', 'ақпаннан', 'наурыздан', 'сәуірден', 'мамырдан', 'маусымнан', 'шілдеден', 'тамыздан', 'қыркүйектен', 'қазаннан', 'қарашадан', 'желтоқсаннан']);
    expect(months.map(dative)).toEqual(['қаңтарға', 'ақпанға', 'наурызға', 'сәуірге', 'мамырға', 'маусымға', 'шілдеге', 'тамызға', 'қыркүйекке', 'қазанға', 'қарашаға', 'желтоқсанға']);
    expect(months.map(locative).slice(8, 11)).toEqual(['қыркүйектегі', 'қазандағы', 'қарашадағы']);
    expect(ablative('2026 жылғы 1 қаңтар')).toBe('2026 жылғы 1 қаңтардан');
  });
});
