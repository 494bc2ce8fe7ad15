// Words that carry no name. Function words (prepositions, conjunctions, articles, Kazakh suffixes
// split off by a hyphen as in "ЖІӨ-нің") never do, in a name or in a question; filler words of
// questions (pronouns, "сколько", "покажи", "денег", "тенге") are skipped in questions only.
// Compared on normalised (lower-case) text.

const FUNCTION_WORDS = new Set(
  [
    'в', 'во', 'на', 'с', 'со', 'из', 'изо', 'от', 'до', 'по', 'о', 'об', 'обо', 'для', 'к', 'ко', 'у', 'и', 'а',
    'но', 'или', 'за', 'при', 'про', 'над', 'под', 'без', 'через', 'же', 'ли', 'бы', 'не', 'ни',
    'мен', 'және', 'бен', 'пен', 'үшін', 'ға', 'ге', 'қа', 'ке', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен',
    'нан', 'нен', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ы', 'і', 'сы',
    'сі', 'на', 'не', 'ғы', 'гі', 'қы', 'кі', 'дағы', 'дегі',
    'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'from', 'for', 'by', 'with', 'and', 'or',
  ].map((w) => w.normalize('NFKC')),
);

const STOP = new Set(
  [
    // ru
    'в', 'во', 'на', 'с', 'со', 'из', 'изо', 'от', 'до', 'по', 'о', 'об', 'обо', 'для', 'к', 'ко', 'у', 'и', 'а',
    'но', 'или', 'за', 'при', 'про', 'над', 'под', 'без', 'через', 'же', 'ли', 'бы', 'не', 'ни', 'то', 'это',
    'этот', 'эта', 'эти', 'что', 'чем', 'как', 'какой', 'какая', 'какие', 'каков', 'какое', 'где', 'когда',
    'сколько', 'мне', 'меня', 'мой', 'моя', 'мои', 'ты', 'вы', 'я', 'он', 'она', 'они', 'мы', 'нас', 'нам',
    'его', 'ее', 'их', 'там', 'тут', 'есть', 'был', 'была', 'были', 'было', 'будет', 'все', 'всех', 'всё',
    'весь', 'вся', 'покажи', 'показать', 'покажите', 'скажи', 'расскажи', 'дай', 'дайте', 'пожалуйста', 'сейчас',
    'еще', 'уже', 'так', 'денег', 'деньги', 'средств', 'средства', 'сумма', 'сумму', 'тенге', 'млн', 'млрд',
    'трлн', 'тыс', 'тысяч', 'миллионов', 'миллиардов', 'дела', 'там', 'ну', 'вот', 'ещё',
    // kk
    'мен', 'және', 'бен', 'пен', 'үшін', 'туралы', 'бойынша', 'қанша', 'қандай', 'қалай', 'қайда', 'ма', 'ме',
    'ба', 'бе', 'па', 'пе', 'бар', 'жоқ', 'осы', 'сол', 'бұл', 'маған', 'менің', 'көрсет', 'көрсетші', 'айт',
    'ақша', 'ақшаны', 'ға', 'ге', 'қа', 'ке', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен',
    'нан', 'нен', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ы', 'і', 'сы',
    'сі', 'ға', 'на', 'не', 'теңге', 'теңгені', 'ғы', 'гі', 'қы', 'кі', 'дағы', 'дегі',
    // en
    'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'from', 'for', 'by', 'with', 'and', 'or', 'is', 'are', 'was',
    'were', 'be', 'what', 'whats', 'how', 'much', 'many', 'which', 'where', 'who', 'me', 'my', 'i', 'you', 'show',
    'tell', 'about', 'please', 'all', 'any', 'some', 'it', 'its', 'this', 'that', 's', 'into', 'out', 'do', 'does',
    'did', 'money', 'tenge', 'kzt', 'now', 'give', 'our', 'we', 'us', 'doing', 'going', 'there', 'here', 'has', 'have',
  ].map((w) => w.normalize('NFKC')),
);

/** A word of a question that names nothing (function word or question filler). */
export function isStopWord(word: string): boolean {
  return STOP.has(word) || FUNCTION_WORDS.has(word);
}

/** A function word: never part of what a name is matched on. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}

const GENERIC_RE = /^(?:проект|project|жоба|programme|program$|programs$|программ(?:а|ы|е|у|ой|ам|ами|ах)?$|programm(?:a|y|e|u|oy|oi)?$|бағдарлама)/u;

/** Words like "проект", "project", "жоба", "программа" that name a kind of thing rather than a thing. */
export function isGenericWord(word: string): boolean {
  return GENERIC_RE.test(word);
}
