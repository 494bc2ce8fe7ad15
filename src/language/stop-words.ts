import { editDistance } from './word-similarity.js';

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
    'цифра', 'цифру', 'цифры', 'цифрой', 'коротко', 'кратко', 'время', 'сей', 'объем', 'объему', 'объема', 'объемы', 'имени', 'сколько', 'скоко', 'скока', 'скок', 'только', 'лишь', 'скольо', 'сколко', 'скольк', 'самого', 'самому', 'самой', 'самим', 'самом', 'начале', 'начала', 'тоже', 'также', 'мне', 'меня', 'мой', 'моя', 'мои', 'ты', 'вы', 'я', 'он', 'она', 'они', 'мы', 'нас', 'нам',
    'его', 'ее', 'их', 'там', 'тут', 'есть', 'был', 'была', 'были', 'было', 'будет', 'все', 'всех', 'всё',
    'весь', 'вся', 'насколько', 'включительно', 'включая', 'всей', 'всю', 'покажи', 'показать', 'покажите', 'скажи', 'расскажи', 'дай', 'дайте', 'пожалуйста', 'сейчас',
    'еще', 'уже', 'так', 'денег', 'деньги', 'средств', 'средства', 'сумма', 'сумму', 'тенге', 'млн', 'млрд',
    'трлн', 'тыс', 'тысяч', 'миллионов', 'миллиардов', 'дела', 'там', 'ну', 'вот', 'ещё',
    'какого', 'какому', 'каким', 'каких', 'какими', 'какую', 'кто', 'кого', 'кому', 'кем', 'который', 'которая',
    'которые', 'которых', 'которого', 'никому', 'накидай', 'кассе', 'факту', 'фактически', 'подрядчикам', 'подрядчиков', 'конец', 'конца', 'каком', 'закрытия', 'закрытии', 'завершения', 'договор', 'договору', 'договорам', 'договорах', 'договоров', 'изначально', 'уровень', 'остановки', 'приостановки', 'пользу', 'делается', 'делают', 'другой', 'другому', 'другие', 'другим', 'которым', 'которыми', 'которой', 'котором', 'которую', 'чей', 'чья', 'чьи', 'чье', 'чьего', 'чьему', 'чьей', 'всего', 'итого', 'всем', 'всеми', 'всему', 'целом',
    'сам', 'сама', 'само', 'сами', 'свой', 'своим', 'своих', 'своей', 'своего', 'ему', 'ей', 'им', 'него', 'нее',
    'них', 'нему', 'ним', 'ней', 'теперь', 'тогда', 'можно', 'надо', 'нужно', 'хочу', 'узнать', 'знать', 'подскажи',
    'счет', 'счета', 'счетах', 'счетам', 'счете', 'лежит', 'лежат', 'каждому', 'каждой', 'каждого', 'каждый', 'каждая', 'каждое', 'здравствуйте', 'добрый', 'день', 'привет', 'спасибо', 'инфа', 'информация', 'подскажите', 'скажите', 'уточни', 'уточните', 'среди', 'них', 'ними', 'общий', 'общая', 'общее', 'общую', 'объем', 'объём', 'размер',
    'сидит', 'сидят', 'назови', 'назовите', 'перечисли', 'самых', 'самые', 'самый', 'туда', 'сюда', 'карточка', 'карточку', 'карточки', 'вместе', 'сих', 'пор', 'состоянию', 'состояние', 'подрядчикам', 'подрядчики', 'подрядчиков', 'целиком', 'сейчас', 'пока', 'ли',
    'провел', 'провела', 'провели', 'провело', 'сумме', 'суммы', 'суммарно', 'вообще', 'именно', 'сегодня', 'сегодняшний', 'момент', 'данный', 'текущий',
    'закрыли', 'закрылся', 'закрылась', 'закрыт', 'закрыта', 'закрыто', 'закрыты', 'жабылды', 'жабылған', 'жабылғанда',
    'рублей', 'тг', 'деньгами', 'денежных', 'средствах', 'средствами', 'фактически', 'факт', 'было',
    // greetings and openers before the question ("Уважаемые коллеги, …", "Quick question — …")
    // ("коллеги" is not here: one letter from "коллегия", a board that names things)
    'уважаемые', 'уважаемый', 'уважаемая', 'коллега', 'друзья', 'доброе', 'утро', 'утра', 'вечер', 'дорогие', 'срочный', 'срочно', 'вопрос', 'вопросик', 'слушай', 'слушайте',
    'dear', 'colleagues', 'colleague', 'quick', 'question', 'urgent', 'folks', 'guys', 'checking', 'listen', 'good', 'morning', 'afternoon', 'evening',
    'құрметті', 'әріптестер', 'әріптес', 'әріптестерім', 'сұрақ', 'шұғыл', 'қайырлы', 'таң',
    // acts of work done ("оплачено по актам"), "any", "including", "performing": no names
    'акт', 'акты', 'актам', 'актов', 'актами', 'актах', 'актілер', 'актілері', 'актілерге', 'ешбір', 'ешқандай', 'включая', 'performing', 'performer', 'performers', 'part', 'pls', 'plz', 'figure', 'number', 'name', 'line', 'lines', 'row', 'rows', 'строкой', 'строке', 'not', 'first', 'comparison', 'order', 'sort', 'sorted', 'неше', 'counted', 'included', 'new', 'counting', 'only', 'итоговая', 'итоговую', 'итоговый', 'соңындағы', 'соңында', 'қарай', 'аяғына', 'аяғында', 'own', 'свои', 'своя', 'списку', 'списком', 'список',
    // kk
    'қай', 'қайсы', 'қайсысы', 'қайсысының', 'подрядшыларға', 'мердігерлерге', 'кешке', 'түйіп', 'айтқанда', 'кімдер', 'ешкімге', 'шотына', 'шотқа', 'шоттарына', 'қаражатынан', 'сомаларымен', 'мердігерлерге', 'ақшаның', 'бәрі', 'бәрін', 'бәрінен', 'бәріне', 'бәрінің', 'барлығынан', 'уақытқа', 'уақытта', 'дейін', 'шейін', 'үлгерді', 'үлгерген', 'үлгерді ме', 'бірде', 'шығарып', 'шығар', 'деңгейі', 'деңгейін', 'әрқайсысы', 'әрқайсысына', 'әрқайсысының', 'ақшасы', 'ақшасын', 'ақшасының', 'жіберілді', 'жіберілген', 'жіберді', 'кім', 'кімнің', 'кімге', 'кімде', 'барлығы', 'барлық', 'жалпы',
    'жиыны', 'жиынтығы', 'барлығын', 'қазір', 'қазіргі', 'бүгін', 'бүгінгі', 'оның', 'олардың', 'ол', 'олар',
    'қаражат', 'қаражатты', 'қаражаты', 'қаражаттың', 'сома', 'сомасы', 'ше', 'ал', 'еді', 'болды', 'болған', 'болады',
    'отыр', 'тұр', 'тұрған', 'бер', 'беріңіз', 'тізіп', 'тізімде', 'атап', 'жатыр', 'жатқан', 'келе', 'бара', 'барады', 'тек', 'есебінен', 'жасаған', 'жасалған', 'түскені', 'әлі', 'әзірге', 'nobody', 'no one', 'бері', 'ата', 'атаңыз', 'жетті', 'жеткен', 'басқа', 'жасалды', 'жасалған', 'көлемі', 'көлемін', 'ай', 'айы', 'айында', 'айындағы', 'берілетін', 'бөлінетін', 'арналған', 'шот', 'шоттарында', 'шотында', 'шоттағы', 'әр', 'әрбір', 'қаржы', 'қаржысы', 'қаржыны', 'қаражат', 'қаражаты', 'қаражатын', 'қаражатының', 'қаражатты', 'қаражатқа', 'қаражатынан', 'сәлеметсіз', 'сәлем', 'рахмет', 'шығар', 'білгім', 'келеді', 'айтшы', 'айтыңыз', 'көрсетіңіз', 'ішінде', 'ішіндегі', 'арасында', 'арасындағы', 'бөлігі', 'бөлігін', 'бөлігінің', 'алғанда', 'кәсіпорны', 'кәсіпорнының', 'кәсіпорнына', 'кәсіпорнында', 'кәсіпорын', 'қысқаша', 'орындағы', 'орында', 'күні', 'аяқталғанда', 'біткенде', 'есепшоттарында', 'есепшотында', 'есепшоттағы', 'әрқайсысында', 'басынан', 'қайсысы', 'қайсы', 'қазіргі', 'кезде',
    // kk
    'мен', 'және', 'бен', 'пен', 'үшін', 'туралы', 'бойынша', 'қанша', 'қандай', 'қалай', 'қайда', 'ма', 'ме',
    'ба', 'бе', 'па', 'пе', 'бар', 'жоқ', 'осы', 'сол', 'бұл', 'маған', 'менің', 'көрсет', 'көрсетші', 'айт',
    'ақша', 'ақшаны', 'түп', 'түгел', 'түп-түгел', 'ға', 'ге', 'қа', 'ке', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен',
    'нан', 'нен', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ы', 'і', 'сы',
    'сі', 'ға', 'на', 'не', 'теңге', 'теңгені', 'ғы', 'гі', 'қы', 'кі', 'дағы', 'дегі',
    // en
    'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'from', 'for', 'by', 'with', 'and', 'or', 'is', 'are', 'was',
    'were', 'be', 'what', 'whats', 'how', 'much', 'many', 'everything', 'anything', 'actually', 'which', 'where', 'who', 'me', 'my', 'i', 'you', 'show',
    'tell', 'about', 'please', 'all', 'any', 'some', 'it', 'its', 'this', 'that', 's', 'into', 'out', 'do', 'does',
    'did', 'down', 'over', 'made', 'contractors', 'touched', 'kitty', 'run', 'through', 'walk', 'actually', 'money', 'amounts', 'amount', 'figures', 'another', 'tenge', 'kzt', 'now', 'give', 'our', 'we', 'us', 'doing', 'going', 'there', 'here', 'has', 'have',
    'total', 'overall', 'altogether', 'together', 'so', 'far', 'date', 'today', 'currently', 'current', 'right', 'they',
    'them', 'their', 'he', 'she', 'his', 'her', 'each', 'every', 'been', 'had', 'will', 'would', 'can', 'could', 'should',
    'amount', 'sum', 'funds', 'want', 'know', 'need', 'let', 'see', 'whole', 'entire', 'across', 'still', 'yet', 'then',
    'running', 'close', 'closing', 'closed', 'closure', 'briefly', 'short', 'moment', 'pot', 'pots', 'using', 'use', 'used', 'uses', 'cash', 'same', 'card', 'instead', 'combined', 'per', 'far', 'door', 'went', 'off', 'account', 'accounts', 'sitting', 'lying', 'idle', 'hi', 'hello', 'thanks', 'info', 'than', 'whose', 'whom', 'one', 'ones', 'get', 'got', 'please', 'just', 'also', 'as', 'up', 'among', 'between',
  ].map((w) => w.normalize('NFKC')),
);

