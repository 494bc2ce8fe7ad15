import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../commands/registry.js';
import { parseText, readBudgetQuestion, type Catalogue } from '../../src/language/index.js';
import { read } from '../../src/language/reading.js';
import { asTyped } from '../../src/language/budget-question.js';

// Scope, period, breakdown and ranking read from whole questions against a small catalogue.

const catalogue: Catalogue = {
  programme: 'Цифровой транзит (Digital Transit Kazakhstan): национальная программа цифровизации транспорта',
  projects: [
    { id: 'wagon', name: 'Датчики состояния вагонов «Smart Wagon»', names: ['Датчики состояния вагонов «Smart Wagon»'], priority: 'rail', owner: 'KTZ' },
    { id: 'esf', name: 'ИС ЭСФ нового поколения «ESF 2.0»', names: ['ИС ЭСФ нового поколения «ESF 2.0»', 'ESF 2.0 next-generation e-invoicing system'], priority: 'rail', owner: 'KTZ' },
    { id: 'aral', name: 'Датчики засолённости почв в Приаралье', names: ['Датчики засолённости почв в Приаралье', 'Soil salinity sensors in the Aral Sea area'], priority: 'rail', owner: 'KTZ' },
    { id: 'yuk', name: 'Электронная биржа грузоперевозок «YukTasu»', names: ['Электронная биржа грузоперевозок «YukTasu»', '«YukTasu» жүк тасымалының электрондық биржасы'], priority: 'rail', owner: 'KTZ' },
  ],
  sources: [
    { id: 'savings-2025', name: 'Экономия по субсидиям АПК 2025 года', names: ['Экономия по субсидиям АПК 2025 года', '2025 жылғы АӨК субсидиялары бойынша үнем'] },
    { id: 'adb', name: 'Asian Development Bank CAREC Digital Corridors Loan', names: ['Asian Development Bank CAREC Digital Corridors Loan'] },
  ],
  priorities: [{ id: 'rail', title: 'Цифровая железная дорога', titles: ['Цифровая железная дорога', 'Digital railway'] }],
  administrators: [
    { id: 'KTZ', name: 'АО «Национальная компания «Қазақстан темір жолы»»', names: ['АО «Национальная компания «Қазақстан темір жолы»»'] },
    { id: 'MWR', name: 'Министерство водных ресурсов и ирригации Республики Казахстан', names: ['Министерство водных ресурсов и ирригации Республики Казахстан', 'Қазақстан Республикасы Су ресурстары және ирригация министрлігі'] },
  ],
};
const questionIn = (c: Catalogue) => (text: string) => readBudgetQuestion(read(text, c, '2026-11-30', INTENTS));
const question = questionIn(catalogue);
const reading = (text: string) => read(text, catalogue, '2026-11-30', INTENTS);
/** The catalogue with these projects instead (id, then its names, the first the main one), all in one area. */
const withProjects = (...projects: [string, ...string[]][]) =>
  questionIn({ ...catalogue, projects: projects.map(([id, ...names]) => ({ id, name: names[0]!, names, priority: 'rail', owner: 'KTZ' })) });

