import type { Role } from '../../db/schema.js';

/** Who may run a command: `anyone` (even a stranger), or at least the given role. */
export type Access = 'anyone' | Role;

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export function mayRun(role: Role | null, access: Access): boolean {
  if (access === 'anyone') return true;
  return role !== null && RANK[role] >= RANK[access];
}
