// The intents the free-text parser can recognise: each is the name of a bot command.

export const INTENT_NAMES = [
  'reserved',
  'sources',
  'projects',
  'project',
  'priorities',
  'scenario',
  'history',
  'subscribe',
  'unsubscribe',
  'help',
  'whoami',
  'reallocate',
] as const;

export type IntentName = (typeof INTENT_NAMES)[number];

export function isIntentName(x: string): x is IntentName {
  return (INTENT_NAMES as readonly string[]).includes(x);
}
