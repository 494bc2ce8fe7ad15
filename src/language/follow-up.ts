// A follow-up changes one part of the question before it: "а в апреле?", "а по источникам?",
// "а сколько у него осталось?", "ал Қазақтелекомда ше?", "and with 6 %?". It is recognised by its
// opening ("а", "ал", "and", "what about"), a pronoun standing for the thing asked about before,
// or by being too short to stand alone while its verb has a doer it does not name.
import { asksRanking, FLIP } from './budget-question.js';
import { compileAll, findPattern } from './keyword-match.js';
import { detectLanguage } from './detect-language.js';
import { normalizeText } from './normalize-text.js';
import { placeOf } from './places.js';
import { latinStandsOut, PLACE_NOUN, type Reading } from './reading.js';
import { isFunctionWord, isStopWord } from './stop-words.js';
import { tokenize, type Token } from './tokenize.js';
import { wordSimilarity } from './word-similarity.js';
import type { EntityCandidate } from './match-entity.js';

/** Words a follow-up opens with. */
const OPENINGS = new Set(['а', 'ал', 'and', 'same', 'и', 'ну', 'тогда', 'теперь', 'now', 'then', 'also', 'ещё', 'еще', 'тоже', 'ә', 'енді', 'сосын', 'so', 'but', 'но', 'ok', 'okay', 'ладно', 'жарайды', 'fine', 'good', 'great', 'хорошо', 'понятно', 'ясно', 'отлично', 'жақсы', 'түсінікті']);
const PHRASES = compileAll([
  'what about', 'how about', 'same for', 'the same', 'same with', 'same but', 'same thing', 'same question', 'то же самое', 'то же', 'тоже самое', 'так же', 'а если', 'а что если',
  'дәл солай', 'сол сияқты', 'instead',
  // adding to what was asked: "add 6 % too", "добавь 6 %", "тағы 6 %"
  'add', 'adding', 'too', 'as well', 'добав*', 'тағы',
  // changing one part of it: "switch to the ministry preset", "поменяй на МВФ", "ХВҚ-ға ауыстыр"
  'switch to', 'switch it to', 'change to', 'change it to', 'swap to', 'swap in', 'now with', 'replace with',
  'поменяй на', 'поменяй', 'смени на', 'замени на', 'переключи на', 'а теперь', 'теперь с', 'ауыстыр*', 'өзгерт*',
  // asking what the change does: "министрлік коэффициентімен болса қалай өзгереді", "что изменится"
  'қалай өзгереді', 'не өзгереді', 'что изменится', 'как изменится', 'what changes', 'how does it change', 'how would it change',
]);
/** Pronouns that stand for the thing of the question before. */
const PRONOUNS = new Set([
  'он', 'она', 'оно', 'они', 'его', 'ее', 'их', 'него', 'нее', 'них', 'нему', 'ней', 'ним', 'ними', 'нем', 'этот', 'этого', 'этому', 'этом', 'эта', 'этой', 'там',
  'ол', 'оның', 'онда', 'оған', 'олар', 'олардың', 'оларда', 'сол', 'соның', 'сонда', 'бұның', 'мұнда', 'бұл', 'бөлігі', 'бөлігін',
  'it', 'its', 'they', 'them', 'their', 'theirs', 'that', 'there', 'this', 'he', 'she', 'his', 'her',
]);
/** A Kazakh measure with "its" on it ("игерілуі", "қалдығы"): in a short question, of the thing before. */
const KK_ITS_MEASURE = /^(?:игерілуі|игеруі|қалдығы|шығыны|шығындары|түсімі|түскені|жұмсалғаны|жұмсағаны|алғаны|бергені|резерві)$/u;
/** A question this short cannot stand alone. */
const SHORT = 2;

/**
 * A verb with a doer but no doer named: "потратил", "освоили", "жұмсады", "алды" (not the impersonal
 * "потрачено", "жұмсалды"). Such a short question is about the thing asked about before.
 */
const RU_PERSONAL_PAST = /^\p{L}{3,}(?:ил|ал|ял|ел|ули|или|али|яли|ели|ила|ала|ела)$/u;
const KK_PERSONAL_PAST = /^\p{L}{1,}(?:ды|ді|ты|ті)$/u;
const KK_PASSIVE = /\p{L}{3,}(?:л|н)(?:ды|ді)$/u;

export interface FollowUpSigns {
  /** Opens like a follow-up or points back with a pronoun. */
  marked: boolean;
  /** Short, names nothing, and its verb has an unnamed doer ("қанша жұмсады?"). */
  elliptic: boolean;
  /** Short and names nothing ("how much is left?"): after a card, it is about the card's thing. */
  bare: boolean;
  /** A pronoun points back at what was asked about ("who's paying for it"). */
  pointing: boolean;
  /** Asks for the ranking before turned round ("переверни", "flip it"). */
  flip: boolean;
  /** Opens like a follow-up and names only a city or region ("and karaganda?", "ал Жетісу облысы ше?"): the same question about that place's one. */
  placeOnly: boolean;
}

