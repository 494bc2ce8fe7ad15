import { describe, expect, it } from 'vitest';
import { findMentions, matchEntities, normalizeText, phoneticKey, transliterate, type EntityCandidate } from '../../src/language/index.js';

const projects: EntityCandidate[] = [
  { id: 'national-supercomputer', names: ['Национальный суперкомпьютер'] },
  { id: 'kazllm', names: ['Казахоязычная языковая модель KazLLM'] },
  { id: 'akmola-data-center', names: ['Центр обработки данных в Акмолинской области'] },
  { id: 'egov-ai-assistant', names: ['ИИ-ассистент портала eGov'] },
  { id: 'rural-broadband', names: ['Широкополосный интернет в сёлах'] },
  { id: 'satellite-internet', names: ['Спутниковый интернет для отдалённых посёлков'] },
  { id: 'cyber-shield', names: ['Киберщит: центр мониторинга угроз'] },
  { id: 'digital-school', names: ['Цифровая школа'] },
  { id: 'kazakh-corpus', names: ['Қазақ тілі корпусы'] },
];

function best(query: string): string | undefined {
  return matchEntities(query, projects)[0]?.id;
}

describe('normalizeText / transliterate', () => {
  it('lower-cases, folds ё, strips punctuation, emoji, RTL marks and control characters', () => {
    expect(normalizeText('  «Сёла»!!  \u200fКИБЕРЩИТ 🚀\u0000 ')).toBe('села киберщит');
    expect(normalizeText('Қазақ тілі — ӘҒҚҢӨҰҮҺІ')).toBe('қазақ тілі әғқңөұүһі');
    expect(normalizeText('2,5 млрд; 1.2bn; 5%')).toBe('2,5 млрд 1.2bn 5%');
  });
  it('transliterates both ways', () => {
    expect(transliterate('Киберщит', 'latin')).toBe('kibershchit');
    expect(transliterate('kazllm', 'cyrillic')).toBe('казллм');
    expect(transliterate('Qazaq tili', 'cyrillic')).toBe('қазақ тили');
  });
  it('gives Cyrillic and Latin spellings one phonetic key', () => {
    expect(phoneticKey('Киберщит')).toBe(phoneticKey('kiberschit'));
    expect(phoneticKey('КазЛЛМ')).toBe(phoneticKey('kazllm'));
    expect(phoneticKey('суперкомпьютер')).toBe(phoneticKey('supercomputer'));
  });
});

