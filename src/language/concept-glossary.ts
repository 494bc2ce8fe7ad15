// Generic vocabulary of public finance and digitalisation in Russian, Kazakh and English, so that
// "Ұлттық қор" or "national fund" find a source named "Национальный фонд". Nothing here names a
// particular project or source; each group is one concept. `*` at the end = any ending.
import { phoneticKey } from './normalize-text.js';

/** One body's initials in each language: the very same name, not a related word. */
const INITIALS: string[][] = [
  // Lenders and international bodies.
  ['абр', 'adb', 'адб'],
  ['ебрр', 'ebrd', 'еқдб'],
  ['еабр', 'edb', 'eadb', 'едб'],
  ['абии', 'aiib', 'аииб'],
  ['ибр', 'isdb', 'идб'],
  ['еаэс', 'eaeu', 'еаэо'],
  ['воз', 'who', 'ддсұ'],
  ['оон', 'бұұ'],
  ['проон', 'undp', 'бұұдб'],
  ['вмо', 'wmo', 'дмұ'],
  ['мот', 'ilo', 'хеұ'],
  ['магатэ', 'iaea'],
  ['оэср', 'oecd', 'эыдұ'],
  ['вто', 'wto', 'дсұ'],
  ['гэф', 'gef', 'жэқ'],
  ['зкф', 'gcf', 'жкқ'],
  // State bodies, funds and everyday public-sector initials.
  ['мвд', 'mia', 'іім'],
  ['мчс', 'тжм'],
  ['кнб', 'nsc', 'ұқк'],
  ['цик', 'cec', 'оск'],
  ['цон', 'psc', 'хқко'],
  ['енпф', 'uapf', 'бжзқ'],
  ['гфсс', 'ssif', 'мәсқ'],
  ['фсмс', 'shif', 'әмсқ'],
  ['жкх', 'ткш'],
  ['оопт', 'еқта', 'spna'],
  ['нпо', 'ngo', 'үеұ'],
  ['сми', 'бақ'],
  ['вуз', 'hei', 'жоо'],
  ['ндс', 'vat', 'ққс'],
  ['эцп', 'eds', 'эцқ'],
  ['иин', 'iin', 'жсн'],
  ['бин', 'bin', 'бсн'],
];
const SAME_INITIALS = new Map(INITIALS.flatMap((group, i) => group.map((w) => [w, i] as const)));

/** Whether two words are one body's initials in two languages (ЕБРР, EBRD). */
export function sameInitials(a: string, b: string): boolean {
  const i = SAME_INITIALS.get(a);
  return i !== undefined && i === SAME_INITIALS.get(b);
}

/** The same body's initials in the other languages ("еабр" → "edb", "eadb", "едб"). */
export function initialsElsewhere(a: string): readonly string[] {
  const i = SAME_INITIALS.get(a);
  return i === undefined ? [] : INITIALS[i]!.filter((w) => w !== a);
}

