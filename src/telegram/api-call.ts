import type { Telegram } from 'telegraf';
import type { Opts, Telegram as BotApi } from 'telegraf/types';

/** Bot API calls that are not chat messages (answering a button, getMe, the command menu) get this long at most. */
export const API_CALL_TIMEOUT_MS = 10_000;

/** One Bot API call that gives up after `timeoutMs` (telegraf's own limit is 500 s). */
export function callApi<M extends keyof BotApi>(telegram: Telegram, method: M, payload: Opts<M>, timeoutMs = API_CALL_TIMEOUT_MS): Promise<ReturnType<BotApi[M]>> {
  // telegraf types `signal` with the abort-controller shim's class; Node's own AbortSignal is what node-fetch checks for.
  return telegram.callApi(method, payload, { signal: AbortSignal.timeout(timeoutMs) } as unknown as Parameters<Telegram['callApi']>[2]);
}
