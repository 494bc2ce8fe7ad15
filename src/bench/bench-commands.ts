// What the bench times one by one: every command people use, in the ways they use it.
export const COMMANDS = [
  'reserved',
  'project',
  'projectByName',
  'projects',
  'history',
  'priorities',
  'prioritiesNewDate',
  'prioritiesAfterTransfer',
  'plainQuestion',
  'scenario',
] as const;
export type BenchCommand = (typeof COMMANDS)[number];