const GROUPS: string[][] = [
  ['национальн*', 'national*', 'ұлттық*', 'nacional*'],
  // A loan or grant "facility" is a fund; "sports facilities" are buildings.
  ['фонд*', 'fund', 'funds', 'facility', 'қор', 'қорлар*', 'қоры*', 'қорын*', 'қорд*', 'қорға', 'қорынан'],
  ['бюджет*', 'budget*'],
  ['республиканск*', 'republican*', 'республикалық*', 'republic', 'респ'],
  ['местн*', 'local*', 'жергілікті*', 'regional*', 'региональн*', 'өңірлік*'],
  ['развити*', 'development*', 'даму*', 'дамыту*'],
  // The short stem takes two letters of ending at most: the longer case forms are listed.
  ['данн*', 'данными', 'данным', 'данных', 'данные', 'data', 'деректер*', 'дерек*', 'сведени*', 'мәлімет*'],
  ['обмен*', 'exchange*', 'алмасу*'],
  ['центр*', 'center*', 'centre*', 'орталық*', 'орталығ*', 'хаб*', 'hub*'],
  ['школ*', 'school*', 'мектеп*'],
  ['обучени*', 'образовани*', 'education*', 'training*', 'learning', 'білім*', 'оқыту*', 'оқу'],
  ['цифров*', 'digital*', 'цифрлық*', 'сандық*', 'digitali*', 'цифрланд*', 'цифрлау*', 'оцифров*'],
  ['правительств*', 'government*', 'gov', 'үкімет*', 'ukimet'],
  ['ии', 'ai', 'жи', 'искусственн*', 'artificial', 'жасанды'],
  ['интеллект*', 'intelligence*', 'зият*'],
  ['язык*', 'language*', 'тіл', 'тілі*', 'тілд*', 'тілін*', 'linguistic*', 'лингвист*'],
  ['казахск*', 'казахоязычн*', 'kazakh*', 'қазақ*', 'qazaq*'],
  ['модел*', 'model*'],
  ['спутник*', 'satellite*', 'серік*'],
  ['сельск*', 'село', 'села', 'селу', 'селе', 'селом', 'селах', 'селам', 'сел', 'сёл', 'сёла', 'rural*', 'village*', 'ауыл*', 'деревн*'],
  ['посел*', 'посёл*', 'settlement*', 'village*', 'елді'],
  ['оповещ*', 'alert*', 'warning*', 'ескерт*', 'хабарлау*'],
  // A backup data centre is a "резервный" one (not the budget's reserves: "reserve" is no word here).
  ['резервн*', 'backup', 'back-up'],
  ['радиосвяз*', 'radio*', 'радиобайланыс*'],
  ['охотнич*', 'hunting', 'аңшылық*'],
  ['угод*', 'grounds', 'алқап*'],
  ['отдален*', 'отдалён*', 'удален*', 'удалён*', 'remote*', 'шалғай*', 'алыс*'],
  ['широкополосн*', 'broadband*', 'кеңжолақ*', 'кең'],
  ['связ*', 'connectivity', 'telecom*', 'телеком*', 'байланыс*'],
  ['почт*', 'post', 'postal', 'пошта*'],
  ['аэропорт*', 'airport*', 'әуежай*'],
  ['груз*', 'cargo*', 'freight*', 'жүк', 'жүкт*'],
  ['статистик*', 'statistic*', 'stats', 'статистика*'],
  ['перепис*', 'census*', 'санақ*'],
  ['цена', 'цены', 'цен', 'ценам', 'ценами', 'ценах', 'ценой', 'ценов*', 'price*', 'pricing', 'баға', 'бағасы*', 'бағалар*', 'бағаны', 'бағаға'],
  ['инфляц*', 'inflation*'],
  ['домохозяйств*', 'household*'],
  ['обследовани*', 'survey*', 'зерттеу*', 'сауалнам*'],
  ['выборочн*', 'sample*', 'sampling', 'іріктеме*'],
  ['воздушн*', 'air', 'әуе'],
  ['движени*', 'traffic', 'қозғалыс*'],
  ['организац*', 'organisation*', 'organization*', 'ұйымдастыр*'],
  ['един*', 'unified', 'single', 'бірыңғай*'],
  ['международн*', 'international*', 'халықаралық*'],
  ['кибербезопасн*', 'cybersecurity*', 'cyber', 'киберқауіпсіздік*'],
  ['киберспорт*', 'esport*', 'cybersport*'],
  ['отчислени*', 'levy', 'levies', 'deduction*', 'аударым*'],
  ['сбор', 'сборы', 'сборов', 'сборам', 'сборами', 'сборах', 'charges', 'fees', 'алым', 'алымдар*', 'алымы*', 'алымын*'],
  ['букмекер*', 'betting', 'bookmaker*'],
  ['безопасн*', 'security*', 'қауіпсіздік*', 'safety'],
  ['щит*', 'shield*', 'қалқан*'],
  ['здравоохранени*', 'healthcare*', 'health*', 'денсаулық*', 'сақтау*', 'медицин*', 'medical*', 'medicine'],
  ['диагностик*', 'diagnostic*', 'диагноз*'],
  ['снимк*', 'снимок', 'image*', 'imaging', 'сурет*'],
  ['документ*', 'document*', 'құжат*'],
  ['платформ*', 'platform*'],
  ['портал*', 'portal*'],
  ['инфраструктур*', 'infrastructure*'],
  ['вычислительн*', 'computing', 'compute', 'computational', 'есептеу*'],
  ['суперкомпьютер*', 'supercomputer*', 'суперкомпьютер*'],
  ['ассистент*', 'помощник*', 'assistant*', 'көмекші*'],
  ['грант*', 'grant*'],
  ['город*', 'city', 'cities', 'қала*', 'urban', 'городск*'],
  // The short stem takes two letters of ending at most: the longer case forms are listed.
  ['умн*', 'умному', 'умного', 'умными', 'умная', 'умное', 'умные', 'умных', 'умной', 'умную', 'smart*', 'ақылды*', 'смарт*'],
  ['транспорт*', 'transport*', 'көлік*'],
  ['сельское', 'agricultur*', 'сельскохозяйствен*', 'агро*', 'agro*', 'farming', 'шаруашылы*'],
  ['хозяйств*', 'farming', 'шаруашылы*'],
  ['квазигосударственн*', 'quasi*', 'квазимемлекеттік*'],
  ['государствен*', 'state', 'public', 'мемлекеттік*'],
  ['сектор*', 'отрасл*', 'sector*', 'industry', 'сала*'],
  ['целев*', 'target*', 'targeted', 'нысаналы*'],
  ['мониторинг*', 'monitoring*'],
  ['угроз*', 'threat*', 'қатер*'],
  ['област*', 'region', 'regions', 'oblast*', 'облыс*', 'облысы*'],
  ['услуг*', 'служб*', 'service*', 'қызмет*', 'обслуживани*'],
  // Own ("собственные средства", "өз қаражаты"), not property ("интеллектуальной собственности").
  ['собственные', 'собственных', 'собственными', 'собственная', 'собственной', 'собственный', 'собственного', 'собственному', 'собственное', 'собственную', 'собственным', 'own', 'өз', 'өзінің', 'өздік*'],
  ['посылк*', 'посылок', 'parcel*', 'сәлемдеме*'],
  ['доставк*', 'delivery', 'deliveries', 'жеткізу*'],
  ['дрон*', 'drone*', 'беспилотн*', 'ұшқышсыз*'],
  ['верификац*', 'verification', 'проверк*', 'тексеру*', 'тексер*'],
  ['продаж*', 'sale', 'sales', 'selling', 'сату*', 'сатқан*'],
  ['обязательств*', 'obligation*', 'commitment*', 'міндеттеме*'],
  ['сотов*', 'mobile', 'cellular', 'ұялы'],
  ['сортировк*', 'сортировочн*', 'sorting', 'сұрыптау*'],
  ['наук*', 'науч*', 'science*', 'scientific', 'research', 'исследован*', 'ғылым*', 'ғылыми'],
  ['инновац*', 'innovation*', 'инновация*'],
  ['банк*', 'bank*'],
  ['азиат*', 'азиатск*', 'asian', 'азия*'],
  ['гарантирован*', 'guarantee*', 'кепілдендір*'],
  ...INITIALS,
  ['дорог*', 'автодорог*', 'road*', 'жол', 'жолдар*', 'жолдың', 'автожол*'],
  ['порт', 'порта', 'порту', 'портов', 'порты', 'port', 'ports', 'seaport*'],
  ['светофор*', 'бағдаршам*'],
  ['заем', 'заём', 'займ*', 'заем*', 'loan*', 'қарыз*', 'несие*'],
  // A credit is a loan, but not every loan word is a credit ("займу" is no farmer's credit scoring).
  ['кредит*', 'loan*'],
  ['инвестиц*', 'investment*', 'инвестиция*'],
  ['облак*', 'облачн*', 'cloud*', 'бұлт*'],
  ['открыт*', 'open', 'ашық*'],
  ['электронн*', 'electronic', 'e', 'электрондық*'],
  ['энерг*', 'energy', 'энергетик*'],
  ['налог*', 'tax*', 'салық*'],
  ['таможен*', 'customs', 'кеден*'],
  ['социальн*', 'social', 'әлеуметтік*'],
  ['финанс*', 'financ*', 'finans*', 'қаржы*'],
  ['грамотност*', 'literacy', 'сауаттылық*'],
  ['кадр*', 'talent*', 'staff', 'кадрлар*'],
  ['программ*', 'programme*', 'program*', 'бағдарлама*'],
  ['систем*', 'system*', 'жүйе*'],
  ['сеть', 'сети', 'сетей', 'сетях', 'сетям', 'сетью', 'сетями', 'network*', 'желі*'],
  ['обработк*', 'processing', 'өңдеу*'],
  ['интернет*', 'internet*'],
  ['трансферт*', 'transfers', 'трансферт'],
  ['доля', 'доли', 'долю', 'долей', 'долев*', 'share', 'shares', 'үлес*'],
  // State bodies and the sectors they run, as officials name them in any of the three languages.
  ['министерств*', 'ministry', 'ministries', 'министрлі*'],
  ['департамент*', 'department*', 'office', 'управлени*', 'басқарма*'],
  ['акимат*', 'akimat*', 'әкімдік*', 'әкімдігі*'],
  ['юстици*', 'justice', 'әділет*'],
  ['правосуди*', 'justice', 'judicial', 'judiciary'],
  ['суд', 'суда', 'суду', 'судом', 'суде', 'суды', 'судов', 'судам', 'судах', 'судами', 'судебн*', 'court', 'courts', 'courtroom*', 'сот', 'соты', 'сотқа', 'соттар*', 'соттың', 'соттарда*'],
  ['прокуратур*', 'prosecutor*', 'prosecution*'],
  ['нотариа*', 'notar*'],
  ['адвокат*', 'lawyer*', 'advocate*'],
  ['палат*', 'chamber*'],
  ['правов*', 'legal', 'құқықтық*'],
  ['чрезвычайн*', 'emergenc*', 'emergens*', 'төтенше*'],
  ['оборон*', 'defence', 'defense', 'қорғаныс*'],
  ['полици*', 'police'],
  ['труд', 'труда', 'труду', 'трудов*', 'labour', 'labor', 'еңбек*'],
  ['культур*', 'cultur*', 'мәдениет*'],
  ['спорт*', 'sport*'],
  ['туризм*', 'туристи*', 'tourism', 'tourist*', 'туризм*'],
  ['эколог*', 'ecolog*', 'environment*', 'экология*'],
  ['промышленн*', 'industr*', 'өнеркәсіп*', 'индустри*'],
  // Not 'геолог*' nor 'geolog*' (keys are phonetic, so one stands for the other): "геологоразведка" is exploration.
  ['геология', 'геологии', 'геологию', 'геологией', 'геологическ*', 'geology', 'geological', 'геологиял*', 'геологияс*'],
  ['недр*', 'недропользовател*', 'недропользовани*', 'subsoil', 'жер қойнау*'],
  ['разведк*', 'exploration', 'барлау*'],
  ['подземн*', 'groundwater', 'underground', 'жерасты*'],
  ['торгов*', 'trade', 'сауда*'],
  ['взнос*', 'contribution*', 'жарна*'],
  ['поддержк*', 'support', 'supporting', 'қолдау*', 'қолдаудың'],
  // Words of sport, medicine and facilities that public project names share.
  ['физическ*', 'physical', 'дене'],
  ['шынықтыру*', 'культур*', 'физкультур*'],
  ['солидарност*', 'solidarity', 'ынтымақ*'],
  ['спонсор*', 'sponsor*', 'демеуші*'],
  ['лаборатор*', 'laborator*', 'lab', 'labs', 'зертхана*'],
  ['подготовк*', 'preparation*', 'prep', 'дайындық*', 'дайындау*'],
  ['игр', 'игры', 'играм', 'играх', 'игре', 'games', 'ойын*'],
  ['ледов*', 'ice', 'мұз', 'мұзд*'],
  ['двор*', 'yard*', 'аула*'],
  ['площадк*', 'playground*', 'ground*', 'алаң*'],
  ['частн*', 'private', 'жеке*'],
  // Construction, housing and utilities.
  ['строительств*', 'строительн*', 'стройк*', 'construction*', 'құрылыс*'],
  ['жилищн*', 'жилье', 'жилья', 'жилью', 'жильем', 'жилой', 'жилых', 'жилые', 'жилого', 'жилом', 'жилым', 'housing', 'residential', 'тұрғын'],
  ['дом', 'дома', 'домов', 'домам', 'домах', 'домами', 'домом', 'house', 'houses', 'үй', 'үйі*', 'үйлер*', 'үйдің', 'үйге'],
  ['коммунальн*', 'utility', 'utilities', 'коммуналдық*'],
  ['экспертиз*', 'expertise', 'сараптама*'],
  ['ремонт*', 'repair*', 'жөндеу*'],
  ['капитальн*', 'capital', 'күрделі*'],
  ['реестр*', 'регистр*', 'register', 'registers', 'registry', 'тізілім*', 'тіркелім*'],
  ['тепл*', 'теплов*', 'heat', 'heating', 'жылу*'],
  ['водопотреблени*', 'water'],
  ['лифт*', 'lift', 'lifts', 'elevator*'],
  ['аренд*', 'rent', 'rental', 'renting', 'жалға'],
  ['очеред*', 'очередник*', 'queue*', 'кезек*'],
  // Fees are a service's income: "state expertise fees" for «… қызметтерінен түсетін кірістер».
  ['доход*', 'income*', 'revenue*', 'fee', 'fees', 'кіріс*', 'кірістер*'],
  ['учет', 'учета', 'учету', 'учетом', 'учете', 'metering', 'meters', 'meter', 'есепке'],
  ['сверк*', 'reconcil*', 'салыстыр*'],
  ['миграц*', 'migrat*', 'көші'],
  ['всемирн*', 'world', 'дүниежүзілік*'],
  ['регистрац*', 'registration*', 'тіркеу*', 'тіркегені*', 'тіркелу*'],
  ['иностран*', 'foreign*', 'шетелдік*', 'шетел'],
  ['разрешени*', 'permit*', 'рұқсат*'],
  ['брак*', 'marriage*', 'неке*'],
  ['дворец', 'дворца', 'дворце', 'дворцом', 'palace', 'сарай*'],
  ['погранич*', 'приграничн*', 'трансгранич*', 'border*', 'cross-border', 'шекара*', 'шекаралас*', 'трансшекаралық*'],
  ['пломб*', 'seal', 'seals', 'e-seal*'],
  ['пропуск*', 'checkpoint*', 'crossing*', 'бекет*'],
  ['поголов*', 'скот*', 'livestock', 'мал'],
  ['утечк*', 'утечек', 'leak', 'leaks', 'leakage', 'ағып', 'ағу*'],
  ['проектировщик*', 'designer*', 'жобалаушы*'],
  ['участник*', 'member', 'members', 'participant*', 'қатысушы*'],
  ['субсиди*', 'subsid*', 'субсидия*'],
  ['информационн*', 'информаци*', 'information', 'ақпарат*'],
  ['качеств*', 'quality', 'сапа', 'сапасы*', 'сапасын*', 'сапалы*'],
  ['контрол*', 'control*', 'audit*', 'бақылау*', 'бақылауы*'],
  ['камеральн*', 'desk', 'камералдық*'],
  ['мультфильм*', 'cartoon*', 'animation*', 'анимац*'],
  ['дубляж*', 'dubbing', 'dubbed', 'дубляждау*'],
  ['синтез*', 'synthesis', 'synthesi*'],
  ['речь', 'речи', 'речью', 'речев*', 'speech', 'сөйлеу*'],
  ['билет*', 'ticket*'],
  ['архив*', 'archive*', 'мұрағат*'],
  ['трансляц*', 'streaming', 'stream', 'broadcast*'],
  ['библиотек*', 'library', 'libraries', 'кітапхана*'],
  ['театр*', 'theatre*', 'theater*'],
  ['музе*', 'музейн*', 'museum*'],
  ['модерниз*', 'moderniz*', 'modernis*', 'жаңғырт*'],
  ['общежит*', 'dorm', 'dorms', 'dormitor*', 'жатақхана*'],
  ['робототехник*', 'robotics', 'робототехника*'],
  ['кружк*', 'кружок', 'club', 'clubs', 'клуб*', 'үйірме*'],
  ['граждан*', 'citizen*', 'civil', 'civilian*', 'азамат*'],
  ['защит*', 'защищ*', 'protection', 'protect*', 'protected', 'secure', 'secured', 'қорғау*', 'қорғалған*'],
  ['корпорац*', 'corporation*', 'корпорация*'],
  ['верховенств*', 'rule', 'үстемдіг*'],
  ['право', 'права', 'праву', 'правом', 'law', 'laws', 'құқық', 'құқығы*'],
  ['коллеги*', 'алқа*'],
  ['евросоюз*', 'европейск*', 'еуропалық*', 'еуроодақ*', 'european', 'eu'],
  ['союз*', 'union', 'одақ*'],
  ['канал', 'канала', 'каналы', 'каналов', 'каналам', 'каналах', 'canal*', 'channel*', 'арна', 'арнасы', 'арналар', 'арналары', 'арналарын', 'арналарының', 'арналардағы'],
  // Family and youth policy, call centres, the capital.
  ['семья', 'семьи', 'семье', 'семью', 'семьей', 'семьёй', 'семей', 'семейн*', 'family', 'families', 'отбасы*'],
  ['детств*', 'childhood', 'балалық*'],
  ['столиц*', 'capital', 'елорда*'],
  ['колл', 'call'],
  // Business support, licensing and export insurance.
  ['мсб', 'мсп', 'sme', 'smes', 'шоб'],
  ['предпринимател*', 'предпринимательств*', 'entrepreneur*', 'кәсіпкер*'],
  ['страхован*', 'insurance', 'insurer*', 'сақтандыру*'],
  ['преми*', 'premium*', 'сыйлықақы*'],
  ['мобильн*', 'mobile', 'жылжымалы*'],
  ['приемн*', 'приём*', 'reception*', 'қабылдау*', 'қабылдаулар*'],
  ['лицензир*', 'лицензи*', 'licensing', 'licence*', 'license*', 'лицензиялау*'],
  // Forests and fish, in the forms a short stem would miss.
  ['рыба', 'рыбы', 'рыбу', 'рыбой', 'рыбн*', 'рыбного', 'рыбному', 'рыбное', 'рыбоводн*', 'fish', 'fishery', 'fisheries', 'fishing', 'балық*'],
  ['лесн*', 'лесного', 'лесному', 'лесными', 'лесов', 'forest', 'forests', 'forestry', 'орман*'],
  // International bodies by their initials in each language (the World Health Organization is ВОЗ, WHO, ДДСҰ).
  // Public finance: the treasury, procurement, state property.
  ['казначейств*', 'treasury', 'treasuries', 'қазынашылық*', 'қазынашылығ*'],
  ['склад*', 'warehouse*', 'қойма*'],
  ['приватизац*', 'privatis*', 'privatiz*', 'жекешелендір*'],
  ['аренд*', 'rent', 'rental', 'lease', 'leasing', 'жалға*', 'жалдау*'],
  ['имуществ*', 'госимуществ*', 'property', 'мүлік*', 'мүлкі*'],
  ['доход*', 'income', 'кіріс*'],
  ['поступлени*', 'proceeds', 'түсім*', 'түсетін*'],
  // Health and veterinary control.
  ['прививк*', 'вакцин*', 'vaccinat*', 'vaccine*', 'екпе*'],
  ['напоминан*', 'reminder*'],
  ['геодези*', 'geodes*', 'geodetic', 'геодезиял*'],
  ['космическ*', 'космос*', 'space', 'ғарыш*'],
  ['мусор*', 'debris', 'қоқыс*'],
  // Tourism: protected areas, visits, avalanches, cashback.
  ['посещени*', 'visit', 'visits', 'visiting', 'келу*'],
  ['плата', 'платы', 'плату', 'fee', 'fees', 'ақы', 'ақысы', 'ақысын', 'ақысының'],
  ['лавин*', 'avalanche*', 'көшкін*', 'лавиналық*'],
  ['кэшбэк*', 'кешбэк*', 'кешбек*', 'cashback*'],
  ['религи*', 'religio*', 'дін', 'діни*', 'діннің', 'дінге', 'дінді'],
  // Language policy: Latin script, spelling, dictionaries, streets and their names.
  ['латиниз*', 'латинск*', 'латын*', 'latin'],
  ['орфограф*', 'spelling', 'орфографиял*', 'емле*'],
  ['словар*', 'dictionar*', 'сөздік*'],
  ['транслитерац*', 'transliterat*', 'транслитерациял*'],
  ['улиц*', 'street', 'streets', 'көше*'],
  ['наименован*', 'атау', 'атаулар*', 'атауы*', 'атауын*'],
  ['наблюден*', 'observation*', 'tracking', 'бақылау*'],
  ['воздушн*', 'airborne', 'aerial', 'әуе', 'әуеден', 'әуедегі'],
  ['лазерн*', 'laser*', 'лазерлік*'],
  ['сканир*', 'scanning', 'scan', 'сканерле*'],
  ['нпо', 'ngo', 'ngos', 'үеұ', 'неправительствен*', 'non-governmental'],
  ['издели*', 'device*', 'бұйым*'],
  ['сточн*', 'wastewater', 'sewage', 'ағынды*'],
  // The common words of public-sector projects in every field, so a name held in one language is
  // found from the others before any field's own set of questions has been seen.
  ['автоматизац*', 'автоматизир*', 'automat*', 'автоматтандыр*'],
  ['интеграц*', 'integrat*', 'интеграциял*', 'біріктір*'],
  ['внедрени*', 'implementation', 'rollout', 'енгізу*'],
  ['приложени*', 'app', 'apps'],
  ['сервер*', 'server*'],
  ['аналитик*', 'аналитическ*', 'analytic*', 'талдау*', 'талдамал*'],
  ['датчик*', 'сенсор*', 'sensor*'],
  ['станц*', 'station*', 'станса*', 'стансы*'],
  ['идентификац*', 'identification', 'identity', 'сәйкестендір*'],
  ['персональн*', 'personal', 'дербес*'],
  ['подпис*', 'signature*', 'қолтаңба*'],
  ['шифрован*', 'encrypt*', 'шифрла*'],
  ['инцидент*', 'incident*', 'оқиға*'],
  ['атак*', 'attack*', 'шабуыл*'],
  ['уязвим*', 'vulnerabilit*', 'осалдық*'],
  ['оперативн*', 'operational', 'жедел*'],
  ['ситуацион*', 'situation*', 'ахуал*'],
  ['уведомлен*', 'notification*', 'notify', 'хабарлама*'],
  ['обращени*', 'appeal*', 'өтініш*', 'жүгіну*'],
  ['жалоб*', 'complaint*', 'шағым*'],
  ['видеонаблюден*', 'cctv', 'бейнебақылау*'],
  ['камер*', 'camera*', 'камера*'],
  ['распознаван*', 'recognition', 'тану*'],
  ['биометр*', 'biometr*', 'биометриял*'],
  ['шлюз*', 'gateway*'],
  ['карта', 'карты', 'карт', 'картам', 'картах', 'картой', 'map', 'maps', 'mapping', 'карталар*', 'картасы*'],
  ['стандарт*', 'standard*'],
  ['сертификац*', 'сертификат*', 'certific*', 'сертификаттау*'],
  ['метролог*', 'metrolog*'],
  ['испытан*', 'testing', 'сынақ*'],
  ['закуп*', 'госзакуп*', 'procurement*', 'purchas*'],
  ['тендер*', 'tender*'],
  ['конкурс*', 'competition*', 'competitive'],
  ['контракт*', 'договор*', 'contract*', 'келісімшарт*'],
  ['комитет*', 'committee*', 'комитеті*'],
  ['комисси*', 'commission*', 'комиссия*'],
  ['агентств*', 'agenc*', 'агенттік*'],
  ['инспекц*', 'inspect*', 'инспекция*', 'инспекциясы*'],
  ['центральн*', 'central', 'орталық*'],
  ['внутренн*', 'internal', 'interior', 'ішкі'],
  ['дел', 'affairs', 'істер*'],
  ['население', 'населения', 'населению', 'населением', 'population', 'халық', 'халыққа', 'халықтың', 'халықты'],
  ['территор*', 'territor*', 'аумақ*'],
  ['природн*', 'natural', 'nature', 'табиғи*', 'табиғат*'],
  ['охран*', 'охраняем*', 'protected', 'guard*', 'күзет*', 'қорғалатын*'],
  ['евразийск*', 'eurasian', 'еуразиялық*', 'еуразия*'],
  ['реконструкц*', 'reconstruction', 'реконструкциял*'],
  ['исламск*', 'islamic', 'ислам*'],
  ['глобальн*', 'global', 'жаһандық*'],
  ['продовольств*', 'food', 'азық*'],
  // Weather, climate, radiation, oil and gas, mining.
  ['погод*', 'weather', 'райы'],
  ['метео*', 'meteo*', 'метеорол*'],
  ['гидромет*', 'hydromet*'],
  ['гидролог*', 'hydrolog*', 'гидрологиял*'],
  ['климат*', 'climat*', 'климаттық*'],
  ['радиац*', 'радиацион*', 'radiation', 'radiological', 'радиациял*'],
  ['атомн*', 'ядерн*', 'nuclear', 'atomic', 'атом', 'атомдық*', 'ядролық*'],
  ['нефт*', 'нефтегаз*', 'oil', 'petroleum', 'мұнай*'],
  ['газ', 'газа', 'газу', 'газом', 'газов*', 'gas', 'газы'],
  ['скважин*', 'borehole*', 'ұңғыма*'],
  ['трубопровод*', 'pipeline*', 'құбыр*'],
  ['месторожден*', 'oilfield*', 'кеніш*'],
  ['сейсм*', 'seismic*', 'сейсмикал*'],
  ['землетрясен*', 'earthquake*', 'зілзала*', 'сілкініс*'],
  ['паводк*', 'паводок', 'наводнен*', 'flood*', 'тасқын*'],
  ['пожар*', 'fire', 'fires', 'wildfire*', 'өрт', 'өрттер*', 'өртті', 'өрттің'],
  ['спасат*', 'спасени*', 'rescue*', 'құтқару*'],
  ['экстренн*', 'emergency', 'шұғыл*'],
  ['выброс*', 'emission*', 'шығарынды*'],
  ['отход*', 'waste', 'wastes'],
  ['воздух*', 'air', 'ауа', 'ауаның', 'ауасы*'],
  ['окружающ*', 'environment*', 'қоршаған*'],
  // Social protection, pensions, disability, elections.
  ['пенси*', 'pension*', 'зейнет*'],
  ['накопительн*', 'accumulative', 'жинақтаушы*'],
  ['инвалид*', 'disabilit*', 'disabled', 'мүгедек*'],
  ['реабилитац*', 'rehabilitat*', 'оңалту*'],
  ['протез*', 'prosthe*', 'протездеу*'],
  ['пособи*', 'allowance*', 'benefit', 'benefits', 'жәрдемақы*'],
  ['занятост*', 'employment', 'жұмыспен'],
  ['выборы', 'выборов', 'выборам', 'выборах', 'избирательн*', 'election*', 'electoral', 'сайлау*'],
  ['голосован*', 'voting', 'vote', 'votes', 'дауыс*'],
  ['молодеж*', 'молодёж*', 'youth', 'жастар*'],
  ['волонтер*', 'волонтёр*', 'volunteer*', 'ерікті*'],
  ['ветеран*', 'veteran*', 'ардагер*'],
  ['женщин*', 'women', 'woman', 'әйел*'],
  ['пожил*', 'elderly', 'қарт', 'қарттар*', 'егде*'],
  ['дети', 'детей', 'детям', 'детьми', 'детях', 'детск*', 'children', 'child', 'бала', 'балалар*', 'балаға', 'балаларға'],
  ['детсад*', 'дошкольн*', 'kindergarten*', 'preschool*', 'балабақша*'],
  // Justice and security.
  ['осужденн*', 'осуждённ*', 'convict*', 'inmate*', 'prisoner*', 'сотталған*'],
  ['пробаци*', 'probation*', 'пробация*'],
  ['исправительн*', 'пенитенциар*', 'correctional', 'penitentiar*', 'prison', 'prisons', 'түзеу*'],
  ['учреждени*', 'institution*', 'мекеме*'],
  ['военн*', 'воинск*', 'military', 'army', 'әскери*', 'армия*'],
  ['призыв*', 'conscript*'],
  ['мобилизац*', 'mobilis*', 'mobiliz*', 'жұмылдыру*'],
  // Schools, hospitals, farms, transport, trade.
  ['экзамен*', 'exam', 'exams', 'examination*', 'емтихан*'],
  ['учител*', 'педагог*', 'teacher*', 'мұғалім*'],
  ['студент*', 'student*'],
  ['университет*', 'universit*'],
  ['поликлиник*', 'clinic*', 'емхана*'],
  ['лекарств*', 'drug', 'drugs', 'medicines', 'дәрі', 'дәрілер*', 'дәрілік*'],
  ['аптек*', 'pharmac*', 'дәріхана*'],
  ['ветеринар*', 'veterinar*'],
  ['фитосанитар*', 'phytosanitar*'],
  ['зерн*', 'зернов*', 'grain*', 'астық*'],
  ['удобрен*', 'fertili*', 'тыңайтқыш*'],
  ['ирригац*', 'орошени*', 'irrigat*', 'суару*', 'суармал*'],
  ['кадастр*', 'cadastr*'],
  ['недвижим*', 'realty', 'estate', 'жылжымайтын*'],
  ['железнодорожн*', 'желдор*', 'railway*', 'rail', 'теміржол*'],
  ['вагон*', 'wagon*', 'railcar*'],
  ['автобус*', 'bus', 'buses'],
  ['мост', 'моста', 'мосты', 'мостов', 'bridge*', 'көпір*'],
  ['тоннел*', 'туннел*', 'tunnel*'],
  ['парк', 'парка', 'парки', 'парков', 'парке', 'park', 'parks', 'саябақ*'],
  ['паспорт*', 'passport*', 'төлқұжат*'],
  ['виза', 'визы', 'визу', 'визой', 'визов*', 'visa', 'visas', 'визалық*'],
  ['консульск*', 'consular', 'консулдық*'],
  ['посольств*', 'embass*', 'елшілі*'],
  ['экспорт*', 'export*'],
  ['импорт*', 'import*'],
  ['транзит*', 'transit*'],
  ['логистик*', 'logistic*'],
  ['телевиден*', 'телеканал*', 'television', 'tv', 'теледидар*'],
  ['медиа*', 'media'],
  ['издательск*', 'publishing', 'баспа*'],
  ['книг*', 'book', 'books', 'кітап', 'кітаптар*', 'кітаптың'],
];