describe('reading budget questions', () => {
  it('takes the programme’s name inflected or translated as the whole programme', () => {
    expect(question('три самых затратных проекта Цифрового транзита').scope).toEqual({ kind: 'programme' });
    expect(question('Цифрлық транзит бойынша жұмсалған ақшаның бәрі').scope).toEqual({ kind: 'programme' });
    expect(question('Digital Transit Kazakhstan: how much was spent').scope).toEqual({ kind: 'programme' });
    // A short noun of the name in another case, even in quotes: «Цифровому небу» of «Цифровое небо».
    const sky = questionIn({ ...catalogue, programme: 'Qanat Digital / Цифровое небо: национальная программа цифровизации гражданской авиации' });
    expect(sky('по «Цифровому небу» сколько на сегодня ушло подрядчикам')).toMatchObject({ scope: { kind: 'programme' } });
    expect(sky('по «Цифровому небу» сколько на сегодня ушло подрядчикам').unknown).toBeUndefined();
    // Or as one compound word: "авиапрограмма".
    expect(sky('февральские оплаты по авиапрограмме')).toMatchObject({ scope: { kind: 'programme' } });
    // "всей" before it is the whole of it, not a name the data lacks.
    expect(sky('какой был нераспределённый резерв всей авиапрограммы 1 сентября').unknown).toBeUndefined();
    // "The same number for …": "number" is no word of a name.
    const airports = questionIn({ ...catalogue, administrators: [{ id: 'SHY', name: 'АО «Международный аэропорт Шымкент»', names: ['АО «Международный аэропорт Шымкент»'] }, { id: 'ALA', name: 'АО «Международный аэропорт Алматы»', names: ['АО «Международный аэропорт Алматы»'] }] });
    expect(airports('and the same number for Shymkent airport')).toEqual({ scope: { kind: 'administrator', id: 'SHY' } });
    // "One line per administrator": "line" is no name.
    expect(airports('who paid what in Q3 — one line per administrator').unknown).toBeUndefined();
    // The programme's own administrator named as a body is that administrator, not the programme's theme.
    const committee = questionIn({
      ...catalogue,
      programme: 'Qanat Digital / Цифровое небо: национальная программа цифровизации гражданской авиации',
      programmeAdministrator: 'РГУ «Комитет гражданской авиации Министерства транспорта Республики Казахстан»',
      administrators: [
        { id: 'CAC', name: 'РГУ «Комитет гражданской авиации Министерства транспорта Республики Казахстан»', names: ['РГУ «Комитет гражданской авиации Министерства транспорта Республики Казахстан»'] },
        { id: 'AAK', name: 'АО «Авиационная администрация Казахстана»', names: ['АО «Авиационная администрация Казахстана»'] },
      ],
    });
    expect(committee('Комитет гражданской авиации: сколько получил, сколько заплатил, что осталось')).toEqual({ scope: { kind: 'administrator', id: 'CAC' } });
    expect(committee('Авиационная администрация насколько освоила свои деньги')).toEqual({ scope: { kind: 'administrator', id: 'AAK' } });
    // "Stats" is the statistics programme's theme.
    const stats = questionIn({ ...catalogue, programme: 'Sanaq Digital / Цифровая статистика: национальная программа цифровизации официальной статистики и переписей' });
    expect(stats('November payments to date, whole stats programme').unknown).toBeUndefined();
    // Kazakh "цифрландыру" is the programme's "цифровизация".
    expect(sky('азаматтық авиацияны цифрландыруға резервке барлығы қанша сома қойылған').unknown).toBeUndefined();
  });

  it('leaves a year inside a name to the name, and takes the next period', () => {
    const q = question('the «Экономия по субсидиям АПК 2025 года» reserve — what was free on 1 July');
    expect(q.scope).toEqual({ kind: 'source', id: 'savings-2025' });
    expect(q.period).toEqual({ kind: 'asOf', date: '2026-07-01' });
    expect(question('2025 жылғы АӨК субсидиялары бойынша үнемнің бос қалдығы')).toEqual({ scope: { kind: 'source', id: 'savings-2025' } });
    expect(question('сколько потратили в 2025 году').period).toMatchObject({ kind: 'range', from: '2025-01-01', to: '2025-12-31' });
  });

  it('reads one period said twice as one, and no status in "running total"', () => {
    const q = question('Q2 outflows, April through June');
    expect(q.period).toMatchObject({ kind: 'range', from: '2026-04-01', to: '2026-06-30' });
    expect(q.unknown).toBeUndefined();
    expect(reading('running spend total as at close of 31 August').status).toBeNull();
  });

  it('reads set phrases as no ranking ("bottom line") and no name ("close of play")', () => {
    expect(question('Digital Transit bottom line: total disbursed to date')).toEqual({ scope: { kind: 'programme' } });
    expect(question('paid out cumulatively by close of play on 31 May')).toEqual({ period: { kind: 'asOf', date: '2026-05-31' } });
  });

  it('reads a breakdown by the projects\' status, the statuses listed being its groups, in any number', () => {
    const stats = questionIn({ ...catalogue, projects: [...catalogue.projects, { id: 'ecom', name: 'Cross-border e-commerce statistics from payment data', names: ['Cross-border e-commerce statistics from payment data'], priority: 'rail', owner: 'KTZ' }] });
    for (const text of [
      'разбивка оплат по статусам проектов (действующие, завершённые, приостановленные)',
      'разбей расходы по статусам проектов',
      'расходы по статусу проектов',
      'spending broken down by project status',
      'payments by status of projects (active, completed, suspended)',
      'шығындарды жоба мәртебесі бойынша бөліп көрсет',
    ]) {
      expect(stats(text), text).toEqual({ groupBy: 'status' });
    }
    expect(stats('оплаты по программе в разрезе статусов проектов (действующие, завершённые)')).toEqual({ scope: { kind: 'programme' }, groupBy: 'status' });
    // One status alone is still whose figures are asked.
    expect(stats('сколько потратили завершённые проекты')).toMatchObject({ scope: { kind: 'status', id: 'completed' } });
  });

  it('reads rankings and zeros in the words of the new blind sets ("үздік", "жүргізбеген", "нөлдік қалдықтарын көрсетпе", "үшеуін")', () => {
    expect(question('төлем көлемі бойынша үздік үш жоба')).toMatchObject({ groupBy: 'project', rank: { order: 'top', n: 3 } });
    expect(question('тамыз айында төлем жүргізбеген әкімшілер кім')).toMatchObject({ groupBy: 'administrator', rank: { zero: true } });
    expect(question('әр әкімшіде қанша қалдық тұр, нөлдік қалдықтарын көрсетпе')).toMatchObject({ groupBy: 'administrator', rank: { nonZero: true } });
    expect(question('ең азы үшеуін көрсет, нөлдерін есептеме')).toMatchObject({ rank: { order: 'bottom', n: 3, nonZero: true } });
    const intent = (text: string) => parseText(text, catalogue, { today: '2026-11-30', intents: INTENTS });
    expect(intent('за прошлый месяц на какую сумму закрыли акты')).toMatchObject({ intent: 'spent' });
    expect(intent('paymnets in September')).toMatchObject({ intent: 'spent' });
    expect(intent('how much did the reserves hand out to projects in March')).toMatchObject({ intent: 'received', args: { measure: 'allocated' } });
    expect(intent('how much reserve is still free to hand out')).toMatchObject({ intent: 'reserved', args: { measure: 'freeReserve' } });
  });

  it('reads a kind noun alone as a breakdown, not as a name ending in it', () => {
    expect(question('the two areas lagging furthest behind on execution')).toMatchObject({ rank: { order: 'bottom', n: 2 }, groupBy: 'area' });
    expect(question('split the remaining balances across the six areas')).toEqual({ groupBy: 'area' });
  });

  it('reads a share of GDP in words before a name that only looks like it', () => {
    expect(reading('ЖІӨ-нің бір жарым пайызын салсақ').percents.map((p) => p.value)).toEqual([1.5]);
  });

  it('takes another version number beside a name as another thing', () => {
    expect(question('ESF 3.0 spending').unknown).toEqual({ text: 'ESF 3.0', kind: 'project' });
    expect(question('ESF 2.0 spending').scope).toEqual({ kind: 'project', id: 'esf' });
    expect(question('сколько потратил ESF 2,0').scope).toEqual({ kind: 'project', id: 'esf' });
    expect(question('how much has Smart Wagon Pro received').unknown).toMatchObject({ text: expect.stringContaining('Pro'), kind: 'project' });
    // A name without numbers and a version typed after it.
    const newer = question('how much went to Smart Wagon 2.0');
    expect(newer.scope).toBeUndefined();
    expect(newer.unknown).toMatchObject({ text: expect.stringContaining('Wagon 2.0'), kind: 'project' });
  });

  it('asks about the thing money moved from, not the one it went to', () => {
    expect(question('сколько Smart Wagon перекинул на ESF 2.0').scope).toEqual({ kind: 'project', id: 'wagon' });
  });

  it('reads Kazakh typed with Russian letters', () => {
    expect(question('Су ресурстары жане ирригация министрлигинде канша акша калды').scope).toEqual({ kind: 'administrator', id: 'MWR' });
    expect(question('откен айдагы толемдердин жалпы сомасы').period).toMatchObject({ kind: 'range', grain: 'month' });
  });

  it('finds an English-only name from its words translated, never an acronym from initials that happen to match', () => {
    expect(question('резерв кредита Азиатского банка развития на 1 марта').scope).toEqual({ kind: 'source', id: 'adb' });
    // "аулов Бейнеуского района" has the initials АБР; the Latin "ADB" is not that project.
    const withVillages: Catalogue = { ...catalogue, projects: [...catalogue.projects, { id: 'aul', name: 'Мобильные медпункты для аулов Бейнеуского района', names: ['Мобильные медпункты для аулов Бейнеуского района'], priority: 'rail', owner: 'KTZ' }] };
    expect(questionIn(withVillages)('сколько выделил ADB проектам').scope).not.toEqual({ kind: 'project', id: 'aul' });
  });

  it('takes the programme by its first words, or by what it is about beside the word "programme"', () => {
    const regional: Catalogue = {
      ...catalogue,
      programme: 'Atyrau Digital Energy & Industry / Цифровая энергетика Атырау: региональная программа цифровизации промышленности и энергетики',
      programmeAdministrator: 'ГУ «Управление энергетики Атырауской области»',
    };
    const regionalQuestion = questionIn(regional);
    expect(regionalQuestion('Atyrau Digital Energy — total paid out to date?').scope).toEqual({ kind: 'programme' });
    expect(regionalQuestion('what did the energy programme pay in March').scope).toEqual({ kind: 'programme' });
    expect(regionalQuestion('оплаты за III квартал по программе облуправления энергетики').scope).toEqual({ kind: 'programme' });
    const ministry: Catalogue = { ...catalogue, programmeAdministrator: 'Министерство транспорта Республики Казахстан' };
    expect(questionIn(ministry)('сколько потратили по программе Минтранса').scope).toEqual({ kind: 'programme' });
    // Another ministry's programme is not this one.
    expect(questionIn(ministry)('сколько потратили по программе Минкульта').unknown).toBeDefined();
  });

  it('takes words that open a question before a dash or "how much" as the thing asked about, greetings aside', () => {
    expect(question('courtroom metal detectors — payments so far').unknown).toEqual({ text: 'courtroom metal detectors' });
    expect(question('Конституционный суд сколько потратил по программе').unknown?.text).toBe('Конституционный суд');
    expect(question('Уважаемые коллеги, сколько потратили?')).toEqual({});
    expect(question('Quick question — how much was spent overall').unknown).toBeUndefined();
    // One word: only a capitalised one right before "how much".
    expect(question('Казатомпром сколько израсходовал по программе').unknown?.text).toBe('Казатомпром');
    expect(question('Итого сколько потратили').unknown).toBeUndefined();
    expect(question('ну сколько потратили').unknown).toBeUndefined();
  });

  it('takes "admin body" as the administrators, not a project called "Body-worn cameras"', () => {
    const bodycams = withProjects(['wagon', 'Датчики состояния вагонов «Smart Wagon»'], ['cams', 'Нагрудные видеорегистраторы', 'Body-worn cameras']);
    expect(bodycams('Q2 payouts per admin body')).toMatchObject({ groupBy: 'administrator' });
    expect(bodycams('Q2 payouts per admin body').scope).toBeUndefined();
    expect(bodycams('which bodies spent the most').groupBy).toBe('administrator');
    expect(bodycams('body cams: how much received').scope).toEqual({ kind: 'project', id: 'cams' });
  });

  it('says which words it left out when they only faintly sound like another thing’s name', () => {
    const roads = withProjects(['redlight', 'Камеры фиксации проезда на запрещающий сигнал светофора'], ['vms', 'Табло переменной информации на трассах']);
    expect(roads('ADB loan money given to the variable message signs')).toMatchObject({ scope: { kind: 'source', id: 'adb' }, unused: 'variable message signs' });
    expect(roads('ADB loan money given so far').unused).toBeUndefined();
    // Words the source's money went to that name nothing.
    expect(roads('how much did the ADB loan put into translating interstate standards').unused).toBe('translating interstate standards');
    expect(roads('how much did the ADB loan give to projects').unused).toBeUndefined();
  });

  it('asks about the project that received, not the one its money came from', () => {
    const patrol = withProjects(['cams', 'Нагрудные видеорегистраторы для патрульных', 'Body-worn cameras for patrol officers and inspectors'], ['drones', 'Беспилотники для мониторинга трасс', 'Drones']);
    expect(patrol('видеорегистраторы патрульных: всего получено, включая пришедшее из Drones').scope).toEqual({ kind: 'project', id: 'cams' });
    expect(patrol('патрульдердің бейнетіркегіштері: барлығы қанша алды, Drones-тан келгенін қоса').scope).toEqual({ kind: 'project', id: 'cams' });
    // A verb of moving money says the giver is asked about.
    expect(patrol('сколько передали из Drones').scope).toEqual({ kind: 'project', id: 'drones' });
  });

  it('takes words between two namings of one source as its description, not another thing’s name', () => {
    const floods = questionIn({
      ...catalogue,
      sources: [{ id: 'nf', name: 'Целевой трансферт из Национального фонда Республики Казахстан на противопаводковые мероприятия', names: ['Целевой трансферт из Национального фонда Республики Казахстан на противопаводковые мероприятия', 'National Fund targeted transfer for flood protection'] }],
      projects: [{ id: 'portal', name: 'Паводковый портал для населения «Su Tasqyny»', names: ['Паводковый портал для населения «Su Tasqyny»', '«Su Tasqyny» су тасқыны порталы'], priority: 'rail', owner: 'KTZ' }],
    });
    expect(floods('Ұлттық қордың су тасқынына берген трансфертінің жалпы сомасы').scope).toEqual({ kind: 'source', id: 'nf' });
    expect(floods('сколько было свободно в резерве Нацфонда на паводки на 1 мая').scope).toEqual({ kind: 'source', id: 'nf' });
    expect(floods('су тасқыны порталына қанша берілді').scope).toEqual({ kind: 'project', id: 'portal' });
  });

  it('takes a name said in full with a common word across a preposition as that thing', () => {
    const hydro = questionIn({
      ...catalogue,
      administrators: [...catalogue.administrators!, { id: 'KGM', name: 'РГП на ПХВ «Казгидромет»', names: ['РГП на ПХВ «Казгидромет»', 'Kazhydromet'] }],
      projects: [
        { id: 'posts', name: 'Автоматические гидропосты на реках Есиль, Нура и Тобол', names: ['Автоматические гидропосты на реках Есиль, Нура и Тобол'], priority: 'rail', owner: 'KGM' },
      ],
    });
    expect(hydro('Казгидромет в паводок, март–апрель, скока заплатил').scope).toEqual({ kind: 'administrator', id: 'KGM' });
    // A name written as one across the preposition is still another thing's ("… в Карагандинской области"),
    // and one word of a long name is no name said in full ("smart parking in Astana").
    expect(hydro('Казгидромет в Карагандинской области сколько заплатил').unknown).toBeDefined();
    expect(hydro('smart parking on the Yesil river: how much was paid').unknown).toBeDefined();
  });

  it('takes the kind a singular kind noun says, though another kind’s name fits the words better', () => {
    const alerts = questionIn({
      ...catalogue,
      priorities: [{ id: 'warn', title: 'Оповещение населения: сирены и Cell Broadcast', titles: ['Оповещение населения: сирены и Cell Broadcast', 'Халықты хабардар ету: сиреналар және Cell Broadcast'] }],
      projects: [{ id: 'cb', name: 'Оповещение населения по технологии Cell Broadcast «Dabyl CB»', names: ['Оповещение населения по технологии Cell Broadcast «Dabyl CB»', '«Dabyl CB» Cell Broadcast арқылы халықты хабардар ету'], priority: 'warn', owner: 'KTZ' }],
    });
    expect(alerts('Cell Broadcast жобасы қай көздерден қаржыландырылған')).toMatchObject({ scope: { kind: 'project', id: 'cb' }, groupBy: 'source' });
    expect(alerts('по направлению Cell Broadcast сколько потрачено').scope).toEqual({ kind: 'area', id: 'warn' });
  });

  it('takes a national company’s glued name first in the question as a name, not the country’s words', () => {
    expect(question('Қазақтелеком камералар арнасы үшін қанша алды').unknown?.text).toBe('Қазақтелеком');
    expect(question('Kazpost payments for parcels this year').unknown?.text).toMatch(/^Kazpost/);
    expect(question('Қазақстан бойынша барлығы қанша жұмсалды').unknown).toBeUndefined();
    expect(question('Қазіргі уақытта резервте қанша қалды').unknown).toBeUndefined();
    expect(question('Қазанда барлығы қанша жұмсалды').unknown).toBeUndefined();
  });

  it('takes no status from the words of a period, and no name from acts, "any" or "performing"', () => {
    expect(question('overall spend rate when September closed, in %')).toEqual({ period: { kind: 'asOf', date: '2026-09-30' }, scope: { kind: 'programme' } });
    expect(question('сколько выплачено по актам на сегодняшний день')).toEqual({ period: { kind: 'asOf', date: '2026-11-30' } });
    expect(question('резервтерде әлі ешбір жобаға бөлінбеген ақша').unknown).toBeUndefined();
    expect(question('best-performing area on execution').groupBy).toBe('area');
    expect(question('biggest three spenders among the agencies').groupBy).toBe('administrator');
  });

  it('takes two or more unaccounted words after "the" as a name the data lacks', () => {
    expect(question('how much has the private bailiffs chamber paid in total').unknown?.text).toBe('private bailiffs chamber');
    expect(question('how much has the programme paid in total').unknown).toBeUndefined();
  });

  it('takes the programme by its brand without the year, or by its administrator\'s initials beside "programme"', () => {
    const emergencies: Catalogue = {
      ...catalogue,
      programme: 'Saqtyq 2026 / Цифровая гражданская защита: национальная программа цифровизации предупреждения чрезвычайных ситуаций',
      programmeAdministrator: 'ГУ «Министерство по чрезвычайным ситуациям Республики Казахстан» / Қазақстан Республикасының Төтенше жағдайлар министрлігі',
    };
    const ask = questionIn(emergencies);
    expect(ask('what did Saqtyq pay in September').scope).toEqual({ kind: 'programme' });
    expect(ask('Сақтық бойынша қанша жұмсалды').scope).toEqual({ kind: 'programme' });
    // A word like it is not it: "сақтау" (keeping) in the Ministry of Health's name.
    expect(ask('Денсаулық сақтау министрлігі қанша жұмсады').unknown).toBeDefined();
    expect(ask('қаңтар айындағы төлемдер сомасы, ТЖ бағдарламасы').scope).toEqual({ kind: 'programme' });
    expect(ask('оплаты по программе МЧС за март').scope).toEqual({ kind: 'programme' });
    expect(ask('civil protection programme: total paid to date').scope).toEqual({ kind: 'programme' });
    // A word of the programme's own name that several projects share is no question about one of them.
    const withAlerts: Catalogue = {
      ...emergencies,
      projects: [
        ...emergencies.projects,
        { id: 'alerts', name: 'Система оповещения о чрезвычайных ситуациях', names: ['Система оповещения о чрезвычайных ситуациях'], priority: 'rail', owner: 'KTZ' },
        { id: 'radio', name: 'Радиосеть чрезвычайных служб', names: ['Радиосеть чрезвычайных служб'], priority: 'rail', owner: 'KTZ' },
      ],
    };
    const shared = questionIn(withAlerts)('which three agencies hold the most unspent emergency money');
    expect(shared.groupBy).toBe('administrator');
    expect(shared.alternatives).toBeUndefined();
    expect(shared.scope).toBeUndefined();
    // Its last words alone ("гражданская защита" of "Цифровая гражданская защита").
    expect(ask('проплаты по гражданской защите за март').scope).toEqual({ kind: 'programme' });
    expect(ask('Q2 total spending on civil protection').scope).toEqual({ kind: 'programme' });
    // The first words of its name followed by another word are another thing's name.
    expect(ask('сколько потратила Saqtyq Health').scope).not.toEqual({ kind: 'programme' });
    // A one-word name that a project's name has too is the project's ("Wagon" of "Smart Wagon").
    const wagon: Catalogue = { ...catalogue, programme: 'Wagon 2030 / Цифровой вагон: программа' };
    expect(questionIn(wagon)('сколько потратил Wagon').scope).toEqual({ kind: 'project', id: 'wagon' });
    expect(questionIn(wagon)('сколько потратил Wagon 2030').scope).toEqual({ kind: 'programme' });
  });

  it('takes words of the programme\'s own name standing alone as the programme, unless a kind noun names another thing', () => {
    const geology: Catalogue = { ...catalogue, programme: 'Jer Qoinauy / Цифровая геология и недра: национальная программа цифровизации геологической отрасли' };
    const ask = questionIn(geology);
    expect(ask('за май по недрам сколько прошло оплат').unknown).toBeUndefined();
    expect(ask('третий квартал — платежи по геологии').unknown).toBeUndefined();
    // A kind noun beside them, or a word that is not the programme's, makes them a name the data lacks.
    expect(ask('сколько потратил проект по недрам').unknown).toBeDefined();
    expect(ask('платежи по геологии Марса').unknown).toBeDefined();
    // In another language through the glossary; "geology" is not "геологоразведка".
    expect(ask('what got paid in February across the subsoil programme').scope).toEqual({ kind: 'programme' });
    // "резервтерден" is Kazakh for "from the reserves", a plural: no kind noun naming one thing.
    expect(ask('қаңтарда резервтерден геология жобаларына берілген ақша')).toEqual({ period: { kind: 'range', from: '2026-01-01', to: '2026-01-31', grain: 'month' } });
  });

  it('takes a plural kind noun beside a theme word as the group, not as naming one thing ("спорт жобаларына")', () => {
    const sport: Catalogue = {
      ...catalogue,
      programme: 'Sport Digital Qazaqstan / Цифровой спорт: национальная программа цифровизации спорта',
      projects: [{ id: 'qsport', name: 'Единая платформа массового спорта «Qazaq Sport ID»', names: ['Единая платформа массового спорта «Qazaq Sport ID»'], priority: 'rail', owner: 'KTZ' }, ...catalogue.projects],
    };
    const ask = questionIn(sport);
    expect(ask('спорт жобаларына резервтерден берілген қаражаттың барлығы').scope).toBeUndefined();
    expect(ask('top 3 sport projects by payments in November')).toMatchObject({ groupBy: 'project', rank: { order: 'top', n: 3 } });
    // A singular one still names it.
    expect(ask('спорт жобасына резервтен берілген қаражат').scope).toEqual({ kind: 'project', id: 'qsport' });
  });

  it('takes several words of the programme\'s name that only nearly make a thing\'s name as the programme ("пошта мен байланыс")', () => {
    const post: Catalogue = {
      ...catalogue,
      programme: 'Pochta & Baılanys / Цифровая почта и связь / Цифрлық пошта және байланыс: национальная программа',
      projects: [{ id: 'index', name: 'Цифровой индекс почтовой связи и адресный реестр', names: ['Цифровой индекс почтовой связи и адресный реестр'], priority: 'rail', owner: 'KTZ' }, ...catalogue.projects],
    };
    const ask = questionIn(post);
    expect(ask('бірінші тоқсандағы төлемдер көлемі, пошта және байланыс').scope).toEqual({ kind: 'programme' });
    expect(ask('how much went out in September on post & telecom')).toEqual({ period: { kind: 'range', from: '2026-09-01', to: '2026-09-30', grain: 'month' }, scope: { kind: 'programme' } });
    // Its own words written out still name it.
    expect(ask('цифровой индекс почтовой связи — платежи').scope).toEqual({ kind: 'project', id: 'index' });
  });

  it('takes a word between two namings of one thing, or a name word cut short, as part of the naming', () => {
    const rehab: Catalogue = {
      ...catalogue,
      projects: [
        { id: 'rehab', name: 'Телереабилитация спортсменов «ReSport»', names: ['Телереабилитация спортсменов «ReSport»'], priority: 'rail', owner: 'KTZ' },
        { id: 'games', name: 'Подготовка к Азиатским играм', names: ['Подготовка к Азиатским играм', 'Team preparation for the Asian Games'], priority: 'rail', owner: 'KTZ' },
        ...catalogue.projects,
      ],
    };
    const ask = questionIn(rehab);
    expect(ask('ReSport tele rehab: received, paid, remaining')).toMatchObject({ scope: { kind: 'project', id: 'rehab' } });
    expect(ask('Asian Games prep project — amount handed back to the reserve')).toMatchObject({ scope: { kind: 'project', id: 'games' } });
    // A word none of its names has is still another thing's name.
    expect(ask('Asian Games hockey project — amount handed back').unknown).toBeDefined();
    // Another thing's name between two namings of this one is no second name glued to it.
    const facilities = questionIn({
      ...catalogue,
      projects: [
        { id: 'long', name: 'Создание цифровой экосистемы управления спортивными объектами', names: ['Создание цифровой экосистемы управления спортивными объектами'], priority: 'rail', owner: 'KTZ' },
        { id: 'booking', name: 'Портал бронирования «SportBooking.kz»', names: ['Портал бронирования «SportBooking.kz»', 'SportBooking.kz state sports facility booking portal'], priority: 'rail', owner: 'KTZ' },
      ],
    });
    expect(facilities('money put into the long sports facilities ecosystem project')).toMatchObject({ scope: { kind: 'project', id: 'long' } });
  });

  it('takes one theme word that only faintly names a thing as the programme, whatever else is around it', () => {
    const sport: Catalogue = {
      ...catalogue,
      programme: 'Sport Digital Qazaqstan / Цифровой спорт: национальная программа цифровизации спорта',
      projects: [
        { id: 'qsport', name: 'Единая платформа массового спорта «Qazaq Sport ID»', names: ['Единая платформа массового спорта «Qazaq Sport ID»'], priority: 'rail', owner: 'KTZ' },
        { id: 'booking', name: 'Портал бронирования спортивных объектов', names: ['Портал бронирования спортивных объектов', 'Sports facility booking portal'], priority: 'rail', owner: 'KTZ' },
        { id: 'games', name: 'Подготовка к Азиатским играм 2026 года', names: ['Подготовка к Азиатским играм 2026 года', 'Team support for the 2026 Asian Games'], priority: 'rail', owner: 'KTZ' },
      ],
      priorities: [
        { id: 'rail', title: 'Массовый спорт', titles: ['Массовый спорт'] },
        { id: 'elite', title: 'Спорт высших достижений', titles: ['Спорт высших достижений'] },
      ],
    };
    const ask = questionIn(sport);
    // "года" of "с начала года" is no name's "2026 года"; "спорту" is no typo of "support".
    expect(ask('к концу мая сколько накопилось оплат по спорту с начала года')).toEqual({ period: { kind: 'asOf', date: '2026-05-31' } });
    // "from the reserve" says where money came from, not what "спорт" is.
    expect(ask('өткен айда резервтен спорт жобаларына бөлінген ақша').unknown).toBeUndefined();
    // "направлений" is a plural; the breakdown's own noun names no area ("for each sport priority").
    expect(ask('лидер по освоению среди направлений спорта — кто и сколько %')).toEqual({ rank: { order: 'top', n: 1 }, groupBy: 'area' });
    expect(ask('for each sport priority, what is left unspent')).toEqual({ groupBy: 'area' });
    // An English kind noun used of many ("any sports project", "the sports project accounts") names none.
    expect(ask('overall free reserve not yet handed to any sports project').scope).toEqual({ kind: 'programme' });
    expect(ask('how much is still unspent on the sports project accounts overall').scope).toEqual({ kind: 'programme' });
    // After a dash the plural is what is asked, not what the noun describes: a name the data lacks.
    expect(ask('field kitchens tracking project — payments').unknown).toBeDefined();
  });

  it('takes another programme\'s words beside the word "programme" as a name the data lacks', () => {
    const ministry: Catalogue = { ...catalogue, programmeAdministrator: 'Министерство транспорта Республики Казахстан' };
    const ask = questionIn(ministry);
    expect(ask('программа цифровизации здравоохранения: сколько потратили').unknown).toBeDefined();
    expect(ask('the healthcare programme spending').unknown).toBeDefined();
    expect(ask('ноябрьские выплаты по программе — итоговая цифра').unknown).toBeUndefined();
    expect(ask('какой процент освоения набрала программа').unknown).toBeUndefined();
    expect(ask('бағдарлама аясында бүгінге дейін жалпы қанша төлем жасалды').unknown).toBeUndefined();
  });

  it('reads greetings as filler and keeps boards and "big" as words of names', () => {
    expect(question('Доброе утро, сколько потратили?')).toEqual({});
    expect(question('Good morning, how much was spent').unknown).toBeUndefined();
    expect(question('остаток у коллегии адвокатов').unknown).toBeDefined();
    expect(question('how much was spent on Big Data').unknown).toBeDefined();
  });
});