describe('matchEntities', () => {
  it('matches case and word stems', () => {
    expect(best('суперкомпьютером')).toBe('national-supercomputer');
    expect(best('суперкомпьютер жобасы')).toBe('national-supercomputer');
    expect(best('широкополосному интернету в сёлах')).toBe('rural-broadband');
    expect(best('цифровой школе')).toBe('digital-school');
  });
  it('forgives typos', () => {
    expect(best('суперкомпютер')).toBe('national-supercomputer');
    expect(best('киберщид')).toBe('cyber-shield');
    expect(best('широкополостный интернет')).toBe('rural-broadband');
  });
  it('matches transliteration and ids', () => {
    expect(best('kiberschit')).toBe('cyber-shield');
    expect(best('КазЛЛМ')).toBe('kazllm');
    expect(best('kazllm')).toBe('kazllm');
    expect(best('cyber-shield')).toBe('cyber-shield');
    expect(best('cifrovaya shkola')).toBe('digital-school');
    expect(best('rural broadband')).toBe('rural-broadband');
  });
  it('matches Russian compound abbreviations', () => {
    const sources: EntityCandidate[] = [
      { id: 'state-budget', names: ['Государственный бюджет'] },
      { id: 'national-fund', names: ['Национальный фонд'] },
    ];
    expect(matchEntities('госбюджета', sources)[0]?.id).toBe('state-budget');
    expect(matchEntities('Нацфонда', sources)[0]?.id).toBe('national-fund');
    // Three parts, and the last word made an adjective.
    const bodies: EntityCandidate[] = [
      { id: 'moa', names: ['Министерство сельского хозяйства Республики Казахстан'] },
      { id: 'mow', names: ['Министерство водных ресурсов и ирригации Республики Казахстан'] },
    ];
    expect(matchEntities('Минсельхоз', bodies)[0]).toMatchObject({ id: 'moa' });
    expect(matchEntities('Минсельхоз', bodies)[0]!.score).toBeGreaterThanOrEqual(0.8);
    expect(matchEntities('Минводресурсов', bodies)[0]?.id).toBe('mow');
    expect(matchEntities('нацфондовский', sources)[0]?.id).toBe('national-fund');
  });
  it('weighs the state’s name in official names as nothing, and two letters as less than an acronym', () => {
    const bodies: EntityCandidate[] = [
      { id: 'moa', names: ['Министерство сельского хозяйства Республики Казахстан'] },
      { id: 'vet', names: ['РГУ «Комитет ветеринарного контроля и надзора Министерства сельского хозяйства РК»'] },
    ];
    expect(matchEntities('Министерство сельского хозяйства', bodies)[0]).toMatchObject({ id: 'moa', score: 1 });
    const things: EntityCandidate[] = [
      { id: 'brucella-ai', names: ['ИИ-диагностика бруцеллёза по пробам крови'], kind: 'project' },
      { id: 'kazniivh', names: ['ТОО «Казахский научно-исследовательский институт водного хозяйства»'], kind: 'administrator' },
    ];
    expect(findMentions('сколько ещё на счету у ИИ-диагностики бруцеллёза', things).map((m) => m.matches[0]!.id)).toEqual(['brucella-ai']);
  });
  it('lets two words many names share name the one thing that has both', () => {
    const things: EntityCandidate[] = [
      { id: 'elevator-sensors', names: ['Датчики температуры и влажности зерна в элеваторах'], kind: 'project' },
      { id: 'canal-meters', names: ['Датчики учёта воды на каналах'], kind: 'project' },
      { id: 'salinity', names: ['Датчики засолённости почв'], kind: 'project' },
      { id: 'grain', names: ['Зерновой рынок и элеваторы'], kind: 'priority' },
    ];
    const [mention] = findMentions('сколько элеваторные датчики получили', things);
    expect(mention?.matches[0]).toMatchObject({ id: 'elevator-sensors' });
    expect(mention!.matches[0]!.score).toBeGreaterThanOrEqual(0.8);
  });
  it('reads a brand glued from a glossary word ("SportBooking") as its own word, even among many names with that word', () => {
    const sport = Array.from({ length: 70 }, (_, i): EntityCandidate => ({ id: `s${i}`, names: [`Спортивный объект номер ${i}`], kind: 'project' }));
    const things = [...sport, { id: 'booking', names: ['Единый портал бронирования «SportBooking.kz»'], kind: 'project' }];
    for (const typed of ['sportbooking', 'SportBooking.kz']) {
      const [best] = matchEntities(typed, things);
      expect(best).toMatchObject({ id: 'booking' });
      expect(best!.score).toBeGreaterThanOrEqual(0.8);
    }
    // "sport" is still "спорт".
    expect(matchEntities('sport', [{ id: 'x', names: ['Спортивный ваучер'] }])[0]?.id).toBe('x');
  });
  it('takes a name\'s first words typed in order as that name, over a longer name with the same words further in', () => {
    const things = [
      { id: 'voucher', names: ['Электронный спортивный ваучер для детей от 6 до 18 лет'] },
      { id: 'ecosystem', names: ['Экосистема спортивных объектов с интеграцией с электронным спортивным ваучером и порталом'] },
    ];
    const [best, next] = matchEntities('электронный спортивный ваучер', things);
    expect(best).toMatchObject({ id: 'voucher' });
    expect(best!.score).toBeGreaterThanOrEqual(0.8);
    expect(best!.score - next!.score).toBeGreaterThan(0.2);
  });
  it('forgives no typo across alphabets ("спорту" is no "support"), but takes a shared stem or a translation', () => {
    const games = [{ id: 'games', names: ['Team support for the 2026 Asian Games'] }];
    expect(matchEntities('спорту', games)).toEqual([]);
    expect(matchEntities('исламского банка', [{ id: 'isdb', names: ['Islamic Development Bank'] }])[0]?.id).toBe('isdb');
    expect(matchEntities('правительства Кореи', [{ id: 'korea', names: ['Korean government grant'] }])[0]?.id).toBe('korea');
    // Six letters of ten are not enough: "Kazgeology" is no "Казгеоинформ".
    expect(matchEntities('Kazgeology', [{ id: 'info', names: ['Республиканский центр геологической информации «Казгеоинформ»'] }])).toEqual([]);
    // A long shared stem is the same word in another language.
    const [olympic] = matchEntities('грант Олимпийской солидарности', [{ id: 'ioc', names: ['Olympic Solidarity World Programmes Grant'] }, { id: 'games', names: ['Asian Games support'] }]);
    expect(olympic).toMatchObject({ id: 'ioc' });
    expect(olympic!.score).toBeGreaterThanOrEqual(0.8);
    // "budgets" has the phonetic key "budges" ("ts" reads as "s"): still the glossary's "budget".
    const [city] = matchEntities('city budgets', [{ id: 'loc', names: ['Местные бюджеты городов Астаны, Алматы и Шымкента'] }, { id: 'rb', names: ['Республиканский бюджет'] }]);
    expect(city).toMatchObject({ id: 'loc' });
    expect(city!.score).toBeGreaterThan(0.7);
    expect(matchEntities('universal service fund', [{ id: 'usf', names: ['Фонд универсального обслуживания связи'] }, { id: 'qsf', names: ['UPU Quality of Service Fund'] }])[0]).toMatchObject({ id: 'usf' });
    // Kazakh words of sport and facilities through the glossary.
    expect(matchEntities('Олимпиадалық ынтымақтастық гранты', [{ id: 'ioc', names: ['Olympic Solidarity World Programmes Grant'] }])[0]).toMatchObject({ id: 'ioc' });
    expect(matchEntities('демеушілер қаражаты', [{ id: 'spon', names: ['Спонсорские средства партнёров'] }, { id: 'rb', names: ['Республиканский бюджет'] }])[0]).toMatchObject({ id: 'spon' });
  });
  it('takes a Kazakh form of a Russian loanword with its own ending as that word, when the stem they share is long', () => {
    const things = [
      { id: 'ops', names: ['Средства операторов сотовой связи по лицензионным обязательствам'] },
      { id: 'usf', names: ['Фонд универсального обслуживания (операторлардың аударымдары)'] },
      { id: 'sim', names: ['Биометрическая верификация при продаже SIM-карт'] },
      { id: 'school', names: ['Электрондық мектеп'] },
    ];
    expect(matchEntities('ұялы операторлардың лицензиялық міндеттемелер қаражаты', things)[0]).toMatchObject({ id: 'ops' });
    expect(matchEntities('SIM-карта сатқанда биометриялық тексеру', things)[0]).toMatchObject({ id: 'sim' });
    // Seven letters in common is not enough: an electric bus is no "электрондық".
    expect(matchEntities('электробустарға', things)).toEqual([]);
  });
  it('reads no English word as the Latin spelling of Kazakh initials ("back" is no "БӘҚ")', () => {
    const things = [{ id: 'usf', names: ['Байланыстың әмбебап қызмет көрсету қоры'] }];
    expect(matchEntities('back', things)).toEqual([]);
    expect(matchEntities('БӘҚ', things)[0]?.id).toBe('usf');
  });
  it('does not read a short English word as a Russian one with a typo and an ending ("seals" is no "сельского")', () => {
    expect(matchEntities('сельского', [{ id: 'e-seal', names: ['e-Seal electronic seals for grain trucks'] }])).toEqual([]);
  });
  it('matches acronyms and partial names', () => {
    expect(best('ЦОД')).toBe('akmola-data-center');
    expect(best('Киберщит')).toBe('cyber-shield');
    expect(best('eGov')).toBe('egov-ai-assistant');
  });
  it('reads an acronym that leaves out a joining word ("ДЧС" of "Департамент по чрезвычайным ситуациям"), and the last part of an abbreviation with an ending', () => {
    const bodies = [
      { id: 'dchs', names: ['ГУ «Департамент по чрезвычайным ситуациям Атырауской области»'], kind: 'administrator' },
      { id: 'nit', names: ['АО «Национальные информационные технологии»'], kind: 'administrator' },
      { id: 'edu', names: ['Управление образования Атырауской области'], kind: 'administrator' },
    ];
    expect(findMentions('ДЧС области: поступило, оплачено', bodies)[0]?.matches[0]).toMatchObject({ id: 'dchs' });
    expect(findMentions('у Нацинфотеха какой остаток', bodies)[0]?.matches[0]).toMatchObject({ id: 'nit' });
    expect(findMentions('ДЧС', [bodies[2]!])).toEqual([]);
  });
  it('reads initials of a Kazakh name’s last words, where its head noun stands, over a run inside another name', () => {
    const department = (region: string, kk: string) => ({ id: region, names: [`Департамент технического регулирования и метрологии по ${region} области`, `${kk} облысы бойынша техникалық реттеу және метрология департаменті`], kind: 'administrator' });
    const bodies = [
      { id: 'committee', names: ['РГУ «Комитет технического регулирования и метрологии Министерства торговли и интеграции Республики Казахстан»', 'ҚР Сауда және интеграция министрлігінің Техникалық реттеу және метрология комитеті'], kind: 'administrator' },
      department('Карагандинской', 'Қарағанды'),
      department('Павлодарской', 'Павлодар'),
      department('Актюбинской', 'Ақтөбе'),
    ];
    expect(matchEntities('ТРМК', bodies)[0]?.id).toBe('committee');
    expect(matchEntities('ТРМК', bodies)[0]?.score).toBeGreaterThanOrEqual(0.8);
    expect(matchEntities('КТРМ', bodies)[0]).toMatchObject({ id: 'committee' });
  });

  it('reads the country’s first syllable before initials ("КазИСМ") as that acronym', () => {
    const bodies = [
      { id: 'ism', names: ['РГП на ПХВ «Казахстанский институт стандартизации и метрологии»'], kind: 'administrator' },
      { id: 'nit', names: ['АО «Национальные информационные технологии»'], kind: 'administrator' },
    ];
    expect(matchEntities('КазИСМ', bodies)[0]).toMatchObject({ id: 'ism' });
    expect(matchEntities('казисм', bodies)[0]?.score).toBeGreaterThanOrEqual(0.8);
  });

  it('reads a hyphened pair of name words with a typo in the short one ("усь-каменогорск")', () => {
    const centres = [
      { id: 'ukg', names: ['Центр учёта (Усть-Каменогорск) №2847'] },
      { id: 'ast', names: ['Центр учёта (Астана) №2848'] },
    ];
    expect(matchEntities('центр учета усь-каменогорск 2847', centres)[0]).toMatchObject({ id: 'ukg' });
    expect(matchEntities('центр учета усь-каменогорск 2847', centres)[0]!.score).toBeGreaterThanOrEqual(0.9);
  });

  it('gives a clear winner a high score and a shared word several close scores', () => {
    const clear = matchEntities('Киберщит', projects);
    expect(clear[0]!.score).toBeGreaterThanOrEqual(0.8);
    expect(clear[1]?.score ?? 0).toBeLessThan(0.5);
    const shared = matchEntities('интернет', projects);
    expect(shared.slice(0, 2).map((m) => m.id).sort()).toEqual(['rural-broadband', 'satellite-internet']);
    expect(Math.abs(shared[0]!.score - shared[1]!.score)).toBeLessThan(0.1);
    expect(shared[0]!.score).toBeLessThan(0.8);
  });
  it('scores in 0..1 and finds nothing in unrelated text', () => {
    for (const m of matchEntities('суперкомпьютер', projects)) expect(m.score).toBeGreaterThan(0), expect(m.score).toBeLessThanOrEqual(1);
    expect(matchEntities('погода в Лондоне', projects)).toEqual([]);
    expect(matchEntities('', projects)).toEqual([]);
  });
});