/** A word of a question that names nothing (function word or question filler). */
// Kazakh filler nouns in any case form ("сомалардың", "көрсеткіштері", "пайызға").
const STOP_STEMS = /^(?:сомал[ае]р|сомас|көрсеткіш|пайыз|процент|percent)/u;

export function isStopWord(word: string): boolean {
  return STOP.has(word) || FUNCTION_WORDS.has(word) || STOP_STEMS.test(word) || KAZAKH_TYPED_IN_RUSSIAN.stop.has(word);
}

const STOP_BY_INITIAL = new Map<string, string[]>();
for (const w of STOP) if (w.length >= 6) STOP_BY_INITIAL.set(w[0]!, [...(STOP_BY_INITIAL.get(w[0]!) ?? []), w]);

/** A filler word typed with one letter wrong, missing, doubled or swapped ("сосотоянию"): still filler. Long words only. */
export function isStopWordTypo(word: string): boolean {
  if (word.length < 7) return false;
  return (STOP_BY_INITIAL.get(word[0]!) ?? []).some((w) => Math.abs(w.length - word.length) <= 1 && editDistance(w, word, 1) <= 1);
}

/** A function word: never part of what a name is matched on. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || KAZAKH_TYPED_IN_RUSSIAN.function.has(word);
}

/** Kazakh letters as people type them on a Russian keyboard ("канша акша калды" for "қанша ақша қалды"). */
const RUSSIAN_LOOKALIKE: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };
const typedInRussian = (word: string): string => word.replace(/[әғқңөұүһі]/gu, (ch) => RUSSIAN_LOOKALIKE[ch]!);
/** The Kazakh filler and function words with Kazakh letters, as typed with Russian ones. */
const KAZAKH_TYPED_IN_RUSSIAN = {
  stop: new Set([...STOP].filter((w) => /[әғқңөұүһі]/u.test(w)).map(typedInRussian)),
  function: new Set([...FUNCTION_WORDS].filter((w) => /[әғқңөұүһі]/u.test(w)).map(typedInRussian)),
};