describe('sources called by their kind and initials', () => {
  const banks = questionIn({
    ...catalogue,
    sources: [
      { id: 'ebrd', name: 'EBRD Regional Airports Digital Facility', names: ['EBRD Regional Airports Digital Facility'] },
      { id: 'aiib', name: 'Заём Азиатского банка инфраструктурных инвестиций (АБИИ)', names: ['Заём Азиатского банка инфраструктурных инвестиций (АБИИ)'] },
      { id: 'eu', name: 'Грант Евросоюза Global Gateway', names: ['Грант Евросоюза Global Gateway'] },
    ],
  });
  it('takes "кредит ЕБРР" as the EBRD facility: initials in two languages, and what kind of source it is', () => {
    expect(banks('кредит ЕБРР по аэропортам: сколько ушло на проекты')).toMatchObject({ scope: { kind: 'source', id: 'ebrd' } });
  });
  it('says a loan is not the grant, and another bank is not the one named', () => {
    expect(banks('свободный остаток по займу Всемирного банка').unknown).toMatchObject({ kind: 'source' });
    expect(banks('Global Gateway loan: what is free').unknown).toMatchObject({ kind: 'source' });
  });
});

const LONG_NAME =
  'Создание единой цифровой платформы организации воздушного движения и аэропортовой деятельности, объединяющей планирование слотов в аэропортах, приём и обработку планов полётов, расчёт платы за обслуживание воздушных судов, электронный документооборот с авиакомпаниями и наземными службами, обмен данными с органами пограничного и таможенного контроля и публикацию открытой статистики пунктуальности рейсов по каждому аэропорту Республики Казахстан';

describe('names kept only in Russian or English, asked in Kazakh', () => {
  const aviation = questionIn({
    ...catalogue,
    projects: [
      { id: 'bio', name: 'Биометрическая посадка «Face Boarding» в аэропорту Алматы', names: ['Биометрическая посадка «Face Boarding» в аэропорту Алматы', 'Face Boarding biometric boarding at Almaty airport'], priority: 'rail', owner: 'KTZ' },
      { id: 'hub', name: 'Автоматизированный грузовой терминал хаба «Qazaq Air Cargo Hub»', names: ['Автоматизированный грузовой терминал хаба «Qazaq Air Cargo Hub»'], priority: 'rail', owner: 'KTZ' },
      { id: 'twin', name: 'Цифровой двойник пассажирского терминала Актобе', names: ['Цифровой двойник пассажирского терминала Актобе'], priority: 'rail', owner: 'KTZ' },
      { id: 'long', name: LONG_NAME, names: [LONG_NAME], priority: 'rail', owner: 'KTZ' },
      { id: 'atm', name: 'Модернизация автоматизированной системы управления воздушным движением «Aspan ATM»', names: ['Модернизация автоматизированной системы управления воздушным движением «Aspan ATM»'], priority: 'rail', owner: 'KTZ' },
      { id: 'aim', name: 'Электронный сборник аэронавигационной информации eAIP и цифровые NOTAM', names: ['Электронный сборник аэронавигационной информации eAIP и цифровые NOTAM'], priority: 'rail', owner: 'KTZ' },
      { id: 'app', name: 'Единое мобильное приложение авиапассажира «Ushu»', names: ['Единое мобильное приложение авиапассажира «Ushu»'], priority: 'rail', owner: 'KTZ' },
    ],
    sources: [
      { id: 'rb', name: 'Республиканский бюджет', names: ['Республиканский бюджет'] },
      { id: 'ans', name: 'Средства РГП «Казаэронавигация» от аэронавигационных сборов', names: ['Средства РГП «Казаэронавигация» от аэронавигационных сборов'] },
    ],
  });
  it('takes a Kazakh word beside a Latin brand as describing it', () => {
    expect(aviation('«Face Boarding» биометриялық отырғызу қай көздерден қаржыландырылды')).toMatchObject({ scope: { kind: 'project', id: 'bio' } });
  });
  it('reads cargo, air traffic, "single" and "респ." across the languages', () => {
    expect(aviation('жүк терминалы: ақша қайдан келді')).toMatchObject({ scope: { kind: 'project', id: 'hub' } });
    expect(aviation('әуе қозғалысын ұйымдастырудың бірыңғай платформасына қанша бөлінді')).toMatchObject({ scope: { kind: 'project', id: 'long' } });
  });
  it('leaves a word of the source beside it to the source ("… платформасына аэронавигациялық алымдардан")', () => {
    const q = aviation('әуе қозғалысын ұйымдастырудың бірыңғай платформасына аэронавигациялық алымдардан қанша бөлінді');
    expect(q.unknown).toBeUndefined();
    expect(q.scope?.kind).toMatch(/^(?:project|source)$/);
  });
});

describe('a statistics programme: short stems, bodies, seasons', () => {
  const stats = questionIn({
    ...catalogue,
    programme: 'Sanaq Digital / Цифровая статистика: национальная программа цифровизации статистики',
    programmeAdministrator: 'РГУ «Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан»',
    projects: [
      { id: 'tax', name: 'Обмен сведениями налоговой отчётности с КГД', names: ['Обмен сведениями налоговой отчётности с КГД'], priority: 'price', owner: 'KGD' },
      { id: 'cpi', name: 'Регистрация цен на планшетах для индекса потребительских цен (ИПЦ) в Астане', names: ['Регистрация цен на планшетах для индекса потребительских цен (ИПЦ) в Астане'], priority: 'price', owner: 'BNS' },
      { id: 'census', name: 'Онлайн-перепись населения через портал eGov', names: ['Онлайн-перепись населения через портал eGov'], priority: 'pop', owner: 'BNS' },
    ],
    priorities: [
      { id: 'price', title: 'Статистика цен и инфляции', titles: ['Статистика цен и инфляции'] },
      { id: 'pop', title: 'Цифровая перепись населения', titles: ['Цифровая перепись населения', 'Халықтың цифрлық санағы', 'Digital population census'] },
    ],
    administrators: [
      { id: 'KGD', name: 'Комитет государственных доходов Министерства финансов Республики Казахстан', names: ['Комитет государственных доходов Министерства финансов Республики Казахстан'] },
      { id: 'BNS', name: 'РГУ «Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан»', names: ['РГУ «Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан»', 'ҚР Стратегиялық жоспарлау және реформалар агенттігінің Ұлттық статистика бюросы'] },
    ],
  });
  it('takes "данными" as a form of "data" (a short stem with a long ending) and "баға" as price', () => {
    expect(stats('КГД по обмену налоговыми данными всего сколько оплатил')).toMatchObject({ scope: { kind: 'project', id: 'tax' } });
    expect(stats('баға және инфляция статистикасы бағытының игеру пайызы')).toMatchObject({ scope: { kind: 'area', id: 'price' } });
  });
  it('takes the programme’s own administrator called a bureau as that body, not the theme', () => {
    expect(stats('Ұлттық статистика бюросы: түскен ақша, төленгені, қалдығы')).toMatchObject({ scope: { kind: 'administrator', id: 'BNS' } });
  });
  it('leaves out "digital" when an area is named without it', () => {
    expect(stats('перепись населения — сколько оплачено в сентябре')).toMatchObject({ scope: { kind: 'area', id: 'pop' } });
  });
  it('takes a season around the months it holds as the same period, not a name', () => {
    const q = stats('Бюро жаздың екі айында — шілде, тамыз — қанша төледі');
    expect(q.period).toEqual({ kind: 'range', from: '2026-07-01', to: '2026-08-31', grain: 'days' });
    expect(q.unknown).toBeUndefined();
  });
  it('reads "ең үздік" as the top, and "бизнес-тіркелім" as a register', () => {
    expect(stats('игеру бойынша ең үздік бағыт қайсы')).toMatchObject({ groupBy: 'area', rank: { order: 'top', n: 1 } });
    expect(stats('игеру бойынша ең үздік бағыт қайсы').unknown).toBeUndefined();
  });
  it('reads "жыл басынан бергі" as since the start of the year, and progressive verbs as no name', () => {
    expect(stats('жыл басынан бергі төлемдерді әр әкімші бойынша көрсетші')).toMatchObject({ period: { from: '2026-01-01', to: '2026-11-30' }, groupBy: 'administrator' });
    expect(stats('жыл басынан бергі төлемдерді әр әкімші бойынша көрсетші').unknown).toBeUndefined();
    expect(stats('игеру пайызы бойынша ең артта келе жатқан үш бағыт')).toMatchObject({ groupBy: 'area', rank: { order: 'bottom', n: 3 } });
    expect(stats('игеру пайызы бойынша ең артта келе жатқан үш бағыт').unknown).toBeUndefined();
    expect(stats('кто из администраторов в июне не провёл ни одной оплаты')).toMatchObject({ groupBy: 'administrator', rank: { zero: true } });
    expect(stats('кто из администраторов в июне не провёл ни одной оплаты').unknown).toBeUndefined();
  });
  it('reads "leave out the zeros" and "нулевых не считай" as leaving out the zeros', () => {
    expect(stats('unspent balances per administrator, leave out the zeros')).toMatchObject({ groupBy: 'administrator', rank: { nonZero: true } });
    expect(stats('трое с самым маленьким остатком, нулевых не считай')).toMatchObject({ rank: { order: 'bottom', n: 3, nonZero: true } });
  });
});