describe('findMentions', () => {
  it('finds each entity with its span in order', () => {
    const text = 'перебросить 500 млн тенге из ЦОД в Акмолинской области в Киберщит';
    const ms = findMentions(text, projects);
    expect(ms.map((m) => m.matches[0]!.id)).toEqual(['akmola-data-center', 'cyber-shield']);
    const norm = normalizeText(text);
    expect(norm.slice(ms[0]!.start, ms[0]!.end)).toBe('цод в акмолинской области');
    expect(norm.slice(ms[1]!.start, ms[1]!.end)).toBe('киберщит');
  });
  it('finds English and Latin mentions', () => {
    const ms = findMentions('move 1.2bn from satellite internet to rural broadband', projects);
    expect(ms.map((m) => m.matches[0]!.id)).toEqual(['satellite-internet', 'rural-broadband']);
  });
  it('keeps near-tied candidates together', () => {
    const ms = findMentions('что там с интернетом?', projects);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.matches.map((m) => m.id).sort()).toEqual(['rural-broadband', 'satellite-internet']);
  });
});

describe('words cut short and state bodies in other languages', () => {
  it('finds a long word cut short ("кибербез"), and a chamber or the courts by their translation', () => {
    const areas: EntityCandidate[] = [
      { id: 'sec', names: ['Кибербезопасность и инфраструктура судов'] },
      { id: 'ai', names: ['Искусственный интеллект в правосудии'] },
      { id: 'notary', names: ['Республиканская нотариальная палата'] },
    ];
    expect(matchEntities('кибербез и инфраструктура судов', areas)[0]?.id).toBe('sec');
    expect(matchEntities('court infrastructure', areas)[0]?.id).toBe('sec');
    expect(matchEntities('Republican Notary Chamber', areas)[0]?.id).toBe('notary');
    // "сотни" (hundreds) is no Kazakh "сот" (court).
    expect(matchEntities('сотни миллионов', areas)).toEqual([]);
    const clubs: EntityCandidate[] = [{ id: 'robo', names: ['Кружки робототехники Robo Astana'] }, { id: 'wifi', names: ['Wi-Fi в общежитиях вузов'] }];
    expect(matchEntities('Robo Astana robotics clubs', clubs)[0]?.id).toBe('robo');
    expect(matchEntities('Wi-Fi in dorms', clubs)[0]?.id).toBe('wifi');
  });
});


