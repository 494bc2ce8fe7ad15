// Kazakhstan's cities and regions: a place's name is no typo of an ordinary word, and one place is no other.
import { normalizeText } from './normalize-text.js';
import { tokenize } from './tokenize.js';
/**
 * Kazakhstan's cities and regions, as their words start in Russian, Kazakh and Latin letters: one
 * list per place ("семейный", family's, is no Semey).
 */
const PLACES: string[][] = [
  ['астан', 'astan'], ['алмат', 'almat'], ['шымкент', 'shymkent'], ['қарағанд', 'караганд', 'karagand', 'qaragand'], ['ақтөбе', 'актоб', 'актюб', 'aktob', 'aqtob'],
  ['қостанай', 'костанай', 'kostanay', 'qostanay'], ['павлодар', 'pavlodar'], ['атырау', 'atyrau'], ['ақтау', 'актау', 'aktau', 'aqtau'], ['уральск', 'uralsk'],
  ['тараз', 'taraz'], ['қызылорд', 'кызылорд', 'kyzylord', 'qyzylord'], ['петропавл', 'petropavl'], ['көкшетау', 'кокшетау', 'kokshetau'],
  ['талдықорған', 'талдыкорган', 'taldykorgan'], ['өскемен', 'оскемен', 'каменогорск', 'oskemen', 'kamenogorsk'], ['семей(?!н|ств)', 'semey'],
  ['түркістан', 'туркестан', 'turkistan', 'turkestan'], ['жезқазған', 'жезказган', 'zhezkazgan'], ['екібастұз', 'экибастуз', 'ekibastuz'],
  ['теміртау', 'темиртау', 'temirtau'], ['ақмол', 'акмол', 'akmol', 'aqmol'], ['жамбыл', 'zhambyl'], ['маңғыстау', 'мангистау', 'mangystau', 'mangistau'],
  ['ұлытау', 'улытау', 'ulytau'], ['жетісу', 'жетысу', 'zhetisu', 'zhetysu'],
  // The regions named by a side of the country, first part of the name ("Восточно-Казахстанской области").
  ['восточно', 'вко$', 'шқо$'], ['северо', 'ско$', 'сқо$'], ['западно', 'зко$', 'бқо$'],
];
export const PLACE = new RegExp(`^(?:${PLACES.flat().join('|')})`, 'u');

const EACH = PLACES.map((stems) => new RegExp(`^(?:${stems.join('|')})`, 'u'));

/** Which of PLACES a word names (-1: none). */
export const placeOf = (word: string): number => (PLACE.test(word) ? EACH.findIndex((place) => place.test(word)) : -1);

/** The cities and regions a thing's names hold. */
export const placesInNames = (names: readonly string[]): Set<number> =>
  new Set(names.flatMap((n) => tokenize(normalizeText(n)).map((t) => placeOf(t.text))).filter((p) => p >= 0));
