// Meeting questions on programmes the parser was not written for (see test/fixtures/meeting/README.md):
// the sets, a database of each programme's data, and the score each set must keep. All of them were
// used while tuning after their first score (see the README there), so the floors are regression
// guards, not evidence of how the parser does on a programme it has never seen.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Services } from '../../commands/command.js';
import { upsertUser } from '../../db/stores/access-store.js';
import { handleMessage } from '../../src/conversation/handle-message.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import { createLogger } from '../../src/logging/logger.js';
import { loadQuestions, report, score } from './meeting-questions.js';
import { tempDatabase, type TempDatabase } from './temp-db.js';

const NOW = new Date('2026-11-30T06:00:00Z');
const fixture = (name: string) => new URL(`../fixtures/meeting/${name}`, import.meta.url);

// Each test file has this module of its own: its databases are closed after its tests.
const opened: TempDatabase[] = [];
afterAll(() => {
  SHARED.clear();
  opened.splice(0).forEach((t) => t.close());
});

/** A database of one fixture's programme (or the demo). */
export function servicesFor(dataset: string | 'demo'): Services {
  const t = tempDatabase();
  opened.push(t);
  if (dataset === 'demo') seedDemoIfEmpty(t.db, NOW);
  else importDataset(t.db, JSON.parse(readFileSync(fixture(dataset), 'utf8')));
  // Each question is asked by a user of its own (ids from 1 000 in each database).
  t.db.$client.transaction(() => {
    for (let id = 1000; id <= 9999; id += 1) upsertUser(t.db, { telegramId: id, role: 'viewer', grantedBy: null, grantedAt: '2026-01-01' });
  })();
  return { db: t.db, now: () => NOW, adminIds: [], log: createLogger('silent') };
}

/** Each fixture's database for single questions, imported once per test file, and the next user to ask there. */
const SHARED = new Map<string, { services: Services; next: number }>();

/** One question asked in a chat of its own (a new user, so nothing asked before follows it) on one fixture's data. */
export const askIn = (dataset: string, languageCode: string, text: string) => {
  let shared = SHARED.get(dataset);
  if (!shared) SHARED.set(dataset, (shared = { services: servicesFor(dataset), next: 1000 }));
  const id = shared.next++;
  if (id > 9999) throw new Error(`askIn: more than 9 000 questions on ${dataset} in one file`);
  return handleMessage({ text, user: { id, name: 'Official', languageCode }, chat: { id, kind: 'private' } }, shared.services);
};

/** One official's chat on a fresh database of a fixture's data: each line follows up the one before. */
export function chatIn(dataset: string, languageCode: string) {
  const services = servicesFor(dataset);
  return (text: string, lang = languageCode) => handleMessage({ text, user: { id: 1000, name: 'Official', languageCode: lang }, chat: { id: 1000, kind: 'private' } }, services);
}