describe('names of rank that people leave out', () => {
  const bodies: EntityCandidate[] = [
    { id: 'ala', names: ['АО «Международный аэропорт Алматы»', 'Almaty International Airport JSC'] },
    { id: 'shy', names: ['АО «Международный аэропорт Шымкент»'] },
    { id: 'bio', names: ['Биометрическая посадка «Face Boarding» в аэропорту Алматы'] },
    { id: 'ibrd', names: ['Халықаралық қайта құру және даму банкінің қарызы'] },
  ];
  it('finds «Международный аэропорт Алматы» as "Almaty airport" or "Алматы әуежайы", sure of it', () => {
    for (const q of ['аэропорт Алматы', 'Almaty airport', 'Алматы әуежайы']) {
      const [top, next] = matchEntities(q, bodies);
      expect(top?.id).toBe('ala');
      expect(top!.score).toBeGreaterThanOrEqual(0.75);
      expect(next === undefined || next.score < top!.score - 0.2).toBe(true);
    }
    // "International" in the other language is the same word.
    expect(matchEntities('Shymkent International Airport JSC', bodies)[0]?.id).toBe('shy');
  });
  it('still takes a word typed in its place as another thing: a European bank is not the International one', () => {
    expect(matchEntities('Еуропа қайта құру және даму банкінің қарызы', bodies)[0]?.score ?? 0).toBeLessThan(0.75);
  });
});