describe('a construction and housing programme: compounds, acronyms, company forms', () => {
  const building = questionIn({
    ...catalogue,
    programme: 'Qurylys Digital / Цифровое строительство и ЖКХ / Цифрлық құрылыс және ТКШ: национальная программа цифровизации строительства',
    programmeAdministrator: 'Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан',
    projects: [
      { id: 'registry', name: 'Электронный реестр технического состояния и капитального ремонта жилых домов', names: ['Электронный реестр технического состояния и капитального ремонта жилых домов'], priority: 'meter', owner: 'ALM' },
      { id: 'patent', name: 'Учёт объектов интеллектуальной собственности', names: ['Учёт объектов интеллектуальной собственности'], priority: 'meter', owner: 'EXP' },
      { id: 'expcheck', name: 'Цифровая экспертиза проектно-сметной документации', names: ['Цифровая экспертиза проектно-сметной документации'], priority: 'meter', owner: 'EXP' },
    ],
    sources: [
      { id: 'nf', name: 'Целевой трансферт из Национального фонда Республики Казахстан на модернизацию жилищно-коммунального хозяйства', names: ['Целевой трансферт из Национального фонда Республики Казахстан на модернизацию жилищно-коммунального хозяйства'] },
      { id: 'own', name: 'Собственные средства АО «Отбасы банк»', names: ['Собственные средства АО «Отбасы банк»'] },
      { id: 'heat', name: 'EBRD district heating loan', names: ['EBRD district heating loan'] },
    ],
    priorities: [{ id: 'meter', title: 'Умный учёт коммунальных ресурсов', titles: ['Умный учёт коммунальных ресурсов'] }],
    administrators: [
      { id: 'EXP', name: 'РГП на ПХВ «Государственная вневедомственная экспертиза проектов»', names: ['РГП на ПХВ «Государственная вневедомственная экспертиза проектов»'] },
      { id: 'ALM', name: 'ГУ «Управление жилищно-коммунального хозяйства города Алматы»', names: ['ГУ «Управление жилищно-коммунального хозяйства города Алматы»', 'Алматы қаласының Тұрғын үй-коммуналдық шаруашылық басқармасы'] },
      { id: 'AST', name: 'ГУ «Управление жилищно-коммунального хозяйства города Астаны»', names: ['ГУ «Управление жилищно-коммунального хозяйства города Астаны»', 'Астана қаласының Тұрғын үй-коммуналдық шаруашылық басқармасы'] },
    ],
  });
  it('takes a compound abbreviation over an adjective, and a compound as distinct as its words together', () => {
    expect(building('Госэкспертиза с начала года сколько оплатила')).toMatchObject({ scope: { kind: 'administrator', id: 'EXP' } });
    expect(building('свободный остаток резерва Нацфонда на 1 июля')).toMatchObject({ scope: { kind: 'source', id: 'nf' } });
    expect(building('свободный остаток резерва Нацфонда на 1 июля').alternatives).toBeUndefined();
  });
  it('reads initials that pass over a two-letter word ("ТКШ" of "тұрғын үй-коммуналдық шаруашылық")', () => {
    expect(building('Алматы ТКШ басқармасы қаражатының неше пайызын игерді')).toMatchObject({ scope: { kind: 'administrator', id: 'ALM' } });
    expect(building('Алматы ТКШ басқармасы қаражатының неше пайызын игерді').unknown).toBeUndefined();
  });
  it('takes words of the programme’s name, its acronym included, as the programme', () => {
    const q = building('сколько денег сейчас висит на счетах проектов по стройке и ЖКХ');
    expect(q.scope).toBeUndefined();
    expect(q.unknown).toBeUndefined();
  });
  it('reads housing, utilities, repairs, registers and smart metering across the languages', () => {
    expect(building('Almaty housing and utilities department — payments in Q3')).toMatchObject({ scope: { kind: 'administrator', id: 'ALM' } });
    expect(building('тұрғын үйлерді күрделі жөндеу тізілімі кімнің ақшасына жасалып жатыр')).toMatchObject({ scope: { kind: 'project', id: 'registry' }, groupBy: 'source' });
    expect(building('освоение по умному учету комунальных ресурсов')).toMatchObject({ scope: { kind: 'area', id: 'meter' } });
  });
  it('takes "own funds" as the own-funds source, not as property', () => {
    expect(building('Отбасы банктің өз қаражатынан жобаларға қанша бөлінді')).toMatchObject({ scope: { kind: 'source', id: 'own' } });
    expect(building('собственность: сколько оплачено').scope?.id).not.toBe('own');
  });
  it('takes a company’s legal form beside a faint name as an organisation the data lacks', () => {
    expect(building('Oskemen Zhylu LLP — remaining balance').unknown).toMatchObject({ kind: 'administrator' });
    // A word in quotes matched only through a translation is not the thing's name.
    expect(building('ТОО «Өскемен Жылу» — сколько потратили').unknown).toBeDefined();
  });
  it('reads "нөлдерін көрсетпе" and "hide the zeros" as leaving the zeros out', () => {
    expect(building('әр әкімшіде қанша қалдық тұр, нөлдерін көрсетпе')).toMatchObject({ groupBy: 'administrator', rank: { nonZero: true } });
    expect(building('balances by area, hide the zeros')).toMatchObject({ groupBy: 'area', rank: { nonZero: true } });
  });
});

describe('two things named in one question', () => {
  const city = questionIn({
    ...catalogue,
    programme: 'Qurylys Digital: национальная программа цифровизации строительства',
    projects: [
      { id: 'leak', name: 'Датчики утечек на магистральных тепловых сетях Шымкента', names: ['Датчики утечек на магистральных тепловых сетях Шымкента'], priority: 'meter', owner: 'ALM' },
      { id: 'billing', name: 'Единый расчётный центр коммунальных платежей «QazBilling»', names: ['Единый расчётный центр коммунальных платежей «QazBilling»'], priority: 'meter', owner: 'ALM' },
      { id: 'heat', name: 'Интеллектуальные счётчики тепла в многоквартирных домах Алматы «SmartHeat Almaty»', names: ['Интеллектуальные счётчики тепла в многоквартирных домах Алматы «SmartHeat Almaty»'], priority: 'meter', owner: 'ALM' },
      { id: 'water', name: 'Автоматизированный учёт водопотребления с дистанционной передачей показаний в Астане', names: ['Автоматизированный учёт водопотребления с дистанционной передачей показаний в Астане'], priority: 'meter', owner: 'ALM' },
      { id: 'train', name: 'Обучение проектировщиков и экспертов технологиям информационного моделирования', names: ['Обучение проектировщиков и экспертов технологиям информационного моделирования'], priority: 'bim', owner: 'ALM' },
      { id: 'booking', name: 'Портал бронирования спортивных объектов «SportBooking»', names: ['Портал бронирования спортивных объектов «SportBooking»'], priority: 'sport', owner: 'ALM' },
    ],
    priorities: [
      { id: 'meter', title: 'Умный учёт коммунальных ресурсов', titles: ['Умный учёт коммунальных ресурсов', 'Smart utility metering'] },
      { id: 'bim', title: 'Информационное моделирование зданий (BIM)', titles: ['Информационное моделирование зданий (BIM)'] },
      { id: 'sport', title: 'Спортивная инфраструктура', titles: ['Спортивная инфраструктура'] },
    ],
  });
  it('takes the project before "stopped" as the one that gave, and quotes around the other as no unknown name', () => {
    expect(city('жылу желілеріндегі ағып кету датчиктері тоқтатылды — QazBilling-ке қанша берілді')).toMatchObject({ scope: { kind: 'project', id: 'leak' } });
    const quoted = city('датчики утечек свернули: сколько отдали «QazBilling»');
    expect(quoted).toMatchObject({ scope: { kind: 'project', id: 'leak' } });
    expect(quoted.unknown).toBeUndefined();
  });
  it('takes a project right beside its own area as the thing asked about, unless its words are the area’s', () => {
    expect(city('BIM training for designers is finished — how much went back to the reserve')).toMatchObject({ scope: { kind: 'project', id: 'train' } });
    expect(city('освоение по спортивной инфраструктуре в %')).toMatchObject({ scope: { kind: 'area', id: 'sport' } });
  });
  it('takes a word of the name beside it as naming it, though three words of a long name are not sure', () => {
    expect(city('Astana water metering — funding sources and amounts')).toMatchObject({ scope: { kind: 'project', id: 'water' } });
  });
  it('reads no area from a longer word that begins with its first word ("SmartHeat" is no "Smart …")', () => {
    expect(city('SmartHeat Astana — how much has been paid').scope).toBeUndefined();
  });
  it('reads Kazakh endings on short glossary stems ("желілеріндегі", "жүйесіне") and Russian adjective forms ("тепловых")', () => {
    expect(city('жылу желілеріндегі ағып кету датчиктері қанша алды')).toMatchObject({ scope: { kind: 'project', id: 'leak' } });
  });
});

describe('a migration and civil registry programme: compounds, bodies, places', () => {
  const registry = questionIn({
    ...catalogue,
    programme: 'Tirkeu Digital / Цифровая миграция и ЗАГС: национальная программа цифровизации миграционного учёта, документирования населения и регистрации актов гражданского состояния',
    programmeAdministrator: 'Министерство внутренних дел Республики Казахстан',
    projects: [
      { id: 'qazbio', name: 'Национальная платформа биометрической идентификации «QazBio ID»', names: ['Национальная платформа биометрической идентификации «QazBio ID»', 'QazBio ID national biometric platform'], priority: 'doc', owner: 'BORDER' },
      { id: 'quota', name: 'Автоматизация распределения квоты приёма кандасов по регионам', names: ['Автоматизация распределения квоты приёма кандасов по регионам'], priority: 'doc', owner: 'BORDER' },
    ],
    sources: [{ id: 'rb', name: 'Республиканский бюджет', names: ['Республиканский бюджет'] }],
    priorities: [{ id: 'doc', title: 'Документирование населения и биометрия', titles: ['Документирование населения и биометрия'] }],
    administrators: [
      { id: 'BORDER', name: 'Пограничная служба Комитета национальной безопасности Республики Казахстан', names: ['Пограничная служба Комитета национальной безопасности Республики Казахстан'] },
      { id: 'POLICE', name: 'Управление миграционной службы Департамента полиции города Алматы', names: ['Управление миграционной службы Департамента полиции города Алматы'] },
      { id: 'MIGR', name: 'Комитет миграционной службы Министерства внутренних дел Республики Казахстан', names: ['Комитет миграционной службы Министерства внутренних дел Республики Казахстан', 'Migration Service Committee of the Ministry of Internal Affairs'] },
    ],
  });
  it('reads "погранслужба" (six letters of the first word) and "КНБ", and no initials across "ID"', () => {
    expect(registry('освоение по погранслужбе КНБ, в процентах')).toMatchObject({ scope: { kind: 'administrator', id: 'BORDER' } });
    expect(registry('КНБ сколько потратил')).toMatchObject({ scope: { kind: 'administrator', id: 'BORDER' } });
  });
  it('takes an area said from the start of its title as the area, not the programme’s theme', () => {
    expect(registry('документирование населения за 3 кв. сколько оплачено')).toMatchObject({ scope: { kind: 'area', id: 'doc' }, period: { from: '2026-07-01', to: '2026-09-30' } });
  });
  it('reads two namings that together name one body sure as that body, and a place the data lacks as no other body', () => {
    expect(registry('Almaty police migration service office — how much is left unspent')).toMatchObject({ scope: { kind: 'administrator', id: 'POLICE' } });
    expect(registry('Karaganda region police migration office — balance left').unknown).toMatchObject({ kind: 'administrator' });
  });
  it('reads "2-й квартал" and "жыл басынан 30 сәуірге дейін"', () => {
    expect(registry('оплаты за 2-й квартал, всего по программе').period).toEqual({ kind: 'range', from: '2026-04-01', to: '2026-06-30', grain: 'quarter' });
    expect(registry('жыл басынан 30 сәуірге дейін (қоса алғанда) барлығы қанша төленді').period).toEqual({ kind: 'range', from: '2026-01-01', to: '2026-04-30', grain: 'days' });
  });
  it('reads "госорганов и компаний" as administrators', () => {
    expect(registry('кто из госорганов и компаний в ноябре не заплатил ни тенге')).toMatchObject({ groupBy: 'administrator', rank: { zero: true } });
  });
  it('reads "госорганы и подведы" as administrators, "бірде-бір төлем жасамаған" as none paid, "only those who paid" as no zeros', () => {
    expect(registry('оплаты за сентябрь в разрезе госорганов и подведов, списком')).toMatchObject({ groupBy: 'administrator' });
    expect(registry('шілдеде бірде-бір төлем жасамаған әкімшілер кімдер')).toMatchObject({ groupBy: 'administrator', rank: { zero: true } });
    expect(registry('August payments broken down by administrator, only those who actually paid')).toMatchObject({ groupBy: 'administrator', rank: { nonZero: true } });
  });
});

