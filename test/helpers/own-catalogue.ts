// An invented catalogue, unlike the example dataset, for the own-phrases guard against overfitting.
import type { Catalogue } from '../../src/language/index.js';

export const OWN_TODAY = '2026-05-15';

export const OWN_CATALOGUE: Catalogue = {
  sources: [
    { id: 'local-budget', name: 'Местный бюджет' },
    { id: 'development-fund', name: 'Фонд развития' },
    { id: 'world-bank-loan', name: 'Заём Всемирного банка' },
    { id: 'private-partners', name: 'Частные партнёры (ГЧП)' },
  ],
  priorities: [
    { id: 'education', title: 'Цифровое образование' },
    { id: 'smart-cities', title: 'Умные города' },
    { id: 'language-tech', title: 'Языковые технологии' },
    { id: 'open-data', title: 'Открытые данные' },
    { id: 'agritech', title: 'Агротехнологии' },
    { id: 'smart-cities', title: 'Умные города' },
  ],
  projects: [
    { id: 'digital-school', name: 'Цифровая школа', priority: 'education' },
    { id: 'smart-almaty', name: 'Smart Almaty', priority: 'smart-cities' },
    { id: 'kazakh-corpus', name: 'Қазақ тілі корпусы', priority: 'language-tech' },
    { id: 'speech-recognition', name: 'Распознавание казахской речи', priority: 'language-tech' },
    { id: 'open-data-portal', name: 'Портал открытых данных', priority: 'open-data' },
    { id: 'traffic-ai', name: 'ИИ для управления дорожным движением', priority: 'smart-cities' },
    { id: 'teacher-training', name: 'Обучение учителей цифровым навыкам', priority: 'education' },
    { id: 'astana-cameras', name: 'Камеры видеонаблюдения Астаны', priority: 'smart-cities' },
    { id: 'e-library', name: 'Национальная электронная библиотека', priority: 'education' },
    { id: 'agro-drones', name: 'Дроны для сельского хозяйства', priority: 'agritech' },
  ],
};