describe('a name inside a longer name', () => {
  it('takes the longer name when every word said is one of its words', () => {
    const things: EntityCandidate[] = [
      { id: 'operator', kind: 'administrator', names: ['РГП на ПХВ «Казаэронавигация»'] },
      { id: 'charges', kind: 'source', names: ['Средства РГП «Казаэронавигация» от аэронавигационных сборов'] },
    ];
    const ms = findMentions('аэронавигационные сборы Казаэронавигации за год', things);
    expect(ms.map((m) => m.matches[0]!.id)).toEqual(['charges']);
    // Said alone, the operator is the operator.
    expect(findMentions('сколько потратила Казаэронавигация', things).map((m) => m.matches[0]!.id)).toEqual(['operator']);
  });
});

describe('one word and its neighbours of the same name', () => {
  it('takes the words around a word not sure alone when they are words of the same name, though inflected', () => {
    const things: EntityCandidate[] = [
      { id: 'cadastre', kind: 'project', names: ['Система учёта лесного фонда: ведение государственного лесного кадастра в электронной форме, интеграция с кадастром недвижимости и съёмка лесов'] },
      { id: 'fires', kind: 'project', names: ['Мониторинг лесных пожаров с вышек'] },
      { id: 'nursery', kind: 'project', names: ['Лесные питомники с капельным поливом'] },
    ];
    const [mention] = findMentions('сколько оплачено по лесному кадастру', things);
    expect(mention?.matches[0]?.id).toBe('cadastre');
    expect([mention?.tokenStart, mention?.tokenEnd]).toEqual([3, 5]);
  });
});

describe('a brand of two words, one of them in many names', () => {
  it('takes both words when the stretch is still sure and its other word is spelt as the name\'s', () => {
    const things: EntityCandidate[] = [
      { id: 'jas', kind: 'project', names: ['Онлайн-конкурс грантов «Jas Kasipker»', '«Jas Kasipker» жас кәсіпкерлерге арналған гранттар'] },
      { id: 'window', kind: 'priority', names: ['Единое окно для предпринимателей', 'Кәсіпкерлерге арналған бірыңғай терезе'] },
      { id: 'chamber', kind: 'administrator', names: ['Национальная палата предпринимателей', 'Ұлттық кәсіпкерлер палатасы'] },
    ];
    const [jas] = findMentions('Jas Kasipker — освоение?', things);
    expect(jas?.matches[0]?.id).toBe('jas');
    expect([jas?.tokenStart, jas?.tokenEnd]).toEqual([0, 2]);
  });
});

describe('family, youth and media words across the languages', () => {
  it('finds a Russian-only name from its English or Kazakh words: family, childhood, the capital, a call centre, information', () => {
    const things: EntityCandidate[] = [
      { id: 'family', kind: 'priority', names: ['Поддержка семьи и детства'] },
      { id: 'call', kind: 'project', names: ['Единый колл-центр обращений граждан столицы'] },
      { id: 'info', kind: 'administrator', names: ['РГУ «Комитет информации Министерства культуры и информации Республики Казахстан»'] },
      { id: 'youth', kind: 'administrator', names: ['РГУ «Комитет по делам молодёжи и семьи Министерства культуры и информации Республики Казахстан»'] },
    ];
    const top = (q: string) => matchEntities(q, things)[0];
    expect(top('family and childhood support')).toMatchObject({ id: 'family' });
    expect(top('family and childhood support')!.score).toBeGreaterThanOrEqual(0.8);
    expect(top("the capital's citizen call centre")).toMatchObject({ id: 'call' });
    expect(top('Ақпарат комитетінің')).toMatchObject({ id: 'info' });
  });
  it('finds international bodies by their initials in another language, and the treasury, privatisation and rent', () => {
    const things: EntityCandidate[] = [
      { id: 'who', kind: 'source', names: ['WHO Digital Disease Surveillance Grant'] },
      { id: 'eu', kind: 'source', names: ['Грант Европейского союза на реформу управления государственными финансами'] },
      { id: 'priv', kind: 'source', names: ['Мемлекеттік мүлікті жекешелендіруден түсетін түсімдер'] },
      { id: 'rent', kind: 'source', names: ['Доходы от аренды государственного имущества'] },
      { id: 'kar', kind: 'administrator', names: ['Департамент казначейства по Карагандинской области'] },
    ];
    const top = (q: string) => matchEntities(q, things)[0]?.id;
    expect(top('грант ВОЗ')).toBe('who');
    expect(top('ДДСҰ грантында')).toBe('who');
    expect(top('Еуроодақ грантының')).toBe('eu');
    expect(top('privatisation proceeds')).toBe('priv');
    expect(top('state property rent income')).toBe('rent');
    expect(top('Қарағанды қазынашылығы')).toBe('kar');
    const health: EntityCandidate[] = [
      { id: 'dc', kind: 'project', names: ['Защищённый центр обработки данных надзорных органов'] },
      { id: 'vpn', kind: 'project', names: ['Защищённая сеть передачи данных для районных ветеринарных станций'] },
      { id: 'reg', kind: 'project', names: ['Реестр медицинских изделий с QR-проверкой подлинности'] },
      { id: 'expert', kind: 'administrator', names: ['РГП на ПХВ «Национальный центр экспертизы лекарственных средств и медицинских изделий»'] },
    ];
    expect(matchEntities('қорғалған деректер орталығы', health)[0]?.id).toBe('dc');
    expect(matchEntities('QR medical devices register', health)[0]?.id).toBe('reg');
    const space: EntityCandidate[] = [
      { id: 'debris', kind: 'project', names: ['Система наблюдения за космическим мусором и опасными сближениями на орбите'] },
      { id: 'lidar', kind: 'project', names: ['Воздушное лазерное сканирование городов'] },
      { id: 'geoid', kind: 'project', names: ['Модель квазигеоида нового поколения'] },
    ];
    expect(matchEntities('ғарыш қоқысын бақылау жүйесіне', space)[0]?.id).toBe('debris');
    expect(matchEntities('әуеден лазерлік сканерлеу', space)[0]?.id).toBe('lidar');
    // A qualifier in brackets written in ordinary words is no name of its own; an acronym in brackets is.
    const budgets: EntityCandidate[] = [
      { id: 'loc', kind: 'source', names: ['Местные бюджеты областей и городов (туризм)'] },
      { id: 'gef', kind: 'source', names: ['Грант Глобального экологического фонда (ГЭФ)'] },
    ];
    expect(matchEntities('туризм', budgets)[0]?.score ?? 0).toBeLessThan(0.95);
    expect(matchEntities('ГЭФ', budgets)[0]).toMatchObject({ id: 'gef' });
  });
});