describe('long words across alphabets and Kazakh verbs of accounting', () => {
  const ids = questionIn({
    ...catalogue,
    projects: [
      { id: 'turk', name: 'Персонализация паспортов в центрах обслуживания населения Туркестанской области', names: ['Персонализация паспортов в центрах обслуживания населения Туркестанской области'], priority: 'rail', owner: 'KTZ' },
      { id: 'stud', name: 'Цифровой учёт иностранных студентов в вузах', names: ['Цифровой учёт иностранных студентов в вузах'], priority: 'rail', owner: 'KTZ' },
    ],
  });
  it('takes two long words sharing eight letters as one word in two alphabets ("personalisation", "персонализация")', () => {
    expect(ids('passport personalisation in Turkestan region — how much was paid')).toMatchObject({ scope: { kind: 'project', id: 'turk' } });
  });
  it('reads "есепке алу" as accounting and "шетелдік" as foreign', () => {
    expect(ids('шетелдік студенттерді есепке алу тоқтатылды — резервке қанша қайтарылды')).toMatchObject({ scope: { kind: 'project', id: 'stud' } });
  });
});

describe('a customs programme: organisations by their quoted names, initials, free reserve', () => {
  const customs = questionIn({
    ...catalogue,
    programme: 'Keden Digital / Цифровая таможня: национальная программа цифровизации таможенного администрирования',
    programmeAdministrator: 'Комитет государственных доходов Министерства финансов Республики Казахстан',
    projects: [
      { id: 'export', name: 'Экспортный онлайн-портал для малого и среднего бизнеса «QazTrade Export»', names: ['Экспортный онлайн-портал для малого и среднего бизнеса «QazTrade Export»'], priority: 'rail', owner: 'QT' },
      { id: 'queue', name: 'Электронная очередь грузовиков на пунктах пропуска «Shekara Queue»', names: ['Электронная очередь грузовиков на пунктах пропуска «Shekara Queue»', 'Shekara Queue truck e-queue at border crossings'], priority: 'rail', owner: 'KGD' },
      { id: 'tmtm', name: 'Цифровой коридор Транскаспийского международного транспортного маршрута (ТМТМ)', names: ['Цифровой коридор Транскаспийского международного транспортного маршрута (ТМТМ)', 'Транскаспий халықаралық көлік бағдарының цифрлық дәлізі'], priority: 'rail', owner: 'KTZ2' },
    ],
    sources: [
      { id: 'wb', name: 'World Bank Trade Facilitation and Connectivity Loan', names: ['World Bank Trade Facilitation and Connectivity Loan'] },
      { id: 'loc', name: 'Местные бюджеты приграничных областей', names: ['Местные бюджеты приграничных областей', 'Шекаралас облыстардың жергілікті бюджеттері'] },
    ],
    administrators: [
      { id: 'KGD', name: 'Комитет государственных доходов Министерства финансов Республики Казахстан', names: ['Комитет государственных доходов Министерства финансов Республики Казахстан'] },
      { id: 'IT', name: 'РГП на ПХВ «Казахстанский центр таможенных информационных технологий» Комитета государственных доходов', names: ['РГП на ПХВ «Казахстанский центр таможенных информационных технологий» Комитета государственных доходов'] },
      { id: 'QT', name: 'АО «Центр развития торговой политики «QazTrade»', names: ['АО «Центр развития торговой политики «QazTrade»'] },
      { id: 'KTZ2', name: 'АО «Национальная компания «Қазақстан темір жолы»', names: ['АО «Национальная компания «Қазақстан темір жолы»', '«Қазақстан темір жолы» ҰК АҚ'] },
    ],
  });
  it('takes an organisation by its name in quotes, and initials at a name’s head as that name', () => {
    expect(customs('QazTrade utilisation rate')).toMatchObject({ scope: { kind: 'administrator', id: 'QT' } });
    expect(customs('QazTrade utilisation rate').alternatives).toBeUndefined();
    expect(customs('КГД за июль-август сколько оплатил')).toMatchObject({ scope: { kind: 'administrator', id: 'KGD' } });
    expect(customs('КГД за июль-август сколько оплатил').alternatives).toBeUndefined();
    expect(customs('КТЖ: получено, оплачено, остаток')).toMatchObject({ scope: { kind: 'administrator', id: 'KTZ2' } });
  });
  it('reads "Всемирный банк" and "border regions" across the languages, and no command word as a word of a name', () => {
    expect(customs('кредит Всемирного банка — сколько уже распределено по проектам')).toMatchObject({ scope: { kind: 'source', id: 'wb' } });
    expect(customs('border regions\' local budgets: free reserve on 1 June')).toMatchObject({ scope: { kind: 'source', id: 'loc' } });
    expect(customs('сколько Всемирный банк дал на цифровой коридор ТМТМ')).toMatchObject({ scope: { kind: 'project', id: 'tmtm' } });
  });
  it('takes a letter joined to a word ("e-queue") as part of the words around it', () => {
    expect(customs('Aktau seaport customs e-queue project — payments so far').unknown).toMatchObject({ kind: 'project' });
  });
});

describe('desk audits', () => {
  it('reads "desk audit" as камеральный контроль', () => {
    const q = questionIn({ ...catalogue, projects: [{ id: 'bigdata', name: 'Камеральный таможенный контроль на основе больших данных', names: ['Камеральный таможенный контроль на основе больших данных'], priority: 'rail', owner: 'KTZ' }] });
    expect(q('big-data desk audit project: received, paid, balance')).toMatchObject({ scope: { kind: 'project', id: 'bigdata' } });
  });
});

describe('a culture and archives programme', () => {
  const cultureCatalogue: Catalogue = {
    ...catalogue,
    programme: 'Mura Digital / Цифровое наследие: национальная программа цифровизации культуры, музеев, библиотек и архивов',
    projects: [
      { id: 'cga', name: 'Оцифровка фондов Центрального государственного архива за 1920–1991 годы', names: ['Оцифровка фондов Центрального государственного архива за 1920–1991 годы'], priority: 'mus', owner: 'CGA' },
      { id: 'rural', name: 'Подключение сельских библиотек к автоматизированной библиотечной системе', names: ['Подключение сельских библиотек к автоматизированной библиотечной системе'], priority: 'mus', owner: 'CGA' },
      { id: 'dub', name: 'Дубляж мультфильмов на казахский язык с синтезом речи', names: ['Дубляж мультфильмов на казахский язык с синтезом речи'], priority: 'mus', owner: 'CGA' },
      { id: 'bilet', name: 'Единая система электронных билетов для театров «Bilet.Madeniet»', names: ['Единая система электронных билетов для театров «Bilet.Madeniet»'], priority: 'mus', owner: 'CGA' },
    ],
    sources: [{ id: 'rb', name: 'Республиканский бюджет', names: ['Республиканский бюджет', 'Republican budget'] }],
    priorities: [{ id: 'mus', title: 'Оцифровка музейных фондов', titles: ['Оцифровка музейных фондов', 'Музей қорларын цифрландыру'] }],
    administrators: [
      { id: 'CGA', name: 'РГУ «Центральный государственный архив Республики Казахстан»', names: ['РГУ «Центральный государственный архив Республики Казахстан»'] },
      { id: 'AZ', name: 'ГККП «Государственный историко-культурный заповедник-музей «Азрет-Султан»', names: ['ГККП «Государственный историко-культурный заповедник-музей «Азрет-Султан»', 'Azret Sultan Reserve Museum'] },
    ],
  };
  const culture = questionIn(cultureCatalogue);
  it('reads archives, digitising, funds (қорлары), cartoons, dubbing, speech and tickets across the languages', () => {
    expect(culture('орталық мемлекеттік архив қорларын цифрлау жобасының шотында 1 маусымда канша калды')).toMatchObject({ scope: { kind: 'project', id: 'cga' } });
    expect(culture('cartoon dubbing with speech synthesis is finished — how much went back to the reserve')).toMatchObject({ scope: { kind: 'project', id: 'dub' } });
    expect(culture('Bilet.Madeniet e-tickets: received, paid, left')).toMatchObject({ scope: { kind: 'project', id: 'bilet' } });
  });
  it('takes words that open an area’s title, called an area, as that area; theatres, streaming, museums, libraries', () => {
    const areas = questionIn({
      ...cultureCatalogue,
      projects: [{ id: 'eead', name: 'Модернизация единого электронного архива документов', names: ['Модернизация единого электронного архива документов'], priority: 'arch', owner: 'CGA' }],
      priorities: [
        { id: 'arch', title: 'Электронные архивы и документационное обеспечение', titles: ['Электронные архивы и документационное обеспечение'] },
        { id: 'stage', title: 'Цифровые театры и онлайн-трансляции', titles: ['Цифровые театры и онлайн-трансляции'] },
      ],
      sources: [{ id: 'fee', name: 'Доходы от платных услуг музеев, библиотек и архивов', names: ['Доходы от платных услуг музеев, библиотек и архивов'] }],
    });
    expect(areas('электронные архивы как направление — какой процент освоения')).toMatchObject({ scope: { kind: 'area', id: 'arch' } });
    expect(areas('digital theatres and streaming area, total paid')).toMatchObject({ scope: { kind: 'area', id: 'stage' } });
    expect(areas('museum, library and archive fees — unallocated balance')).toMatchObject({ scope: { kind: 'source', id: 'fee' } });
  });
  it('takes "заморозили" as stopped, "тамыздың аяғына дейін" as up to the end of August', () => {
    const frozen = culture('сельские библиотеки заморозили — сколько вернули в республиканский резерв');
    expect(frozen).toMatchObject({ scope: { kind: 'project', id: 'rural' } });
    expect(frozen.unknown).toBeUndefined();
    expect(culture('тамыздың аяғына дейін барлығы қанша төленіп үлгерді').period).toEqual({ kind: 'asOf', date: '2026-08-31' });
  });
  it('reads command words alone as no name, though an organisation has them ("Reserve Museum")', () => {
    const q = culture('republican budget reserve, unallocated as of 1 June');
    expect(q).toMatchObject({ scope: { kind: 'source', id: 'rb' } });
    expect(parseText('republican budget reserve, unallocated as of 1 June', cultureCatalogue, { today: '2026-11-30', intents: INTENTS })).toMatchObject({ intent: 'reserved', args: { measure: 'freeReserve' } });
  });
});

describe('a forestry programme: five initials, short nouns, "күйіне"', () => {
  const forest = questionIn({
    ...catalogue,
    programme: 'Tabigat Digital / Цифровой лес и рыба: национальная программа цифровизации лесного и рыбного хозяйства',
    projects: [{ id: 'ebalyq', name: 'Электронный промысловый журнал «e-Balyq»', names: ['Электронный промысловый журнал «e-Balyq»'], priority: 'rail', owner: 'KLH' }],
    administrators: [
      { id: 'KLH', name: 'РГУ «Комитет лесного хозяйства и животного мира Министерства экологии и природных ресурсов Республики Казахстан»', names: ['РГУ «Комитет лесного хозяйства и животного мира Министерства экологии и природных ресурсов Республики Казахстан»'] },
      { id: 'NPC', name: 'ТОО «Научно-производственный центр рыбного хозяйства»', names: ['ТОО «Научно-производственный центр рыбного хозяйства»'] },
    ],
  });
  it('reads initials of five words ("КЛХЖМ", "НПЦРХ")', () => {
    expect(forest('КЛХЖМ за лето сколько оплатил')).toMatchObject({ scope: { kind: 'administrator', id: 'KLH' } });
    expect(forest('НПЦРХ — освоение в процентах')).toMatchObject({ scope: { kind: 'administrator', id: 'NPC' } });
  });
  it('reads "1 қазан күйіне" as on 1 October, and "по лесу и рыбе" as the programme', () => {
    expect(forest('1 қазан күйіне e-Balyq шотындағы қалдық')).toMatchObject({ scope: { kind: 'project', id: 'ebalyq' }, period: { kind: 'asOf', date: '2026-10-01' } });
    expect(forest('скока заплатили по лесу и рыбе в мае').unknown).toBeUndefined();
  });
  it('takes a project said to be wrapped up or on hold as the one that released money, beside a sure source', () => {
    const stopped = questionIn({
      ...catalogue,
      projects: [
        { id: 'dc', name: 'Резервный центр обработки данных лесной отрасли', names: ['Резервный центр обработки данных лесной отрасли'], priority: 'rail', owner: 'KTZ' },
        { id: 'alert', name: 'Система оповещения жителей лесных посёлков о пожарах', names: ['Система оповещения жителей лесных посёлков о пожарах'], priority: 'rail', owner: 'KTZ' },
      ],
      sources: [{ id: 'rb', name: 'Республиканский бюджет', names: ['Республиканский бюджет', 'Republican budget'] }],
    });
    expect(stopped('backup data centre wrapped up: amount returned to the republican budget reserve')).toMatchObject({ scope: { kind: 'project', id: 'dc' } });
    expect(stopped('village fire alert system on hold: sum released back to reserve')).toMatchObject({ scope: { kind: 'project', id: 'alert' } });
    expect(stopped('Kazakhtelecom payments from August onwards').period).toEqual({ kind: 'range', from: '2026-08-01', to: '2026-11-30', grain: 'days' });
    expect(stopped('игеру бойынша ең озық бағыт қайсы')).toMatchObject({ rank: { order: 'top' } });
  });
  it('reads radio links and hunting grounds across the languages', () => {
    const hunt = questionIn({
      ...catalogue,
      projects: [
        { id: 'dmr', name: 'Цифровая радиосвязь DMR для лесной охраны', names: ['Цифровая радиосвязь DMR для лесной охраны'], priority: 'rail', owner: 'KTZ' },
        { id: 'huntreg', name: 'Реестр охотничьих угодий и охотпользователей', names: ['Реестр охотничьих угодий и охотпользователей'], priority: 'rail', owner: 'KTZ' },
      ],
      sources: [{ id: 'hunt', name: 'Аңшылық алқаптарын пайдаланғаны үшін төлемдер', names: ['Аңшылық алқаптарын пайдаланғаны үшін төлемдер'] }],
    });
    expect(hunt('DMR радиобайланысына барлығы қанша төленді')).toMatchObject({ scope: { kind: 'project', id: 'dmr' } });
    expect(hunt('аңшылық алқаптары тізілімі біткен соң резервке қайтарылған сома')).toMatchObject({ scope: { kind: 'project', id: 'huntreg' } });
    // "Angling" is fishing: a source named only in Kazakh, said in English.
    const permits = questionIn({ ...catalogue, sources: [
      { id: 'perm', name: 'Аңшылық пен әуесқой балық аулауға рұқсаттардан түсетін алымдар', names: ['Аңшылық пен әуесқой балық аулауға рұқсаттардан түсетін алымдар'] },
      { id: 'hunt', name: 'Сборы за разрешения на охоту', names: ['Сборы за разрешения на охоту'] },
    ] });
    expect(permits('hunting & angling permit fees: total size of that source')).toMatchObject({ scope: { kind: 'source', id: 'perm' } });
  });
  it('reads an English question quoting a Russian name, and "жобасы бойынша" as about one project', () => {
    const hunt = questionIn({
      ...catalogue,
      projects: [{ id: 'ranger', name: 'Мобильные планшеты для егерей', names: ['Мобильные планшеты для егерей', 'Егерлерге арналған мобильді планшеттер'], priority: 'hunt', owner: 'KTZ' }],
      priorities: [{ id: 'hunt', title: 'Охотничье хозяйство и учёт животного мира', titles: ['Охотничье хозяйство и учёт животного мира'] }],
    });
    // English words around Russian ones are the question's, not a name written in Latin letters.
    expect(hunt('November payments under «Охотничье хозяйство»')).toMatchObject({ scope: { kind: 'area', id: 'hunt' } });
    expect(hunt('егерлерге планшет жобасы бойынша қалдық').groupBy).toBeUndefined();
    expect(hunt('жобалар бойынша қалдық').groupBy).toBe('project');
  });
});