// The word "year" after a name's year ("… 2026 года") is no name alone: "с начала года" is a period.
const GENERIC_RE = /^(?:проект|project|жоба|programme|program$|programs$|программ(?:а|ы|е|у|ой|ам|ами|ах)?$|programm(?:a|y|e|u|oy|oi)?$|бағдарлама|(?:год|года|году|годом|годе|year|жыл|жылы|жылғы|жылдың)$)/u;
/** Legal forms before a company's name ("ТОО «Kostanay AgriTech»"): nobody says them when asking. */
const LEGAL_FORMS = new Set(['тоо', 'ао', 'гкп', 'кгп', 'ргп', 'гу', 'кгу', 'ип', 'ооо', 'жшс', 'ақ', 'мкк', 'кмк', 'llp', 'jsc', 'ltd', 'llc', 'plc']);

/** The state's name and forms of state bodies in official names ("… Республики Казахстан", "РГП на ПХВ"): they tell no two bodies apart. */
const STATE_FORMALITIES = new Set([
  'рк', 'қр', 'республики', 'республика', 'республикасы', 'республикасының', 'казахстан', 'казахстана', 'қазақстан', 'kazakhstan', 'republic',
  'пхв', 'нао', 'ргу', 'ргп', 'мм', 'кеақ', 'рмк', 'ркп', 'rse', 'nje',
]);

/** A legal form ("АО", "ТОО", "JSC") or a state formality: part of an official name, never of what people call it. */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word) || STATE_FORMALITIES.has(word);
}

/** A company's legal form ("ТОО", "LLP", "АО"): the words beside it name an organisation. */
export function isCompanyForm(word: string): boolean {
  return LEGAL_FORMS.has(word);
}

/** Words like "проект", "project", "жоба", "программа" that name a kind of thing rather than a thing. */
export function isGenericWord(word: string): boolean {
  return GENERIC_RE.test(word) || LEGAL_FORMS.has(word);
}