export const UNSEEN_SETS = [
  { name: 'demo holdout', dataset: 'demo', questions: 'meeting-questions.holdout.jsonl', floor: 0.85 },
  { name: 'Digital Turkestan', dataset: 'turkestan-dataset.json', questions: 'turkestan-questions.jsonl', floor: 0.9 },
  { name: 'Smart Shymkent', dataset: 'shymkent-dataset.json', questions: 'shymkent-questions.jsonl', floor: 0.9 },
  { name: 'Digital Karaganda', dataset: 'karaganda-dataset.json', questions: 'karaganda-questions.jsonl', floor: 0.9 },
  { name: 'Smart Agro Kostanay', dataset: 'kostanay-dataset.json', questions: 'kostanay-questions.jsonl', floor: 0.9 },
  { name: 'Digital Mangystau', dataset: 'mangystau-dataset.json', questions: 'mangystau-questions.jsonl', floor: 0.9 },
  // Tuned only briefly after its first look (80 / 82 / 80 %): the floor is what it scores now, rounded down.
  { name: 'EduTech Kazakhstan', dataset: 'edutech-dataset.json', questions: 'edutech-questions.jsonl', floor: 0.83 },
  // Seventh set: first look 78 / 80 / 70 %; then fixes for wrongly answered missing names and a few general ones.
  { name: 'Digital Health Pavlodar', dataset: 'pavlodar-health-dataset.json', questions: 'pavlodar-health-questions.jsonl', floor: 0.78 },
  // Eighth set: first look 68 / 75 / 73 %; then general fixes (compound abbreviations, ordinal dates, years inside names, …).
  { name: 'AgroCifra', dataset: 'agrocifra-dataset.json', questions: 'agrocifra-questions.jsonl', floor: 0.85 },
  // Ninth set: first look 80 / 82 / 77 % (after the AgroCifra fixes); then general fixes (the programme's name inflected or translated, acronyms through translation, …).
  { name: 'Digital Transit', dataset: 'digital-transit-dataset.json', questions: 'digital-transit-questions.jsonl', floor: 0.9 },
  // Tenth set: first look 75 / 82 / 73 %; then fixes for three answers that must never happen and general ones.
  { name: 'Smart Qazyna', dataset: 'smart-qazyna-dataset.json', questions: 'smart-qazyna-questions.jsonl', floor: 0.88 },
  // Eleventh set: first look 85 / 80 / 73 %; then one round of general fixes.
  { name: 'Green Oskemen', dataset: 'green-oskemen-dataset.json', questions: 'green-oskemen-questions.jsonl', floor: 0.83 },
  // Twelfth set: first look 75 / 70 / 70 %; then general fixes over three sessions.
  { name: 'Science Digital', dataset: 'science-digital-dataset.json', questions: 'science-digital-questions.jsonl', floor: 0.83 },
  // Thirteenth set: first look 73 / 75 / 75 %; then general fixes.
  { name: 'Enbek Digital', dataset: 'enbek-digital-dataset.json', questions: 'enbek-digital-questions.jsonl', floor: 0.85 },
  // Fifteenth set: first look 77 / 78 / 82 %; then one round of general fixes.
  { name: 'Atyrau Digital Energy', dataset: 'atyrau-energy-dataset.json', questions: 'atyrau-energy-questions.jsonl', floor: 0.83 },
  // Sixteenth set: first look 73 / 85 / 65 %; then one round of general fixes.
  { name: 'Sot Digital', dataset: 'sot-digital-dataset.json', questions: 'sot-digital-questions.jsonl', floor: 0.85 },
  // Seventeenth set: first look 72 / 77 / 67 %; then one round of general fixes.
  { name: 'Saqtyq', dataset: 'saqtyq-dataset.json', questions: 'saqtyq-questions.jsonl', floor: 0.8 },
  // Eighteenth set: first look 78 / 78 / 68 %; then one round of general fixes.
  { name: 'Jer Qoinauy', dataset: 'jer-qoinauy-dataset.json', questions: 'jer-qoinauy-questions.jsonl', floor: 0.8 },
  // Nineteenth set: first look 82 / 70 / 70 %; then general fixes (97 / 87 / 98 %).
  { name: 'Sport Digital Qazaqstan', dataset: 'sport-digital-dataset.json', questions: 'sport-digital-questions.jsonl', floor: 0.85 },
  // Twentieth set: first look 85 / 72 / 80 %; then general fixes (100 / 87 / 100 %).
  { name: 'Pochta & Baılanys', dataset: 'pochta-dataset.json', questions: 'pochta-questions.jsonl', floor: 0.85 },
  // Twenty-first set: first look 75 / 68 / 75 %; then general fixes (97 / 90 / 98 %).
  { name: 'Qanat Digital', dataset: 'qanat-digital-dataset.json', questions: 'qanat-digital-questions.jsonl', floor: 0.85 },
  // Twenty-second set: first look 77 / 72 / 75 %; then general fixes (98 / 95 / 93 %).
  { name: 'Sanaq Digital', dataset: 'sanaq-digital-dataset.json', questions: 'sanaq-digital-questions.jsonl', floor: 0.9 },
  // Twenty-third set: first look 88 / 87 / 80 %; then general fixes (100 / 100 / 95 %).
  { name: 'Qurylys Digital', dataset: 'qurylys-digital-dataset.json', questions: 'qurylys-digital-questions.jsonl', floor: 0.9 },
  // Twenty-fifth set: first look 87 / 85 / 82 %; then general fixes (95 / 93 / 98 %).
  { name: 'Keden Digital', dataset: 'keden-digital-dataset.json', questions: 'keden-digital-questions.jsonl', floor: 0.9 },
  // Twenty-seventh set: first look 83 / 78 / 82 %; then a few general fixes (92 / 90 / 88 %).
  { name: 'Tabigat Digital', dataset: 'tabigat-digital-dataset.json', questions: 'tabigat-digital-questions.jsonl', floor: 0.8 },
  // Twenty-sixth set: first look 90 / 95 / 85 %; then general fixes (93 / 98 / 97 %).
  { name: 'Mura Digital', dataset: 'mura-digital-dataset.json', questions: 'mura-digital-questions.jsonl', floor: 0.9 },
  // Twenty-fourth set: first look 90 / 78 / 87 %; then general fixes (97 / 93 / 98 %).
  { name: 'Tirkeu Digital', dataset: 'tirkeu-digital-dataset.json', questions: 'tirkeu-digital-questions.jsonl', floor: 0.9 },
  // Twenty-eighth to thirty-second sets: first looks 85 / 82 / 87, 90 / 90 / 88, 82 / 83 / 83, 88 / 83 / 82 and
  // 93 / 88 / 92 %; then general fixes (see the README there).
  { name: 'Iskerlik Digital', dataset: 'iskerlik-digital-dataset.json', questions: 'iskerlik-digital-questions.jsonl', floor: 0.9 },
  { name: 'Saryn Digital', dataset: 'saryn-digital-dataset.json', questions: 'saryn-digital-questions.jsonl', floor: 0.9 },
  { name: 'Saulyq Qalqan', dataset: 'saulyq-qalqan-dataset.json', questions: 'saulyq-qalqan-questions.jsonl', floor: 0.9 },
  { name: 'Adal Tender', dataset: 'adal-tender-dataset.json', questions: 'adal-tender-questions.jsonl', floor: 0.9 },
  { name: 'Aspan Karta', dataset: 'aspan-karta-dataset.json', questions: 'aspan-karta-questions.jsonl', floor: 0.9 },
  // Thirty-third set: first look 78 / 88 / 87 %; then general fixes (97 / 100 / 98 %).
  { name: 'Til Kopiri', dataset: 'til-kopiri-dataset.json', questions: 'til-kopiri-questions.jsonl', floor: 0.9 },
  // Thirty-fourth and thirty-fifth sets: first looks 90 / 72 / 83 and 90 / 83 / 80 %; then general fixes.
  { name: 'Saiahat Digital', dataset: 'saiahat-digital-dataset.json', questions: 'saiahat-digital-questions.jsonl', floor: 0.85 },
  { name: 'Emdeu Digital', dataset: 'emdeu-digital-dataset.json', questions: 'emdeu-digital-questions.jsonl', floor: 0.9 },
  // Thirty-sixth and thirty-seventh sets, built at the end of a session: first looks 83 / 75 / 92 and
  // 85 / 82 / 82 %, barely tuned since. The floors guard what they score now.
  { name: 'Bulaq Digital', dataset: 'bulaq-digital-dataset.json', questions: 'bulaq-digital-questions.jsonl', floor: 0.8 },
  { name: 'Qauipsiz Ondiris', dataset: 'qauipsiz-ondiris-dataset.json', questions: 'qauipsiz-ondiris-questions.jsonl', floor: 0.8 },
  // Three sets built after the stop of 30 November: each scored once before any change for it (see the README).
  { name: 'Tuzetu Digital', dataset: 'tuzetu-digital-dataset.json', questions: 'tuzetu-digital-questions.jsonl', floor: 0.85 },
  { name: 'Aua Digital', dataset: 'aua-digital-dataset.json', questions: 'aua-digital-questions.jsonl', floor: 0.85 },
  { name: 'Dauys Digital', dataset: 'dauys-digital-dataset.json', questions: 'dauys-digital-questions.jsonl', floor: 0.85 },
  { name: 'Elshilik Digital', dataset: 'elshilik-digital-dataset.json', questions: 'elshilik-digital-questions.jsonl', floor: 0.85 },
  { name: 'Bala Qorgau Digital', dataset: 'bala-qorgau-dataset.json', questions: 'bala-qorgau-questions.jsonl', floor: 0.85 },
  { name: 'Ainalym Digital', dataset: 'ainalym-digital-dataset.json', questions: 'ainalym-digital-questions.jsonl', floor: 0.85 },
  // Scored near the end of a stop, with a few fixes after it (85 % the lowest language of the three).
  { name: 'Tegis Jol Digital', dataset: 'tegis-jol-dataset.json', questions: 'tegis-jol-questions.jsonl', floor: 0.8 },
  { name: 'Umtylys Digital', dataset: 'umtylys-digital-dataset.json', questions: 'umtylys-digital-questions.jsonl', floor: 0.8 },
  { name: 'Tekseru Digital', dataset: 'tekseru-digital-dataset.json', questions: 'tekseru-digital-questions.jsonl', floor: 0.8 },
  { name: 'Atom Baqylau', dataset: 'atom-baqylau-dataset.json', questions: 'atom-baqylau-questions.jsonl', floor: 0.8 },
  { name: 'Zeinet Digital', dataset: 'zeinet-digital-dataset.json', questions: 'zeinet-digital-questions.jsonl', floor: 0.85 },
  { name: 'Saqtandyru Digital', dataset: 'saqtandyru-digital-dataset.json', questions: 'saqtandyru-digital-questions.jsonl', floor: 0.85 },
  { name: 'Quat Jeli Digital', dataset: 'quat-jeli-dataset.json', questions: 'quat-jeli-questions.jsonl', floor: 0.85 },
  { name: 'Ashyq Salyq', dataset: 'ashyq-salyq-dataset.json', questions: 'ashyq-salyq-questions.jsonl', floor: 0.85 },
  { name: 'Mumkindik Digital', dataset: 'mumkindik-digital-dataset.json', questions: 'mumkindik-digital-questions.jsonl', floor: 0.85 },
  { name: 'Su Joly Digital', dataset: 'su-joly-dataset.json', questions: 'su-joly-questions.jsonl', floor: 0.85 },
  { name: 'Senim Cyber', dataset: 'senim-cyber-dataset.json', questions: 'senim-cyber-questions.jsonl', floor: 0.85 },
  // Scored near the end of a stop: English, on the defence industry's words, is only partly tuned.
  { name: 'Qorgan Digital', dataset: 'qorgan-digital-dataset.json', questions: 'qorgan-digital-questions.jsonl', floor: 0.75 },
  { name: 'Qala Kolik Digital', dataset: 'qala-kolik-dataset.json', questions: 'qala-kolik-questions.jsonl', floor: 0.85 },
  { name: 'Aiqyn Digital', dataset: 'aiqyn-digital-dataset.json', questions: 'aiqyn-digital-questions.jsonl', floor: 0.85 },
  { name: 'Salym Digital', dataset: 'salym-digital-dataset.json', questions: 'salym-digital-questions.jsonl', floor: 0.85 },
  { name: 'Temir Tarmaq', dataset: 'temir-tarmaq-dataset.json', questions: 'temir-tarmaq-questions.jsonl', floor: 0.85 },
  { name: 'Qarjy Sauat Digital', dataset: 'qarjy-sauat-dataset.json', questions: 'qarjy-sauat-questions.jsonl', floor: 0.85 },
  { name: 'Balyqshy Digital', dataset: 'balyqshy-digital-dataset.json', questions: 'balyqshy-digital-questions.jsonl', floor: 0.85 },
  { name: 'Shanyraq Digital', dataset: 'shanyraq-digital-dataset.json', questions: 'shanyraq-digital-questions.jsonl', floor: 0.85 },
  { name: 'Orken Digital', dataset: 'orken-digital-dataset.json', questions: 'orken-digital-questions.jsonl', floor: 0.85 },
  { name: 'Maldariger Digital', dataset: 'maldariger-digital-dataset.json', questions: 'maldariger-digital-questions.jsonl', floor: 0.85 },
  { name: 'Jady Digital', dataset: 'jady-digital-dataset.json', questions: 'jady-digital-questions.jsonl', floor: 0.85 },
  { name: 'Baseke Digital', dataset: 'baseke-digital-dataset.json', questions: 'baseke-digital-questions.jsonl', floor: 0.85 },
  { name: 'Qonys Digital', dataset: 'qonys-digital-dataset.json', questions: 'qonys-digital-questions.jsonl', floor: 0.85 },
  { name: 'Boljam Digital', dataset: 'boljam-digital-dataset.json', questions: 'boljam-digital-questions.jsonl', floor: 0.85 },
  { name: 'Jasyl Kuzet Digital', dataset: 'jasyl-kuzet-digital-dataset.json', questions: 'jasyl-kuzet-digital-questions.jsonl', floor: 0.85 },
  { name: 'Saudager Digital', dataset: 'saudager-digital-dataset.json', questions: 'saudager-digital-questions.jsonl', floor: 0.85 },
  { name: 'Aqparat Digital', dataset: 'aqparat-digital-dataset.json', questions: 'aqparat-digital-questions.jsonl', floor: 0.85 },
  { name: 'Qonaqjai Digital', dataset: 'qonaqjai-digital-dataset.json', questions: 'qonaqjai-digital-questions.jsonl', floor: 0.85 },
  { name: 'Qazba Digital', dataset: 'qazba-digital-dataset.json', questions: 'qazba-digital-questions.jsonl', floor: 0.85 },
  { name: 'Adal Enbek', dataset: 'adal-enbek-dataset.json', questions: 'adal-enbek-questions.jsonl', floor: 0.85 },
  { name: 'Shejire Digital', dataset: 'shejire-digital-dataset.json', questions: 'shejire-digital-questions.jsonl', floor: 0.85 },
  { name: 'Saq Jol Digital', dataset: 'saq-jol-digital-dataset.json', questions: 'saq-jol-digital-questions.jsonl', floor: 0.85 },
  { name: 'Onertabys Digital', dataset: 'onertabys-digital-dataset.json', questions: 'onertabys-digital-questions.jsonl', floor: 0.85 },
  { name: 'Olshem Digital', dataset: 'olshem-digital-dataset.json', questions: 'olshem-digital-questions.jsonl', floor: 0.85 },
  { name: 'Dabyl Digital', dataset: 'dabyl-digital-dataset.json', questions: 'dabyl-digital-questions.jsonl', floor: 0.85 },
  { name: 'Memqyzmet Digital', dataset: 'memqyzmet-digital-dataset.json', questions: 'memqyzmet-digital-questions.jsonl', floor: 0.85 },
  { name: 'Taza Qarjy Digital', dataset: 'taza-qarjy-digital-dataset.json', questions: 'taza-qarjy-digital-questions.jsonl', floor: 0.85 },
  { name: 'Mulik Digital', dataset: 'mulik-digital-dataset.json', questions: 'mulik-digital-questions.jsonl', floor: 0.85 },
  { name: 'Beriktik Digital', dataset: 'beriktik-digital-dataset.json', questions: 'beriktik-digital-questions.jsonl', floor: 0.85 },
  { name: 'Osimdik Digital', dataset: 'osimdik-digital-dataset.json', questions: 'osimdik-digital-questions.jsonl', floor: 0.85 },
  { name: 'Sapa Digital', dataset: 'sapa-digital-dataset.json', questions: 'sapa-digital-questions.jsonl', floor: 0.85 },
  // Scored once at eb2e656 (83 / 93 / 88 and 83 / 93 / 82 %), near the end of a stop, with few fixes after.
  { name: 'Balapan Digital', dataset: 'balapan-digital-dataset.json', questions: 'balapan-digital-questions.jsonl', floor: 0.8 },
  { name: 'Oiyn Digital', dataset: 'oiyn-digital-dataset.json', questions: 'oiyn-digital-questions.jsonl', floor: 0.8 },
  // Scored once at dbff976 (95 / 95 / 88, 90 / 95 / 95, 90 / 97 / 93 and 93 / 90 / 88 %).
  { name: 'Samgau Digital', dataset: 'samgau-digital-dataset.json', questions: 'samgau-digital-questions.jsonl', floor: 0.85 },
  { name: 'Dalel Digital', dataset: 'dalel-digital-dataset.json', questions: 'dalel-digital-questions.jsonl', floor: 0.85 },
  { name: 'Jastar Digital', dataset: 'jastar-digital-dataset.json', questions: 'jastar-digital-questions.jsonl', floor: 0.85 },
  { name: 'Qujat Digital', dataset: 'qujat-digital-dataset.json', questions: 'qujat-digital-questions.jsonl', floor: 0.85 },
  // Scored once at 748f202 (85 / 93 / 92 % and 88 / 90 / 88 %); Tolqyn joined once no question about a missing thing was answered about another.
  { name: 'Dari Digital', dataset: 'dari-digital-dataset.json', questions: 'dari-digital-questions.jsonl', floor: 0.8 },
  { name: 'Tolqyn Digital', dataset: 'tolqyn-digital-dataset.json', questions: 'tolqyn-digital-questions.jsonl', floor: 0.85 },
  // Scored once at 0a7e47f (85 / 92 / 92 % and 92 / 90 / 90 %).
  { name: 'Oryndau Digital', dataset: 'oryndau-digital-dataset.json', questions: 'oryndau-digital-questions.jsonl', floor: 0.85 },
  { name: 'Beine Digital', dataset: 'beine-digital-dataset.json', questions: 'beine-digital-questions.jsonl', floor: 0.85 },
  // Scored once at b6ee8be (87 / 85 / 90 % and 95 / 93 / 97 %).
  { name: 'Tasymal Digital', dataset: 'tasymal-digital-dataset.json', questions: 'tasymal-digital-questions.jsonl', floor: 0.85 },
  { name: 'Kelisim Digital', dataset: 'kelisim-digital-dataset.json', questions: 'kelisim-digital-questions.jsonl', floor: 0.85 },
  // Scored once at 185e879 (92 / 97 / 87 %).
  { name: 'Bagdar Digital', dataset: 'bagdar-digital-dataset.json', questions: 'bagdar-digital-questions.jsonl', floor: 0.85 },
  // Scored once at 9869924 (93 / 95 / 93 %).
  { name: 'Jauynger Digital', dataset: 'jauynger-digital-dataset.json', questions: 'jauynger-digital-questions.jsonl', floor: 0.85 },
] as const;

/** Each set's score, in its own test: its floor in every language, and never an answer about a thing that is not there. */
export function scoresEachSet(sets: readonly (typeof UNSEEN_SETS)[number][]): void {
  describe.each(sets)('meeting questions on $name', ({ name, dataset, questions, floor }) => {
    it(`answers each language at ≥ ${floor * 100} % and never answers about a thing that is not there`, async () => {
      const result = await score(servicesFor(dataset), loadQuestions(fixture(questions)));
      console.log(report(name, result));
      const wrongNotFound = result.failures.filter((f) => f.question.notFound).map((f) => f.question.q);
      expect(wrongNotFound).toEqual([]);
      for (const [lang, s] of Object.entries(result.byLang)) expect(s.ok / s.total, lang).toBeGreaterThanOrEqual(floor);
    }, 120_000);
  });
}
