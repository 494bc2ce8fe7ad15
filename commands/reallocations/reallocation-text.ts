import type { Lang } from '../../src/i18n/lang.js';
import type { RefusalReason } from '../../src/reallocations/pending-reallocations.js';

// Texts shared by /reallocate, /confirm and /cancel.

export const REALLOCATION_TEXT = {
  ru: {
    usage: 'Напишите так: /reallocate <сумма> <откуда> <куда> — <причина>, например: /reallocate 300 млн kazllm national-supercomputer — ускорить запуск',
    badAmount: 'Не понял сумму. Сумма идёт первой: 300000000, 300 млн, 2,5 млрд, ₸ 3 000 000.',
    notFound: (s: string) => `Счёт «${s}» не найден. Укажите проект (id или название, список: /projects) или reserve:<источник> (список: /sources).`,
    bothNeeded: 'Нужно указать и откуда, и куда: /reallocate 300 млн kazllm national-supercomputer',
    sameAccount: (name: string) => `Откуда и куда — один и тот же счёт («${name}»). Укажите два разных, например: /reallocate 300 млн kazllm national-supercomputer`,
    title: 'Перераспределение: проверьте и подтвердите',
    amount: 'Сумма', from: 'Откуда', to: 'Куда', reason: 'Основание', noReason: 'не указано',
    expires: 'Кнопки действуют 10 минут. Подтвердить может только автор.',
    confirm: '✅ Подтвердить', cancel: '✖ Отменить',
    confirmUsage: 'Подтверждение — кнопкой под предпросмотром перераспределения (/reallocate).',
    cancelUsage: 'Отмена — кнопкой под предпросмотром перераспределения (/reallocate).',
    done: (amount: string, from: string, to: string) => `✅ Переведено ${amount}: «${from}» → «${to}».`,
    balances: 'Остатки после перевода',
    transferId: 'ID перевода',
    alerts: (n: number) => `Уведомлений подписчикам: ${n}.`,
    cancelledWhat: (amount: string, from: string, to: string) => `✖ Отменено: ${amount}, «${from}» → «${to}». Ничего не переведено.`,
    refusals: {
      'not-found': 'Такого перераспределения нет. Создайте новое: /reallocate',
      'not-yours': 'Подтвердить или отменить перераспределение может только тот, кто его создал. Ничего не переведено.',
      'already-confirmed': 'Это перераспределение уже подтверждено; повторно деньги не переводятся.',
      cancelled: 'Это перераспределение отменено; ничего не переведено. Создайте новое: /reallocate',
      expired: 'Прошло больше 10 минут: подтверждение устарело, ничего не переведено. Создайте новое: /reallocate',
      'dataset-replaced': 'С тех пор данные программы заменены (загружен другой набор данных): это перераспределение к ним не относится, ничего не переведено. Создайте новое: /reallocate',
      'balances-changed': 'С момента предпросмотра остатки этих счетов изменились, ничего не переведено. Создайте новое перераспределение, чтобы увидеть актуальные цифры: /reallocate',
    } satisfies Record<RefusalReason, string>,
    cannotCancelConfirmed: 'Уже подтверждено, отменить нельзя. Чтобы вернуть деньги, сделайте обратное перераспределение.',
  },
  kk: {
    usage: 'Былай жазыңыз: /reallocate <сома> <қайдан> <қайда> — <себебі>, мысалы: /reallocate 300 млн kazllm national-supercomputer — іске қосуды жеделдету',
    badAmount: 'Соманы түсінбедім. Сома бірінші жазылады: 300000000, 300 млн, 2,5 млрд, ₸ 3 000 000.',
    notFound: (s: string) => `«${s}» шоты табылмады. Жобаны (id немесе атауы, тізім: /projects) немесе reserve:<көз> (тізім: /sources) көрсетіңіз.`,
    bothNeeded: 'Қайдан және қайда екенін көрсету керек: /reallocate 300 млн kazllm national-supercomputer',
    sameAccount: (name: string) => `Қайдан және қайда — бір шот («${name}»). Екі түрлі шотты көрсетіңіз, мысалы: /reallocate 300 млн kazllm national-supercomputer`,
    title: 'Қайта бөлу: тексеріп, растаңыз',
    amount: 'Сомасы', from: 'Қайдан', to: 'Қайда', reason: 'Негіздемесі', noReason: 'көрсетілмеген',
    expires: 'Батырмалар 10 минут жарамды. Тек авторы ғана растай алады.',
    confirm: '✅ Растау', cancel: '✖ Бас тарту',
    confirmUsage: 'Растау — қайта бөлудің (/reallocate) алдын ала қарауындағы батырмамен.',
    cancelUsage: 'Бас тарту — қайта бөлудің (/reallocate) алдын ала қарауындағы батырмамен.',
    done: (amount: string, from: string, to: string) => `✅ ${amount} аударылды: «${from}» → «${to}».`,
    balances: 'Аударымнан кейінгі қалдықтар',
    transferId: 'Аударым ID',
    alerts: (n: number) => `Жазылушыларға хабарлама: ${n}.`,
    cancelledWhat: (amount: string, from: string, to: string) => `✖ Бас тартылды: ${amount}, «${from}» → «${to}». Ештеңе аударылмады.`,
    refusals: {
      'not-found': 'Мұндай қайта бөлу жоқ. Жаңасын жасаңыз: /reallocate',
      'not-yours': 'Қайта бөлуді тек оны жасаған адам ғана растай алады немесе одан бас тарта алады. Ештеңе аударылмады.',
      'already-confirmed': 'Бұл қайта бөлу расталып қойған; ақша екінші рет аударылмайды.',
      cancelled: 'Бұл қайта бөлуден бас тартылған; ештеңе аударылмады. Жаңасын жасаңыз: /reallocate',
      expired: '10 минуттан көп өтті: растау мерзімі өтті, ештеңе аударылмады. Жаңасын жасаңыз: /reallocate',
      'dataset-replaced': 'Содан бері бағдарлама деректері ауыстырылды (басқа деректер жинағы жүктелді): бұл қайта бөлу оларға қатысты емес, ештеңе аударылмады. Жаңасын жасаңыз: /reallocate',
      'balances-changed': 'Алдын ала қараудан бері бұл шоттардың қалдықтары өзгерді, ештеңе аударылмады. Өзекті сандарды көру үшін жаңа қайта бөлу жасаңыз: /reallocate',
    } satisfies Record<RefusalReason, string>,
    cannotCancelConfirmed: 'Расталып қойған, бас тарту мүмкін емес. Ақшаны қайтару үшін кері қайта бөлу жасаңыз.',
  },
  en: {
    usage: 'Write it like: /reallocate <amount> <from> <to> — <reason>, e.g. /reallocate 300m kazllm national-supercomputer — speed up the launch',
    badAmount: "I can't read the amount. It comes first: 300000000, 300m, 2.5bn, ₸ 3 000 000.",
    notFound: (s: string) => `No account "${s}". Name a project (id or name, see /projects) or reserve:<source> (see /sources).`,
    bothNeeded: 'Say both where from and where to: /reallocate 300m kazllm national-supercomputer',
    sameAccount: (name: string) => `From and to are the same account (“${name}”). Name two different ones, e.g. /reallocate 300 m kazllm national-supercomputer`,
    title: 'Reallocation: check and confirm',
    amount: 'Amount', from: 'From', to: 'To', reason: 'Reason', noReason: 'none given',
    expires: 'The buttons work for 10 minutes. Only the author can confirm.',
    confirm: '✅ Confirm', cancel: '✖ Cancel',
    confirmUsage: 'Confirm with the button under a reallocation preview (/reallocate).',
    cancelUsage: 'Cancel with the button under a reallocation preview (/reallocate).',
    done: (amount: string, from: string, to: string) => `✅ Moved ${amount}: "${from}" → "${to}".`,
    balances: 'Balances after the transfer',
    transferId: 'Transfer id',
    alerts: (n: number) => `Alerts queued for subscribers: ${n}.`,
    cancelledWhat: (amount: string, from: string, to: string) => `✖ Cancelled: ${amount}, “${from}” → “${to}”. Nothing was moved.`,
    refusals: {
      'not-found': 'There is no such reallocation. Start a new one: /reallocate',
      'not-yours': 'Only the person who started a reallocation can confirm or cancel it. Nothing was moved.',
      'already-confirmed': 'This reallocation is already confirmed; the money is not moved twice.',
      cancelled: 'This reallocation was cancelled; nothing was moved. Start a new one: /reallocate',
      expired: 'More than 10 minutes have passed: the confirmation expired and nothing was moved. Start a new one: /reallocate',
      'dataset-replaced': 'The programme data has been replaced since (another dataset was imported): this reallocation does not apply to it and nothing was moved. Start a new one: /reallocate',
      'balances-changed': 'The balances of these accounts have changed since the preview, so nothing was moved. Start a new reallocation to see the current figures: /reallocate',
    } satisfies Record<RefusalReason, string>,
    cannotCancelConfirmed: 'Already confirmed, so it cannot be cancelled. To move the money back, make the reverse reallocation.',
  },
} satisfies Record<Lang, unknown>;

/** The words of a button's action, `/confirm 17 a1b2c3d4e5f6` → { id: 17, token: 'a1b2c3d4e5f6' }. */
export function readPendingAction(text: string): { id: number; token: string } | null {
  const match = /^\s*#?(\d{1,15})\s+([0-9a-f]{12})\s*$/i.exec(text);
  return match ? { id: Number(match[1]), token: match[2]!.toLowerCase() } : null;
}

/** The actions of a preview's two buttons. */
export const confirmAction = (pending: { id: number; token: string }): string => `/confirm ${pending.id} ${pending.token}`;
export const cancelAction = (pending: { id: number; token: string }): string => `/cancel ${pending.id} ${pending.token}`;

/** Who a transfer's `actor` says did it. */
export function actorOf(context: { user: { id: number; name: string }; chat: { kind: string } }): string {
  if (context.chat.kind === 'console') return 'console';
  return `${context.user.name.trim() || 'Telegram'} (id ${context.user.id})`;
}