export function followUpSigns(r: Reading): FollowUpSigns {
  const words = r.tokens.map((t) => t.text);
  const opening = words[0] !== undefined && OPENINGS.has(words[0]) && words.length > 1;
  // Kazakh asks "and X?" with "ше" closing the clause: "ал Қазақтелекомда ше?", "ең жақсысы ше, пайызымен".
  const closing = words.slice(1).includes('ше');
  const pointing = words.some((w) => PRONOUNS.has(w));
  const flip = FLIP.some((p) => findPattern(r.tokens, p, false).length > 0);
  const phrase = flip || PHRASES.some((p) => findPattern(r.tokens, p).length > 0);
  const meaningful = r.tokens.filter((t) => !t.isNumber && !isStopWord(t.text) && !isFunctionWord(t.text) && !PRONOUNS.has(t.text) && !OPENINGS.has(t.text) && t.text.length > 1);
  const kazakh = detectLanguage(r.text) === 'kk';
  const personal = r.tokens.some(
    (t, i) => r.hits.some((h) => i >= h.tokenStart && i < h.tokenEnd) && (kazakh ? KK_PERSONAL_PAST.test(t.text) && !KK_PASSIVE.test(t.text) : RU_PERSONAL_PAST.test(t.text)),
  );
  const short = meaningful.length <= SHORT && r.mentions.length === 0;
  // Only another period, with nothing asked of it ("апрель тоже глянь", "ok do June", "1 сәуірде канша болған?").
  const period = r.period;
  const besidePeriod = period ? r.tokens.filter((t, i) => (i < period.tokenStart || i >= period.tokenEnd) && meaningful.includes(t)) : [];
  // Words beside it that look like a name ("Zhasyl Damu за 2024?", "Самрук за апрель?") ask about
  // that, not about the question before; a capital on the first word counts too (the period and
  // the words of a follow-up are not among them).
  const nameLike = () => {
    const capitalised = new Set(
      r.text
        .split(/[^\p{L}\p{Nd}]+/u)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => normalizeText(w)),
    );
    const latin = latinStandsOut(r);
    return besidePeriod.some((t) => (latin && /[a-z]/.test(t.text)) || capitalised.has(t.text));
  };
  const periodOnly = period !== null && r.hits.length === 0 && r.mentions.length === 0 && besidePeriod.length <= SHORT && !nameLike();
  const its = short && r.tokens.some((t) => KK_ITS_MEASURE.test(t.text));
  // Only the other end of a ranking, with nothing asked of it ("ең нашары қайсы, пайызымен", "and the worst?").
  const rankOnly = r.hits.length === 0 && r.mentions.length === 0 && period === null && meaningful.length <= 3 && asksRanking(r);
  const placeWords = meaningful.filter((t) => t.text !== 'ше');
  const placeOnly = (opening || closing) && placeWords.some((t) => placeOf(t.text) >= 0) && placeWords.every((t) => placeOf(t.text) >= 0 || PLACE_NOUN.test(t.text));
  return { marked: opening || closing || pointing || phrase || periodOnly || its || rankOnly, placeOnly, elliptic: short && personal, bare: short && meaningful.every((t) => t.intentWord), pointing, flip };
}

/** The kinds of thing there are few of, by a scope's kind, as the matcher calls them. */
const FEW_KINDS: Record<string, string> = { area: 'priority', source: 'source', administrator: 'administrator' };

const NAME_WORDS = new WeakMap<EntityCandidate, Token[]>();
const nameWordsOf = (c: EntityCandidate): Token[] => {
  let words = NAME_WORDS.get(c);
  if (!words) NAME_WORDS.set(c, (words = c.names.flatMap((n) => tokenize(normalizeText(n)))));
  return words;
};

/**
 * A short follow-up's words ("а по такси?" after an area) as the one thing of `kind` whose names hold
 * them all, when exactly one does. Only the kinds there are few of: areas, sources, administrators
 * (`scopeKind` as a question's scope names them: "area", "source", "administrator").
 */
export function oneOfKindNamed(r: Reading, scopeKind: unknown): string | undefined {
  const kind = FEW_KINDS[String(scopeKind)];
  if (!kind) return undefined;
  const words = r.tokens.filter((t) => !t.isNumber && t.text.length >= 3 && !t.intentWord && !isStopWord(t.text) && !isFunctionWord(t.text) && !OPENINGS.has(t.text) && !PRONOUNS.has(t.text));
  if (words.length === 0 || words.length > 2 || r.period !== null || r.date !== null) return undefined;
  const holders = r.index.candidates.filter((c) => c.kind === kind && words.every((w) => nameWordsOf(c).some((x) => wordSimilarity(x.key, w.key) >= 0.85)));
  return holders.length === 1 ? holders[0]!.id : undefined;
}