interface Entry { key: string; prefix: boolean; concept: number }

const ENTRIES: Entry[] = GROUPS.flatMap((group, concept) =>
  group.map((word) => {
    const prefix = word.endsWith('*');
    return { key: phoneticKey(prefix ? word.slice(0, -1) : word), prefix, concept };
  }),
);

/**
 * A Latin brand glued from a glossary word and another ("SportBooking", "SmartHeat"): no form of
 * that word, so no translation of it either. English endings of four letters or more start with a
 * vowel, "s" or "y" ("-ation", "-isation").
 */
export function gluedBrand(text: string): boolean {
  if (!/^[a-z]{8,}$/.test(text)) return false;
  const key = phoneticKey(text);
  return ENTRIES.some((e) => e.prefix && e.key.length > 4 && key.startsWith(e.key) && key.length - e.key.length >= 4 && !/^[aeiousy]/.test(key.slice(e.key.length)));
}

/**
 * Kazakh endings chained on a short stem (phonetic keys): plural, possessive and case ("желілеріндегі",
 * "жүйесіне", "салалар", "қорының"). A short stem takes them, though no other long ending.
 */
const KAZAKH_ENDING = /^(?:lar|ler|dar|der|tar|ter|si|sy|nin|din|tin|inin|ine|inde|inen)/;

