// Telegram's callback_data holds at most 64 bytes. A button's action (a command line) usually fits;
// a longer one is kept here under a short key for a while.

const LIMIT = 64;
const KEPT = 5000;
const longActions = new Map<string, string>();
let counter = 0;

export function encodeAction(action: string): string {
  if (Buffer.byteLength(action, 'utf8') <= LIMIT) return action;
  const key = `~${(counter++).toString(36)}`;
  longActions.set(key, action);
  if (longActions.size > KEPT) longActions.delete(longActions.keys().next().value!);
  return key;
}

/** The action behind callback data, or null when a long action has expired. */
export function decodeAction(data: string): string | null {
  return data.startsWith('~') ? (longActions.get(data) ?? null) : data;
}