describe('a business-support programme: its brand word, its theme before a plural noun, "own money"', () => {
  const business = questionIn({
    ...catalogue,
    programme: 'Iskerlik Digital / Цифровая поддержка бизнеса / Бизнесті цифрлық қолдау: национальная программа цифровизации поддержки МСБ и продвижения экспорта',
    projects: [{ id: 'subsidy', name: 'Автоматизация субсидирования ставок по кредитам', names: ['Автоматизация субсидирования ставок по кредитам'], priority: 'fin', owner: 'MTI' }],
    priorities: [{ id: 'fin', title: 'Цифровая финансовая поддержка МСБ', titles: ['Цифровая финансовая поддержка МСБ', 'ШОБ-ты цифрлық қаржылай қолдау', 'Digital financial support for SMEs'] }],
    sources: [{ id: 'own', name: 'Собственные средства холдинга «Байтерек»', names: ['Собственные средства холдинга «Байтерек»', '«Бәйтерек» холдингінің меншікті қаражаты'] }],
    administrators: [{ id: 'MTI', name: 'Министерство торговли и интеграции Республики Казахстан', names: ['Министерство торговли и интеграции Республики Казахстан', 'Қазақстан Республикасының Сауда және интеграция министрлігі'] }],
  });
  it('takes the brand word alone as the programme, and "SME support programme" too', () => {
    expect(business('тамыз бойы Iskerlik жобалары қанша төлем жасады')).toMatchObject({ scope: { kind: 'programme' } });
    expect(business('SME support programme: grand total spent to date?')).toEqual({ scope: { kind: 'programme' } });
  });
  it('reads the theme before a plural kind noun as which ones, not a breakdown, and money words as no name', () => {
    expect(business('қазанда бизнес жобалары бойынша аударылған төлемдер').groupBy).toBeUndefined();
    expect(business('биылғы жылы резервтен жобаларға таратылған қаржының жалпы сомасы').scope).toBeUndefined();
    expect(business('Сауда және интеграция министрлігі өз ақшасын неше пайыз игерді')).toEqual({ scope: { kind: 'administrator', id: 'MTI' } });
  });
  it('reads "әкімшілердің ішінде … ең әлсізі" as the weakest administrator', () => {
    expect(business('әкімшілердің ішінде игеруі ең әлсізі кім')).toMatchObject({ groupBy: 'administrator', rank: { order: 'bottom', n: 1 } });
  });
});

describe('a treasury programme: a project stopped in Kazakh', () => {
  it('reads "тоқтаған соң" (after it stopped) as no words of the name', () => {
    const treasury = questionIn({
      ...catalogue,
      projects: [
        { id: 'dc', name: 'Резервный центр обработки данных финансовых систем в Караганде', names: ['Резервный центр обработки данных финансовых систем в Караганде', 'Қарағандыдағы қаржы жүйелерінің резервтік деректер өңдеу орталығы'], priority: 'rail', owner: 'KTZ' },
        { id: 'pilot', name: 'Пилот сверки ЭСФ с договорами закупок в Карагандинской области', names: ['Пилот сверки ЭСФ с договорами закупок в Карагандинской области'], priority: 'rail', owner: 'KTZ' },
      ],
    });
    expect(treasury('Қарағандыдағы салыстыру пилоты тоқтаған соң басқа жобаларға қанша ақша берілді')).toMatchObject({ scope: { kind: 'project', id: 'pilot' } });
  });
});

describe('a space programme: theme words, zeros said in Kazakh, a source for the theme', () => {
  const space = questionIn({
    ...catalogue,
    programme: 'Aspan Karta / Цифровой космос и геодезия: национальная программа цифровизации космической деятельности, геодезии и картографии',
    projects: [{ id: 'birge', name: 'Единая платформа волонтёров «Qoldau Birge»', names: ['Единая платформа волонтёров «Qoldau Birge»', '«Qoldau Birge» бірыңғай волонтерлер платформасы'], priority: 'rail', owner: 'KTZ' }],
    sources: [{ id: 'nf', name: 'Целевой трансферт из Национального фонда на развитие космической отрасли', names: ['Целевой трансферт из Национального фонда на развитие космической отрасли'] }],
  });
  it('reads the theme before a plural noun as which projects, and beside a source as what it is for', () => {
    expect(space('сколько ещё висит на счетах космических и геодезических проектов, не израсходовано').unknown).toBeUndefined();
    expect(space('из нацфонда на космос сколько уже ушло в проекты')).toMatchObject({ scope: { kind: 'source', id: 'nf' } });
  });
  it('reads "бірде-бір теңге төлемеген" as those that paid nothing, not «Qoldau Birge»', () => {
    expect(space('бірде-бір теңге төлемеген жобалар бар ма')).toMatchObject({ rank: { zero: true } });
    expect(space('бірде-бір теңге төлемеген жобалар бар ма').scope).toBeUndefined();
  });
  it('still takes a theme word between words of another lender as a name the data lacks', () => {
    const lenders = questionIn({
      ...catalogue,
      programme: 'Aspan Karta / Цифровой космос и геодезия: национальная программа цифровизации космической деятельности, геодезии и картографии',
      sources: [
        { id: 'wb', name: 'Заём Всемирного банка на модернизацию земельного кадастра', names: ['Заём Всемирного банка на модернизацию земельного кадастра', 'World Bank land cadastre modernisation loan'] },
        { id: 'esa', name: 'ESA Earth Observation Cooperation Grant', names: ['ESA Earth Observation Cooperation Grant'] },
      ],
    });
    expect(lenders('Asian Development Bank geodesy loan — free reserve?').unknown).toBeDefined();
    // Named twice ("loan" … "Bank"), with another lender's name beside the second naming.
    expect(lenders('the loan for geodesy from the Asian Development Bank: free reserve').unknown).toBeDefined();
    expect(lenders('World Bank loan — free reserve')).toMatchObject({ scope: { kind: 'source', id: 'wb' } });
  });
  it('reads no month in "қарамағында" (under)', () => {
    expect(space('Аэроғарыш комитетінің қарамағында неше жоба бар').period).toBeUndefined();
  });
});

describe('a language and religion programme: nouns said twice, a source for the theme', () => {
  const language = questionIn({
    ...catalogue,
    programme: 'Til Kopiri / Мост языков: национальная программа цифровизации государственного языка, ономастики, перевода и религиозных дел',
    sources: [{ id: 'nf', name: 'Целевой трансферт из Национального фонда на развитие государственного языка', names: ['Целевой трансферт из Национального фонда на развитие государственного языка'] }],
  });
  it('reads a kind noun said twice as a breakdown ("бағыт-бағыт бойынша", "проект за проектом")', () => {
    expect(language('бағыт-бағыт бойынша жұмсалмаған ақшаны тізіп бер').groupBy).toBe('area');
    expect(language('остатки проект за проектом').groupBy).toBe('project');
  });
  it('reads the theme after a source and "под" as what the money is for', () => {
    expect(language('Нацфонд под язык и религию сколько зарезервировал')).toMatchObject({ scope: { kind: 'source', id: 'nf' } });
  });
  it('reads "қорытындысы" and "сонда" as no name', () => {
    expect(language('маусым бойынша төлем қорытындысы').unknown).toBeUndefined();
  });
});

describe('a tourism programme: a kind noun in English, a campaign, a visit fee', () => {
  const tourism = questionIn({
    ...catalogue,
    programme: 'Saiahat Digital / Цифровой туризм / Цифрлық туризм: национальная программа цифровизации туризма',
    projects: [{ id: 'cashback', name: 'Кешбэк за внутренние туры по туристской карте', names: ['Кешбэк за внутренние туры по туристской карте', 'Ішкі турлар үшін туристік карта бойынша кэшбэк'], priority: 'rail', owner: 'KTZ' }],
  });
  it('reads "direction" as a kind noun: an area the data lacks is said so', () => {
    expect(tourism('how is the cruise and river tourism direction doing on utilisation?').unknown).toBeDefined();
  });
  it('reads "X акциясы" (the X campaign) as X', () => {
    expect(tourism('кэшбэк акциясы қанша ақша алды')).toMatchObject({ scope: { kind: 'project', id: 'cashback' } });
  });
});

describe('a name the data lacks, said away from the thing found', () => {
  const elections = questionIn({
    ...catalogue,
    projects: [
      { id: 'kepg', name: 'Комплексы электронного подсчёта голосов (КЭПГ) на избирательных участках', names: ['Комплексы электронного подсчёта голосов (КЭПГ) на избирательных участках'], priority: 'rail', owner: 'ALM' },
      { id: 'lab', name: 'Лаборатория 5G', names: ['Лаборатория 5G', '5G Lab'], priority: 'rail', owner: 'ALM' },
      { id: 'dc', name: 'Резервный центр обработки данных в Караганде', names: ['Резервный центр обработки данных в Караганде', 'Қарағандыдағы резервтік деректер орталығы'], priority: 'rail', owner: 'ALM' },
    ],
    sources: [{ id: 'nf', name: 'Целевой трансферт из Национального фонда', names: ['Целевой трансферт из Национального фонда', 'National Fund transfer'] }],
    administrators: [
      { id: 'ALM', name: 'Филиал РГП «Казгидромет» по Алматинской области', names: ['Филиал РГП «Казгидромет» по Алматинской области', '«Қазгидромет» РМК-ның Алматы облысы бойынша филиалы'] },
      { id: 'VKO', name: 'Филиал РГП «Казгидромет» по Восточно-Казахстанской области', names: ['Филиал РГП «Казгидромет» по Восточно-Казахстанской области', '«Қазгидромет» РМК-ның Шығыс Қазақстан облысы бойынша филиалы'] },
    ],
  });
  it('says a bank that gives nothing here is not found, though the project it gave to is', () => {
    expect(elections('сколько Всемирный банк выделил на КЭПГ').unknown).toMatchObject({ text: 'Всемирный банк', kind: 'source' });
    expect(elections('how much did the National Fund transfer give the 5G Lab')).toMatchObject({ scope: { kind: 'project', id: 'lab' } });
    expect(elections('how much did the National Fund transfer give the 5G Lab').unknown).toBeUndefined();
  });
  it('says a region none of the near-identical branches has is another branch', () => {
    // "Қарағанды" is also a word of a project's name: here it is the region of a branch the data lacks.
    expect(elections('ал Қарағанды облысы бойынша филиалда ше?').unknown).toMatchObject({ text: 'Қарағанды облысы бойынша филиалда', kind: 'administrator' });
    expect(elections('ал Алматы облысы бойынша филиалы қанша төледі')).toMatchObject({ scope: { kind: 'administrator', id: 'ALM' } });
  });
  it('takes a Kazakh agency the data lacks as not found, not as the whole programme', () => {
    expect(elections('Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі бұл бағдарламадан қанша қаражат алды').unknown).toBeDefined();
  });
});

describe('more words for the far end, for nothing paid and for a share', () => {
  it('reads "аутсайдер" as the bottom, "nothing has been paid out" as the zeros, "share of money used" as execution', () => {
    expect(question('аутсайдер по освоению среди направлений — кто и сколько %')).toMatchObject({ rank: { order: 'bottom', n: 1 }, groupBy: 'area' });
    expect(question('projects where nothing has been paid out yet?')).toMatchObject({ rank: { zero: true } });
    const intent = (text: string) => (parseText(text, catalogue, { today: '2026-11-30', intents: INTENTS }) as { intent?: string }).intent;
    expect(intent('Smart Wagon: share of money used, %')).toBe('execution');
    expect(intent('how much has KTZ spent → and as a % of what they had?')).toBe('execution');
  });
});