describe('a Kazakh name said by its last words', () => {
  it('takes the end of a Kazakh name as its short form: the head noun comes last', () => {
    const things: EntityCandidate[] = [
      { id: 'voucher', names: ['Электронный спортивный ваучер для детей от 6 до 18 лет', '6 жастан 18 жасқа дейінгі балаларға арналған электрондық спорттық ваучер'] },
      { id: 'long', names: ['Единая платформа спортивной инфраструктуры: бронирование объектов, электронный спортивный ваучер, учёт посещений', 'Спорт инфрақұрылымының бірыңғай платформасы: электрондық спорттық ваучер және қатысуды есепке алу'] },
      { id: 'booking', names: ['Онлайн-бронирование спортивных объектов SportBooking'] },
    ];
    const [top, next] = matchEntities('электрондық спорттық ваучер', things);
    expect(top?.id).toBe('voucher');
    expect(top!.score).toBeGreaterThanOrEqual(0.8);
    expect(next === undefined || next.score < top!.score - 0.2).toBe(true);
  });

  it('finds the end of a name that says one of its words twice ("… министрлігінің Сауда комитеті")', () => {
    const trade: EntityCandidate[] = [
      { id: 'committee', names: ['Комитет торговли Министерства торговли и интеграции Республики Казахстан', 'ҚР Сауда және интеграция министрлігінің Сауда комитеті'] },
      { id: 'ministry', names: ['Министерство торговли и интеграции Республики Казахстан', 'ҚР Сауда және интеграция министрлігі'] },
      { id: 'metrology', names: ['Комитет технического регулирования и метрологии Министерства торговли и интеграции Республики Казахстан', 'Technical Regulation and Metrology Committee'] },
      // "Сауда" is in many names of a trade programme.
      ...[
        'Сауда миссияларының электрондық күнтізбесі және өтінім қабылдау',
        'Сауда лицензиялары мен экспорттық рұқсаттар үшін алымдар',
        'Сауда қызметін электрондық лицензиялау',
        'ЕАЭО шекаралас және өзара сауда деректері',
        'Электрондық сауда және тауар өткізу инфрақұрылымы',
        'Жамбыл облысының кәсіпкерлік және сауда басқармасы',
        'Түркістан облысының кәсіпкерлік және сауда басқармасы',
      ].map((name, k) => ({ id: `trade${k}`, names: [name] })),
    ];
    const [top] = matchEntities('Сауда комитетінің', trade);
    expect(top).toMatchObject({ id: 'committee' });
    expect(top!.score).toBeGreaterThanOrEqual(0.8);
  });
});

describe('long words in two alphabets', () => {
  it('takes two long words sharing eight letters as one ("personalisation", "персонализация"), not short ones sharing six', () => {
    const turk: EntityCandidate[] = [{ id: 'turk', kind: 'project', names: ['Персонализация паспортов в Туркестанской области'] }];
    expect(matchEntities('passport personalisation', turk)[0]?.score ?? 0).toBeGreaterThanOrEqual(0.8);
    const geo: EntityCandidate[] = [{ id: 'geo', kind: 'administrator', names: ['ТОО «Казгеоинформ»'] }];
    expect(matchEntities('Kazgeology', geo)[0]?.score ?? 0).toBeLessThan(0.6);
  });
});