const CONCEPT_CACHE = new Map<string, readonly number[]>();
const NONE: readonly number[] = [];

/** Concept numbers a word (by its phonetic key) belongs to; empty when none. */
export function conceptsOf(key: string): readonly number[] {
  const cached = CONCEPT_CACHE.get(key);
  if (cached) return cached;
  let found: number[] | null = null;
  for (const e of ENTRIES) {
    // A short stem takes only short endings: "дамуға" is "даму", the brand "DamuMed" is not.
    // A stem ending in "t" before an "s" reads as "ts" → "s" on phonetic keys: "budgets" is "budges".
    const stem = e.prefix && e.key.endsWith('t') && !key.startsWith(e.key) && key.startsWith(`${e.key.slice(0, -1)}s`) ? `${e.key.slice(0, -1)}s` : e.key;
    const hit = e.prefix ? key.startsWith(stem) && (stem.length >= 3 || key === stem) && (stem.length > 4 || key.length - stem.length <= 2 || KAZAKH_ENDING.test(key.slice(stem.length))) : key === e.key;
    if (hit) (found ??= []).includes(e.concept) || found.push(e.concept);
  }
  const result = found ?? NONE;
  if (CONCEPT_CACHE.size > 50_000) CONCEPT_CACHE.clear();
  CONCEPT_CACHE.set(key, result);
  return result;
}

/** Whether two words share a concept (a translation of each other in this glossary). */
export function shareConcept(a: string, b: string): boolean {
  const ca = conceptsOf(a);
  if (ca.length === 0) return false;
  const cb = conceptsOf(b);
  return cb.some((c) => ca.includes(c));
}
