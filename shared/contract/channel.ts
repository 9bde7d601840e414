// The building block of the IPC contract: every channel is declared once, here in shared/,
// with its input schema, its output schema and who may call it. The main process binds it,
// the renderer's client and the tests derive their types from it.
import type { z } from 'zod';

export const ROLES = ['admin', 'manager', 'treasurer', 'caseworker', 'volunteer'] as const;
export type Role = (typeof ROLES)[number];

/** 'public' channels need no session (setup, sign-in); otherwise the listed roles only. */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly access: Access;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}

export const EVERY_ROLE: readonly Role[] = ROLES;
export const STAFF_ROLES: readonly Role[] = ['admin', 'manager', 'treasurer', 'caseworker'];
export const ADMIN_ONLY: readonly Role[] = ['admin'];

export function roleAllowed(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  if (access === 'signedIn') return true;
  return access.includes(role);
}