describe('initials of a name written out in another language, and common public-sector words', () => {
  it('takes "ЕАБР" or "ЕҚТА" as the initials of a name spelt out in English or Russian', () => {
    const things: EntityCandidate[] = [
      { id: 'edb', kind: 'source', names: ['Eurasian Development Bank irrigation loan'] },
      { id: 'adb', kind: 'source', names: ['Asian Development Bank loan'] },
      { id: 'parks', kind: 'source', names: ['Плата за посещение особо охраняемых природных территорий'] },
      { id: 'budget', kind: 'source', names: ['Республиканский бюджет'] },
    ];
    const top = (q: string) => matchEntities(q, things)[0];
    expect(top('ЕАБР несиесі')).toMatchObject({ id: 'edb' });
    expect(top('кредит ЕАБР')!.score).toBeGreaterThanOrEqual(0.8);
    expect(top('заём АБР')).toMatchObject({ id: 'adb' });
    expect(top('ЕҚТА-ға келу ақысы')).toMatchObject({ id: 'parks' });
  });
  it('finds a Russian-only name from the words of its field in English or Kazakh: weather, pensions, elections, convicts', () => {
    const things: EntityCandidate[] = [
      { id: 'meteo', kind: 'project', names: ['Автоматизация метеостанций Казгидромета'] },
      { id: 'pension', kind: 'project', names: ['Электронный пенсионный кабинет'] },
      { id: 'vote', kind: 'project', names: ['Система электронного голосования избирательных комиссий'] },
      { id: 'prison', kind: 'project', names: ['Учёт осуждённых в исправительных учреждениях'] },
    ];
    const top = (q: string) => matchEntities(q, things)[0]?.id;
    expect(top('automation of weather stations')).toBe('meteo');
    expect(top('зейнетақы кабинеті')).toBe('pension');
    expect(top('electoral commissions voting system')).toBe('vote');
    expect(top('сотталғандарды есепке алу')).toBe('prison');
    const election: EntityCandidate[] = [
      { id: 'eu', kind: 'source', names: ['European Union civic participation grant'] },
      { id: 'gcf', kind: 'source', names: ['Грант Зелёного климатического фонда'] },
      { id: 'scan', kind: 'project', names: ['Пилот сканирования бюллетеней в Акмолинской области'] },
      { id: 'deposits', kind: 'source', names: ['Кандидаттардың қайтарылмаған сайлау жарналары'] },
    ];
    const pick = (q: string) => matchEntities(q, election)[0]?.id;
    expect(pick('ЕО грантының')).toBe('eu');
    expect(pick('Жасыл климат қоры гранты')).toBe('gcf');
    expect(pick('ballot scanning pilot')).toBe('scan');
    expect(pick('unreturned candidate deposits')).toBe('deposits');
    const prisons: EntityCandidate[] = [
      { id: 'tetra', kind: 'project', names: ['Цифровая радиосвязь TETRA для конвойных подразделений'] },
      { id: 'telemed', kind: 'project', names: ['Телемедицина для медицинских частей исправительных учреждений'] },
    ];
    expect(matchEntities('айдауыл бөлімшелерінің TETRA рацияларына', prisons)[0]?.id).toBe('tetra');
    expect(matchEntities('TETRA radio for convoy units', prisons)[0]?.score ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(matchEntities('телемедицина в колониях', prisons)[0]?.id).toBe('telemed');
    const care: EntityCandidate[] = [
      { id: 'opeka', kind: 'project', names: ['Автоматизация органов опеки и попечительства «Qamqorshy»'] },
      { id: 'fees', kind: 'source', names: ['Қоршаған ортаға эмиссиялар үшін төлемдер'] },
      { id: 'legal', kind: 'source', names: ['Сборы за легализацию документов'] },
    ];
    expect(matchEntities('Qamqorshy guardianship automation', care)[0]?.id).toBe('opeka');
    expect(matchEntities('emission fees', care)[0]?.id).toBe('fees');
    expect(matchEntities('legalisation fees', care)[0]?.id).toBe('legal');
    // Initials leave the state's name out as well as keep it: АФМ, and КТЖ.
    const bodies: EntityCandidate[] = [
      { id: 'afm', kind: 'administrator', names: ['Агентство Республики Казахстан по финансовому мониторингу'] },
      { id: 'ktz', kind: 'administrator', names: ['АО «Национальная компания «Қазақстан темір жолы»»'] },
    ];
    expect(matchEntities('AFM', bodies)[0]).toMatchObject({ id: 'afm' });
    expect(matchEntities('АФМ', bodies)[0]?.score ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(matchEntities('КТЖ', bodies)[0]).toMatchObject({ id: 'ktz' });
  });
});

it('reads initials over "the" as over "of" and "and" (ARDFM)', () => {
  const bodies: EntityCandidate[] = [
    { id: 'ardfm', names: ['Agency for Regulation and Development of the Financial Market'] },
    { id: 'mlsp', names: ['Ministry of Labour and Social Protection'] },
  ];
  expect(matchEntities('ARDFM', bodies)[0]?.id).toBe('ardfm');
});

it('reads one body\'s initials in another language as its name written in initials (ХВҚ, IMF of МВФ)', () => {
  const sources: EntityCandidate[] = [
    { id: 'imf-grant', names: ['Грант Тематического фонда МВФ по мобилизации доходов'] },
    { id: 'fines', names: ['Штрафы за нарушение налогового законодательства'] },
  ];
  expect(findMentions('ХВҚ грантының жалпы көлемі', sources)[0]?.matches[0]?.id).toBe('imf-grant');
  expect(findMentions('ХВҚ грантының жалпы көлемі', sources)[0]?.tokenStart).toBe(0);
});

it('reads MoD as the Ministry of Defence written in Russian initials, and field words across languages', () => {
  const bodies: EntityCandidate[] = [
    { id: 'mo', names: ['Министерство обороны (МО)'] },
    { id: 'weld', names: ['Роботизированная сварка корпусов с контролем швов'] },
    { id: 'surplus', names: ['Средства от реализации излишнего военного имущества'] },
  ];
  expect(matchEntities('MoD', bodies)[0]?.id).toBe('mo');
  expect(matchEntities('robotic hull welding', bodies)[0]?.id).toBe('weld');
});

it('fits a city or region only to its own name, never to a word it sounds like', () => {
  const sources: EntityCandidate[] = [
    { id: 'otbasy', names: ['Отбасы банкінің цифрландыруға арналған меншікті қаражаты'] },
    { id: 'karaganda', names: ['Местный бюджет Карагандинской области'] },
  ];
  expect(matchEntities('Қарағанды', sources).map((m) => m.id)).toEqual(['karaganda']);
  expect(matchEntities('Қарағанды', sources.slice(0, 1))).toEqual([]);
  // In any script: "Астананың" fits the English name's "Astana".
  expect(matchEntities('Астананың 3D моделі', [{ id: 'model', names: ['Astana LOD2 3D city model'] }]).map((m) => m.id)).toEqual(['model']);
  // "семейный" (family's) is no Semey: it still fits its own words.
  expect(matchEntities('семейной поддержки', [{ id: 'family', names: ['Цифровая семейная поддержка'] }]).map((m) => m.id)).toEqual(['family']);
});

it('takes a city said before another city\'s body\'s words as that city\'s body, named in another language', () => {
  const offices: EntityCandidate[] = [
    { id: 'astana', kind: 'administrator', names: ['ГУ «Управление жилищной политики города Астаны»', '«Астана қаласының тұрғын үй саясаты басқармасы» ММ'] },
    { id: 'almaty', kind: 'administrator', names: ['ГУ «Управление жилищной политики города Алматы»'] },
  ];
  expect(findMentions('Алматы қаласының тұрғын үй саясаты басқармасы қанша төледі', offices)[0]).toMatchObject({ tokenStart: 0, tokenEnd: 6, matches: [{ id: 'almaty' }] });
  expect(findMentions('Астана қаласының тұрғын үй саясаты басқармасы қанша төледі', offices)[0]).toMatchObject({ tokenStart: 0, matches: [{ id: 'astana' }] });
});

describe('the memo of question words', () => {
  it('stays bounded by the candidates it lists, however many common words are asked', async () => {
    const { touchMemoSize } = await import('../../src/language/match-entity.js');
    const many: EntityCandidate[] = Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}`, names: [`Проект цифровой платформы ${i}`] }));
    const letters = 'абвгдежзиклмнопрстуфхчшщэюя';
    let asked = 0;
    for (const letter of letters) {
      for (let at = 1; at <= 7; at++) {
        // "цифровой" with one letter more: a typo of a word every one of the 5 000 names has.
        matchEntities(`цифровой`.slice(0, at) + letter + `цифровой`.slice(at), many);
        asked += 1;
      }
    }
    expect(asked * 5000).toBeGreaterThan(500_000);
    const size = touchMemoSize(many);
    expect(size.words).toBeGreaterThan(0);
    expect(size.candidates).toBeLessThanOrEqual(500_000);
    expect(matchEntities('цифровой платформы 42', many)[0]?.id).toBe('p42');
  });
});

describe('two words written as one', () => {
  const lenders: EntityCandidate[] = [{ id: 'ebrd-loan', kind: 'source', names: ['EBRD Sustainable Tourism Infrastructure Loan'] }];
  const score = (query: string) => matchEntities(query, lenders)[0]?.score ?? 0;

  it('does not take a short word after a name word for its ending ("ЕБРР дал" is no "EBRD" + "-al")', () => {
    expect(score('ЕБРР дал')).toBeLessThanOrEqual(score('ЕБРР'));
  });

  it('reads a compound word\'s initials as its two parts\' ("ГТС" of "гидротехнических сооружений")', () => {
    const dams: EntityCandidate[] = [{ id: 'dams', kind: 'priority', names: ['Безопасность плотин и гидротехнических сооружений'] }];
    expect(matchEntities('безопасность плотин и ГТС', dams)[0]?.score ?? 0).toBeGreaterThanOrEqual(0.8);
  });

  it('still reads one name word typed as two ("кең жолақты" of "кеңжолақты")', () => {
    const broadband: EntityCandidate[] = [{ id: 'broadband', names: ['Ауылдарға кеңжолақты интернет'] }];
    expect(matchEntities('кең жолақты интернет', broadband)[0]?.score ?? 0).toBeGreaterThanOrEqual(0.8);
  });
});
