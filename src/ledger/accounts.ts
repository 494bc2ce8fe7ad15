import type { AccountKind } from '../../db/schema.js';

export const SPENT = 'spent';
export const SAVINGS = 'savings';

export const reserveAccount = (sourceId: string): string => `reserve:${sourceId}`;
export const projectAccount = (projectId: string): string => `project:${projectId}`;

/** The kind an account id names by its form (`reserve:<source>`, `project:<project>`, `spent`, `savings`), or null. */
export function accountKindOf(account: string): AccountKind | null {
  if (account === SPENT) return 'spent';
  if (account === SAVINGS) return 'savings';
  if (account.startsWith('reserve:') && account.length > 'reserve:'.length) return 'reserve';
  if (account.startsWith('project:') && account.length > 'project:'.length) return 'project';
  return null;
}

/** The source or project id inside `reserve:<id>` / `project:<id>`. */
export function accountRef(account: string): string {
  const colon = account.indexOf(':');
  return colon < 0 ? account : account.slice(colon + 1);
}

/** Only `savings`, the outside source of reinvested money, may go below zero. */
export const mayGoNegative = (kind: AccountKind): boolean => kind === 'savings';
