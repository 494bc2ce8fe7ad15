import { describe, expect, it } from 'vitest';
import { conceptsOf, sameInitials, shareConcept } from '../../src/language/concept-glossary.js';
import { FIELD_GROUPS } from '../../src/language/field-glossary.js';
import { phoneticKey } from '../../src/language/normalize-text.js';

const key = (word: string) => phoneticKey(word.replace(/\*$/, ''));

describe('the words of every field', () => {
  it('translate a field\'s words between Russian, Kazakh and English', () => {
    expect(shareConcept(key('fares'), key('проезда'))).toBe(true);
    expect(shareConcept(key('аялдамалар'), key('остановках'))).toBe(true);
    expect(shareConcept(key('depot'), key('депо'))).toBe(true);
    expect(shareConcept(key('fares'), key('депо'))).toBe(false);
  });

  it('read "media" as СМИ and БАҚ, so a media programme named "СМИ" is "the media programme"', () => {
    expect(shareConcept(key('media'), key('СМИ'))).toBe(true);
    expect(shareConcept(key('медиа'), key('бақ'))).toBe(true);
  });

  it('are each of one concept only: none repeats, or is swallowed by, a word of another group', () => {
    const shared = FIELD_GROUPS.flatMap((group) => group.filter((word) => conceptsOf(key(word)).length !== 1).map((word) => `${word} (${group[0]})`));
    expect(shared).toEqual([]);
  });
});

describe('initials in each language', () => {
  it('reads "ИсБР", as Russians write the Islamic Development Bank, as ИБР, IsDB and ИДБ', () => {
    expect(sameInitials('исбр', 'isdb')).toBe(true);
    expect(sameInitials('исбр', 'ибр')).toBe(true);
  });
});

describe('a register and a registration', () => {
  // «Реестр беспилотников» is no kiosk of self-registration; "registration" is still an entry into a register.
  it('keep "реестр" apart from "регистрация", and read "тізілімге енгізу" as registration', () => {
    expect(shareConcept(key('реестр'), key('регистрации'))).toBe(false);
    expect(shareConcept(key('реестр'), key('регистра'))).toBe(true);
    expect(shareConcept(key('registration'), key('тізілімге'))).toBe(true);
    expect(shareConcept(key('registry'), key('тізілімі'))).toBe(true);
  });
  it('read "public-private partnership" in Kazakh', () => {
    expect(shareConcept(key('partnership'), key('әріптестік'))).toBe(true);
    expect(shareConcept(key('private'), key('жекешелік'))).toBe(true);
  });
});