describe('a Latin name among Cyrillic words', () => {
  it('reads "проект Baqylau" as the project, not "бақылау" (to watch) through transliteration', () => {
    const apps: Catalogue = {
      ...catalogue,
      projects: [{ id: 'baq', name: 'Мобильное приложение наблюдателя «Baqylau»', names: ['Мобильное приложение наблюдателя «Baqylau»'], priority: 'rail', owner: 'KTZ' }],
    };
    expect(parseText('покажи проект Baqylau', apps, { today: '2026-11-30', intents: INTENTS })).toMatchObject({ intent: 'project', args: { project: 'baq' } });
    // An English command word before a Cyrillic name is still a command word.
    expect(parseText('balance of Цифровая железная дорога', apps, { today: '2026-11-30', intents: INTENTS })).toMatchObject({ intent: 'balance' });
  });
});

describe('words typed in title case, two or more in a row', () => {
  const apps: Catalogue = {
    ...catalogue,
    projects: [
      { id: 'alert', name: 'Мобильное приложение штормовых предупреждений «Boljam Alert»', names: ['Мобильное приложение штормовых предупреждений «Boljam Alert»', 'Boljam Alert storm warning app'], priority: 'rail', owner: 'KTZ' },
      { id: 'probe', name: 'Отбор проб речных наносов с беспилотников', names: ['Отбор проб речных наносов с беспилотников'], priority: 'rail', owner: 'KTZ' },
    ],
    administrators: [{ id: 'KE', name: 'АО «Экспортно-кредитное агентство «KazakhExport»', names: ['АО «Экспортно-кредитное агентство «KazakhExport»', 'KazakhExport Export Credit Agency JSC'] }],
  };
  const ask = questionIn(apps);

  it('are a name, though they hold commands\' words ("boljam" is a forecast, "alert" a subscription)', () => {
    expect(ask('Boljam Alert — payments so far')).toEqual({ scope: { kind: 'project', id: 'alert' } });
    expect(ask('Boljam Alert Pro — payments so far').unknown).toMatchObject({ text: 'Boljam Alert Pro' });
    expect(ask('Kazakh Invest — how much have they spent under the programme?').unknown).toMatchObject({ text: 'Kazakh Invest' });
    // After a command's word, first in the question and so capitalised anyway.
    expect(ask('Освоение Kazakh Invest').unknown).toMatchObject({ text: 'Kazakh Invest' });
    expect(ask('Остаток Казахстан Инвест').unknown).toMatchObject({ text: 'Казахстан Инвест' });
  });

  it('are still commands\' words when they are nothing else ("Total Spent")', () => {
    expect(parseText('Total Spent by KazakhExport', apps, { today: '2026-11-30', intents: INTENTS })).toMatchObject({ intent: 'spent' });
  });
});

describe('a body called by its whole name, or by a glued abbreviation of it', () => {
  const hydromet: Catalogue = {
    ...catalogue,
    sources: [{ id: 'nf', name: 'Целевой трансферт из Национального фонда', names: ['Целевой трансферт из Национального фонда', 'National Fund targeted transfer'] }],
    administrators: [
      { id: 'HQ', name: 'РГП на ПХВ «Казгидромет» Министерства экологии', names: ['РГП на ПХВ «Казгидромет» Министерства экологии', 'Kazhydromet'] },
      { id: 'ATR', name: 'Филиал РГП на ПХВ «Казгидромет» по Атырауской области', names: ['Филиал РГП на ПХВ «Казгидромет» по Атырауской области', 'Kazhydromet Atyrau Region Branch'] },
      { id: 'AKT', name: 'Филиал РГП на ПХВ «Казгидромет» по Актюбинской области', names: ['Филиал РГП на ПХВ «Казгидромет» по Актюбинской области'] },
    ],
  };
  const ask = questionIn(hydromet);

  it('is that body, not the branches whose names hold its name', () => {
    expect(ask('Казгидромет за первое полугодие сколько заплатил подрядчикам')).toMatchObject({ scope: { kind: 'administrator', id: 'HQ' } });
    expect(ask('Казгидромет за первое полугодие сколько заплатил подрядчикам').alternatives).toBeUndefined();
    expect(ask('Казгидромет по Атырауской области сколько потратил')).toMatchObject({ scope: { kind: 'administrator', id: 'ATR' } });
  });

  it('reads "NatFund" as the National Fund, and a glued name no name starts as another', () => {
    expect(ask('NatFund money allocated to projects so far')).toMatchObject({ scope: { kind: 'source', id: 'nf' } });
    expect(ask('NatBank money allocated to projects so far').unknown).toMatchObject({ text: 'NatBank' });
  });
});

describe('a body or a company the data lacks, said in words other things hold', () => {
  const prisons = questionIn({
    ...catalogue,
    projects: [{ id: 'dopp', name: 'Доплеровские метеорадары в Астане, Шымкенте и Актобе', names: ['Доплеровские метеорадары в Астане, Шымкенте и Актобе', 'Doppler weather radars in Astana, Shymkent and Aktobe'], priority: 'net', owner: 'KTZ' }],
    priorities: [
      { id: 'net', title: 'Связь, ЦОД и защищённая ведомственная сеть', titles: ['Связь, ЦОД и защищённая ведомственная сеть', 'Connectivity, data centres and the secure departmental network'] },
      { id: 'air', title: 'Мониторинг качества атмосферного воздуха', titles: ['Мониторинг качества атмосферного воздуха', 'Air quality monitoring'] },
    ],
  });
  it('reads "department" alone as no area, though an area is "departmental"', () => {
    const department = prisons("Shymkent penal system department, what's their balance");
    expect(department.unknown).toBeDefined();
    expect(department.scope).toBeUndefined();
  });
  it('reads two words written as one name, each another kind\'s, as a name the data lacks ("Air Astana")', () => {
    expect(prisons('and Air Astana?').unknown).toMatchObject({ text: 'Air Astana' });
    expect(prisons('air quality monitoring: how much is left').scope).toEqual({ kind: 'area', id: 'air' });
  });
});

describe('another body\'s grant, a quoted area, a name in title case', () => {
  const children = questionIn({
    ...catalogue,
    projects: [{ id: 'ekb', name: 'Создание единой информационной системы учёта детей, оставшихся без попечения родителей, с межведомственным обменом сведениями между органами образования, здравоохранения, внутренних дел и судами', names: ['Создание единой информационной системы учёта детей, оставшихся без попечения родителей, с межведомственным обменом сведениями между органами образования, здравоохранения, внутренних дел и судами'], priority: 'juv', owner: 'KTZ' }],
    sources: [
      { id: 'unicef', name: 'Грант ЮНИСЕФ на цифровизацию системы защиты детей', names: ['Грант ЮНИСЕФ на цифровизацию системы защиты детей', 'UNICEF grant for child protection digitalisation'] },
      { id: 'rb', name: 'Республиканский бюджет', names: ['Республиканский бюджет'] },
    ],
    priorities: [{ id: 'juv', title: 'Ювенальная юстиция и профилактика правонарушений', titles: ['Ювенальная юстиция и профилактика правонарушений', 'Juvenile justice and delinquency prevention'] }],
  });
  it('reads "the grant" beside a name the data lacks as another body\'s grant, and alone as the one grant', () => {
    expect(children('OSCE grant for juvenile justice, spent to date?').unknown).toMatchObject({ text: 'OSCE grant', kind: 'source' });
    expect(children('USAID по ювенальной юстиции — свободный остаток гранта').unknown).toMatchObject({ text: 'USAID', kind: 'source' });
    expect(children('Еуропалық Одақ (ЕО) гранты бойынша әлі жобаларға берілмеген ақша бар ма').unknown).toMatchObject({ kind: 'source' });
    expect(children('свободный остаток гранта').scope).toEqual({ kind: 'source', id: 'unicef' });
    expect(children('UNICEF grant: free reserve').scope).toEqual({ kind: 'source', id: 'unicef' });
  });
  it('reads a quoted name after an area noun as an area, not a project that resembles it', () => {
    expect(children('как идёт освоение по направлению «Детское здравоохранение»?').unknown).toMatchObject({ text: 'Детское здравоохранение', kind: 'priority' });
  });
  it('reads title-case words opening the question as a name ("Save the Children money")', () => {
    expect(children('Save the Children money: anything not yet given out to projects?').unknown).toBeDefined();
  });
});

describe('Kazakh zeros and a Latin name opening a Russian question', () => {
  it('reads "ешқандай төлем болмаған" as the zeros and "нөлдік қалдықтарды көрсетпе" as leaving them out', () => {
    expect(question('тамыз айында ешқандай төлем болмаған әкімшілер')).toMatchObject({ rank: { zero: true }, groupBy: 'administrator' });
    expect(question('әкімшілер бойынша қалдықтар, нөлдік қалдықтарды көрсетпе')).toMatchObject({ groupBy: 'administrator', rank: { nonZero: true } });
  });
  it('reads a Latin name first in a Russian question as the name ("Salmaq: поступило …"), not a Kazakh command word', () => {
    const scales: Catalogue = { ...catalogue, projects: [{ id: 'salmaq', name: 'Автоматические весовые на въезде полигонов «Salmaq»', names: ['Автоматические весовые на въезде полигонов «Salmaq»'], priority: 'rail', owner: 'KTZ' }] };
    expect(questionIn(scales)('Salmaq: поступило, потрачено, осталось').scope).toEqual({ kind: 'project', id: 'salmaq' });
  });
});

describe('a place first in the question, a branch\'s region right after its body\'s name', () => {
  const roads = questionIn({
    ...catalogue,
    projects: [{ id: 'wim', name: 'Весовые датчики WIM на подъездах к Караганде', names: ['Весовые датчики WIM на подъездах к Караганде'], priority: 'rail', owner: 'FC' }],
    administrators: [
      { id: 'FC', name: 'АО «Финансовый центр»', names: ['АО «Финансовый центр»', '«Қаржы орталығы» АҚ'] },
      { id: 'FC-ALA', name: 'Региональный филиал АО «Финансовый центр» по городу Алматы', names: ['Региональный филиал АО «Финансовый центр» по городу Алматы', '«Қаржы орталығы» АҚ-ның Алматы қаласы бойынша өңірлік филиалы'] },
      { id: 'FC-KAR', name: 'Региональный филиал АО «Финансовый центр» по Карагандинской области', names: ['Региональный филиал АО «Финансовый центр» по Карагандинской области', '«Қаржы орталығы» АҚ-ның Қарағанды облысы бойынша өңірлік филиалы'] },
    ],
  });
  it('reads a city or region opening the question as a name beside the thing ("Қостанай облысындағы WIM …")', () => {
    expect(roads('Қостанай облысындағы WIM салмақ датчиктерінің қалдығы').unknown).toMatchObject({ kind: 'project' });
    expect(roads('WIM салмақ датчиктерінің қалдығы').scope).toEqual({ kind: 'project', id: 'wim' });
  });
  it('reads a region none of the branches has, right after their body\'s name, as another branch', () => {
    expect(roads('Қаржы орталығының Ақтөбе облысы бойынша филиалы қанша төледі').unknown).toMatchObject({ kind: 'administrator' });
  });
});

describe('apostrophes and "inclusive"', () => {
  const afm = questionIn({ ...catalogue, administrators: [{ id: 'AFM', name: 'Агентство Республики Казахстан по финансовому мониторингу', names: ['Агентство Республики Казахстан по финансовому мониторингу'] }] });
  it('reads no quotes between two apostrophes of possessives ("what\'s the AFM\'s"), and "inclusive" as no name', () => {
    expect(afm("what's the AFM's execution rate")).toEqual({ scope: { kind: 'administrator', id: 'AFM' } });
    expect(afm('spending from 3 Aug to 14 Oct inclusive')).toEqual({ period: { kind: 'range', from: '2026-08-03', to: '2026-10-14', grain: 'days' } });
  });
});

