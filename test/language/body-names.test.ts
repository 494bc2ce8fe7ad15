import { expect, it } from 'vitest';
import { readBodyNames } from '../../src/language/body-names.js';
import { queryTokens, type EntityCandidate } from '../../src/language/match-entity.js';

// A body named in full is found by its initials; a lender that nothing holds is one the data lacks.

const candidates: EntityCandidate[] = [
  { id: 'isdb', kind: 'source', names: ['IsDB Affordable Housing Finance Facility loan'] },
  { id: 'adb', kind: 'source', names: ['Заём Азиатского банка развития'] },
  { id: 'un', kind: 'source', names: ['Грант ООН-Хабитат'] },
  { id: 'rent', kind: 'project', names: ['Онлайн-оплата аренды жилья'] },
];
const read = (text: string) => readBodyNames(queryTokens(text), candidates);

it('finds a body named in full in any language by its initials', () => {
  for (const text of ['Исламский банк развития, заём', 'Ислам даму банкі қарызы', 'Islamic Development Bank loan']) {
    expect(read(text).mentions.map((m) => m.matches.map((x) => x.id))).toEqual([['isdb']]);
  }
  // The initials of the data's own words ("Азиатского банка развития" holds "абр"): the English name finds them.
  expect(read('Asian Development Bank: free reserve').mentions[0]).toMatchObject({ tokenStart: 0, tokenEnd: 3, byInitials: true, matches: [{ id: 'adb' }] });
  expect(read('European Bank for Reconstruction and Development').foreignLenders).toEqual([{ tokenStart: 0, tokenEnd: 6 }]);
});

it('says a lender nothing holds is foreign, typed in full or as its initials, and leaves other bodies to the matcher', () => {
  expect(read('сколько ЕБРР выделил на реестр').foreignLenders).toEqual([{ tokenStart: 1, tokenEnd: 2 }]);
  expect(read('Евразийский банк развития дал на аренду').foreignLenders).toEqual([{ tokenStart: 0, tokenEnd: 3 }]);
  expect(read('сколько ЕАБР дал на аренду').foreignLenders).toEqual([{ tokenStart: 1, tokenEnd: 2 }]);
  // The WHO is no lender: its name is the matcher's to find or not.
  expect(read('Всемирная организация здравоохранения').foreignLenders).toEqual([]);
});

it('reads no body from words whose initials only happen to spell one', () => {
  // A name's own initials count only over a body's noun: "индустриально-инновационного развития" is no bank.
  const office = [{ id: 'office', kind: 'administrator', names: ['Управление предпринимательства и индустриально-инновационного развития Атырауской области'] }];
  expect(readBodyNames(queryTokens('Islamic Development Bank loan'), office)).toEqual({ mentions: [], foreignLenders: [{ tokenStart: 0, tokenEnd: 3 }] });
  // "объём освоения направления" spells "оон" but has no body's noun in it.
  expect(read('объём освоения направления за октябрь')).toEqual({ mentions: [], foreignLenders: [] });
});