describe('another place, another body\'s money, a bank named before its kind noun', () => {
  const investment = questionIn({
    ...catalogue,
    // "цифрлық" is a word of the programme's own name, so it names nothing else.
    programme: 'Salym Digital / Цифровое продвижение инвестиций / Инвестицияларды цифрлық ілгерілету',
    projects: [
      { id: 'zh-pass', name: 'Цифровые паспорта индустриальных зон Жамбылской области', names: ['Цифровые паспорта индустриальных зон Жамбылской области'], priority: 'rail', owner: 'KTZ' },
      {
        id: 'land-map',
        name: 'Интерактивная карта свободных участков индустриальных зон Алматинской области',
        names: ['Интерактивная карта свободных участков индустриальных зон Алматинской области', 'Алматы облысы индустриялық аймақтарының бос учаскелерінің интерактивті картасы'],
        priority: 'rail',
        owner: 'KTZ',
      },
      { id: 'self-ban', name: 'Личный кабинет добровольного самозапрета на займы', names: ['Личный кабинет добровольного самозапрета на займы', 'Voluntary self-ban on loans account'], priority: 'rail', owner: 'KTZ' },
      { id: 'portal', name: 'Национальный портал финансового просвещения «FinSauat.kz»', names: ['Национальный портал финансового просвещения «FinSauat.kz»'], priority: 'rail', owner: 'KTZ' },
      { id: 'game', name: 'Мобильная игра «Tenge Quest» для подростков', names: ['Мобильная игра «Tenge Quest» для подростков', 'Tenge Quest mobile game for teenagers'], priority: 'rail', owner: 'KTZ' },
      { id: 'depot', name: 'Цифровое локомотивное депо на станции Караганда-Сортировочная', names: ['Цифровое локомотивное депо на станции Караганда-Сортировочная'], priority: 'rail', owner: 'KTZ' },
    ],
    // No bank among the sources: a bank named is one the data lacks.
    sources: [catalogue.sources[0]!, { id: 'ifc', name: 'IFC Investment Climate Advisory Trust Fund', names: ['IFC Investment Climate Advisory Trust Fund'] }],
  });
  it('reads a region the thing\'s name does not have, when it has another, as the same thing elsewhere', () => {
    expect(investment('Қарағанды облысының индустриялық аймақтарының цифрлық паспорттары — қалдық қанша').unknown).toMatchObject({ kind: 'project' });
    expect(investment('Жамбыл облысының цифрлық паспорттары — қалдық қанша').scope).toEqual({ kind: 'project', id: 'zh-pass' });
  });
  it('reads a station\'s name before "station" that the name lacks, however short, as another station\'s', () => {
    expect(investment('ал Шу станциясындағы цифрлық локомотив депосына ше?').unknown).toMatchObject({ kind: 'project' });
    expect(investment('Шу станциясындағы цифрлық локомотив депосына қанша жұмсалды').unknown).toMatchObject({ kind: 'project' });
    expect(investment('Қарағанды станциясындағы цифрлық локомотив депосына қанша жұмсалды').scope).toEqual({ kind: 'project', id: 'depot' });
  });
  it('reads initials no source has, beside a source named by its purpose, as another body\'s money', () => {
    expect(investment('USAID дал грант на инвестклимат — какой по нему свободный остаток?').unknown).toEqual({ text: 'USAID', kind: 'source' });
    expect(investment('IFC грант на инвестклимат — какой по нему свободный остаток?').scope).toEqual({ kind: 'source', id: 'ifc' });
  });
  it('reads a bank\'s name before "банк", "bank" as that bank, though the kind noun alone sounds like a project\'s word ("self-ban")', () => {
    expect(investment('сколько Азиатский банк развития выделил на портал FinSauat.kz').unknown).toMatchObject({ text: 'Азиатский банк развития' });
    expect(investment('how much did the Islamic Development Bank give to the Tenge Quest game').unknown).toMatchObject({ text: 'Islamic Development Bank' });
    expect(investment('how much did the Tenge Quest game get').scope).toEqual({ kind: 'project', id: 'game' });
  });
  it('reads the English "economy" as a field, not as savings («экономии» sounds the same)', () => {
    const intent = (text: string) => parseText(text, catalogue, { today: '2026-11-30', intents: INTENTS });
    expect(intent('EBRD blue economy loan — unallocated amount')).not.toMatchObject({ intent: 'savings' });
    expect(intent('how much savings from the digital economy were reinvested')).toMatchObject({ intent: 'savings' });
    expect(intent('сколько экономии реинвестировали')).toMatchObject({ intent: 'savings' });
  });
});

describe('initials with a Russian ending, a number in words, a name in capitals', () => {
  const rail = (text: string) => parseText(text, railCatalogue, { today: '2026-11-30', intents: INTENTS });
  const railCatalogue: Catalogue = {
    ...catalogue,
    projects: [{ id: 'transit', name: 'Цифровой транзитный коридор с Китаем', names: ['Цифровой транзитный коридор с Китаем'], priority: 'rail', owner: 'KTT' }],
    sources: [
      { id: 'traceca', name: 'Грант Европейского союза по программе ТРАСЕКА на цифровые транспортные коридоры', names: ['Грант Европейского союза по программе ТРАСЕКА на цифровые транспортные коридоры', 'EU TRACECA digital transport corridors grant'] },
      { id: 'aiib', name: 'AIIB Middle Corridor Railway Digitalisation Loan', names: ['AIIB Middle Corridor Railway Digitalisation Loan'] },
      {
        id: 'nf',
        name: 'Целевой трансферт из Национального фонда на обновление железнодорожной инфраструктуры',
        names: ['Целевой трансферт из Национального фонда на обновление железнодорожной инфраструктуры', 'National Fund targeted transfer for railway infrastructure renewal'],
      },
    ],
    administrators: [
      { id: 'KTT', name: 'АО «Қазтеміртранс»', names: ['АО «Қазтеміртранс»'] },
      { id: 'NII', name: 'ТОО «Научно-исследовательский институт железнодорожного транспорта»', names: ['ТОО «Научно-исследовательский институт железнодорожного транспорта»', 'Railway Transport Research Institute LLP'] },
    ],
  };
  it('reads "AIIB-шный заём" as the AIIB loan, and "ещё не отдана проектам" as its free reserve', () => {
    expect(rail('AIIB-шный заём — какая часть ещё не отдана проектам?')).toMatchObject({ intent: 'reserved', args: { scope: { kind: 'source', id: 'aiib' }, measure: 'freeReserve' } });
    expect(rail('TRACECA grant: how much is still not given to projects')).toMatchObject({ intent: 'reserved', args: { scope: { kind: 'source', id: 'traceca' } } });
  });
  it('reads a number in words ("три цифры") as no name', () => {
    expect(rail('по Қазтеміртрансу три цифры: пришло, оплачено, остаток')).toMatchObject({ args: { scope: { kind: 'administrator', id: 'KTT' } } });
  });
  it('reads a long word in capitals ("ТРАСЕКА") as a name, not a command word that sounds like it ("трат…"); short initials ("ВВП") stay command words', () => {
    expect(rail('сколько ТРАСЕКА дала на цифровой транзитный коридор с Китаем')).toMatchObject({ intent: 'received', args: { scope: { kind: 'project', id: 'transit' }, via: 'traceca' } });
    expect(rail('что будет, если вложить 5 % ВВП')).toMatchObject({ intent: 'scenario' });
  });
});

describe('"програме" with one "м"', () => {
  it('is the programme, as "программе" is', () => {
    expect(question('сколько оплатили в июне по транспортной програме')).toEqual({ period: { kind: 'range', from: '2026-06-01', to: '2026-06-30', grain: 'month' } });
  });
});

describe('a name said in translation, with a describing word of one\'s own', () => {
  const fines = questionIn({
    ...catalogue,
    sources: [...catalogue.sources, { id: 'fines', name: 'Штрафы за проезд по выделенным полосам общественного транспорта', names: ['Штрафы за проезд по выделенным полосам общественного транспорта'] }],
  });
  it('reads "bus lane fines" as the fines for driving in the public-transport lanes, a name with no English form', () => {
    expect(fines('on 1 April how much was left in the bus lane fines reserve').scope).toEqual({ kind: 'source', id: 'fines' });
    expect(fines('how much of the bus lane fines money went to projects').scope).toEqual({ kind: 'source', id: 'fines' });
  });
});

describe('ranking words and a few more English words of money', () => {
  const withBot = { ...catalogue, projects: [...catalogue.projects, { id: 'bot', name: 'Единый контакт-центр 1424 с голосовым ботом', names: ['Единый контакт-центр 1424 с голосовым ботом', '1424 contact centre with a voice bot'], priority: 'rail', owner: 'KTZ' }] };
  const ask = (text: string) => parseText(text, withBot, { today: '2026-11-30', intents: INTENTS });
  it('reads "bottom" as the ranking\'s word, not a name that has "bot", and "leave out the ones with zero"', () => {
    expect(ask('bottom 3 projects by spend, leave out the ones with zero')).toMatchObject({ intent: 'spent', args: { groupBy: 'project', rank: { order: 'bottom', n: 3, nonZero: true } } });
    expect(readBudgetQuestion(read('bottom 3 projects by spend', withBot, '2026-11-30', INTENTS)).unknown).toBeUndefined();
  });
  it('reads "administrators ranked by what they received" as all of them in order, not the first', () => {
    const q = question('administrators ranked by what they received this year');
    expect(q.groupBy).toBe('administrator');
    expect(q.rank).toBeUndefined();
  });
  it('reads "inflows", "exec rate", "free money", "pass to projects"', () => {
    expect(ask('YTD inflows into projects')).toMatchObject({ intent: 'received' });
    expect(ask('exec rate for the Smart Wagon project')).toMatchObject({ intent: 'execution' });
    expect(ask("free money in the republican budget's reserve on June 1st")).toMatchObject({ intent: 'reserved', args: { measure: 'freeReserve' } });
    expect(ask('what did the reserves pass to projects overall this year')).toMatchObject({ intent: 'received', args: { measure: 'allocated' } });
  });
});

describe('an area by the first word of its title, a status word alone, a few Kazakh words', () => {
  const fish: Catalogue = {
    ...catalogue,
    // The area's first word is the programme's theme and in projects' names too: alone it names no one thing.
    programme: 'Цифровое рыбное хозяйство: национальная программа цифровизации рыбного хозяйства и аквакультуры',
    projects: [
      { id: 'ponds', name: 'Реестр прудовых хозяйств аквакультуры', names: ['Реестр прудовых хозяйств аквакультуры'], priority: 'aqua', owner: 'KTZ' },
      { id: 'feed', name: 'Учёт кормов в аквакультуре', names: ['Учёт кормов в аквакультуре'], priority: 'aqua', owner: 'KTZ' },
    ],
    priorities: [
      { id: 'aqua', title: 'Аквакультура и товарное рыбоводство', titles: ['Аквакультура и товарное рыбоводство', 'Аквакультура және тауарлы балық өсіру'] },
      { id: 'plan', title: 'Транспортное моделирование и планирование', titles: ['Транспортное моделирование и планирование', 'Көліктік модельдеу және жоспарлау'] },
    ],
  };
  const ask = (text: string) => parseText(text, fish, { today: '2026-11-30', intents: INTENTS });
  it('reads one word beside an area noun that starts exactly one area\'s title as that area, and a word none starts as missing', () => {
    expect(ask('остаток по направлению аквакультура')).toMatchObject({ args: { scope: { kind: 'area', id: 'aqua' } } });
    expect(ask('аквакультура бағытының шоттарындағы қалдық')).toMatchObject({ args: { scope: { kind: 'area', id: 'aqua' } } });
    expect(ask('остаток по направлению космонавтика')).toMatchObject({ args: { unknown: { text: 'космонавтика' } } });
  });
  it('reads a status word alone as the status, not an area it resembles ("жоспарланған", planned, of "жоспарлау", planning)', () => {
    expect(ask('жоспарланған жобалар саны қанша')).toMatchObject({ intent: 'projects', args: { status: 'planned' } });
    expect(ask('жоспарланған жобалар саны қанша')).not.toMatchObject({ args: { priority: 'plan' } });
  });
  it('reads "нөл қалдықтыларын көрсетпе" as leaving the zeros out, "бүгінгі күнге" and "онда" as no name', () => {
    expect(ask('әкімшілер бойынша қалдықтар, нөл қалдықтыларын көрсетпе')).toMatchObject({ args: { groupBy: 'administrator', rank: { nonZero: true } } });
    expect(ask('бүгінгі күнге бағдарламаның жалпы шығыны қанша')).not.toMatchObject({ args: { unknown: expect.anything() } });
  });
});

describe('lenders named in full or by their initials', () => {
  it('reads a lender named in full as the source holding its initials, in three languages', () => {
    for (const text of ['сколько Азиатский банк развития выделил на Smart Wagon', 'Азия даму банкі Smart Wagon-ға қанша берді', 'how much did the Asian Development Bank give to Smart Wagon']) {
      expect(parseText(text, catalogue, { today: '2026-11-30', intents: INTENTS }), text).toMatchObject({ kind: 'intent', args: { scope: { kind: 'project', id: 'wagon' }, via: 'adb' } });
    }
  });

  it('says a lender the data lacks is missing, never answering about the project it gave to', () => {
    expect(question('сколько ЕБРР выделил на Smart Wagon')).toMatchObject({ unknown: { text: 'ЕБРР', kind: 'source' } });
    expect(question('Исламский банк развития дал на ESF 2.0 сколько')).toMatchObject({ unknown: { text: 'Исламский банк развития', kind: 'source' } });
    expect(question('how much did the European Investment Bank give to Smart Wagon')).toMatchObject({ unknown: { text: 'European Investment Bank', kind: 'source' } });
  });
});

describe('"behind" ranks, "behind the programme" places', () => {
  it('reads "behind the …" as where money stands, and "furthest behind" as the bottom', () => {
    expect(question('grand total of funding from every source behind the transit programme').rank).toBeUndefined();
    expect(question('which area is furthest behind on execution')).toMatchObject({ groupBy: 'area', rank: { order: 'bottom', n: 1 } });
  });
});

describe('"өспелі қорытындымен" (cumulatively) is a way of counting, not a name', () => {
  it('reads it as a running total up to the date', () => {
    const q = question('30 маусымға дейін барлығы қанша төленді, өспелі қорытындымен');
    expect(q.unknown).toBeUndefined();
    expect(q.period).toMatchObject({ kind: 'asOf', date: '2026-06-30' });
  });
});

describe('words as typed', () => {
  const typed = (text: string, a: number, b: number) => asTyped(reading(text), a, b);
  it('gives each word as it stands at its own place, capitals and ё kept', () => {
    // The second "проект" is the capitalised one; a search for the first match would give "проект".
    expect(typed('проект и Проект Smart Wagon', 2, 3)).toBe('Проект');
    expect(typed('Сколько осталось у «Датчиков засолённости»?', 3, 5)).toBe('Датчиков засолённости');
    // "и" alone is a word, not the letter that starts "Инвестиции".
    expect(typed('Инвестиции и фонды', 1, 2)).toBe('и');
  });
  it('keeps the marks between the words and the English possessive', () => {
    expect(typed('Children’s Rights fund', 0, 2)).toBe('Children’s Rights');
    expect(typed('ESF 2.0, «YukTasu»', 1, 3)).toBe('2.0, «YukTasu');
  });
  it('falls back to the words read when normalising changed them', () => {
    expect(typed('ск-ко осталось', 0, 1)).toBe('сколько');
  });
});
