import { z } from 'zod';
import { channel, ROLES, ADMIN_ONLY } from './channel.ts';
import { text, uuid, empty, isoDateTime } from '../validation/fields.ts';

export const role = z.enum(ROLES);
export const locale = z.enum(['fa', 'en']);
export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, { error: 'v.username' });
export const password = z.string().min(8, { error: 'v.password.weak' }).max(200);

export const user = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role,
  active: z.boolean(),
  locale,
  lastSignInAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type User = z.infer<typeof user>;

export const usersContract = {
  'users.list': channel({ input: empty, output: z.array(user), access: ADMIN_ONLY }),
  'users.create': channel({
    input: z.object({ username, displayName: text(80), role, password }).strict(),
    output: user,
    access: ADMIN_ONLY,
  }),
  'users.update': channel({
    input: z.object({ id: uuid, displayName: text(80), role, active: z.boolean() }).strict(),
    output: user,
    access: ADMIN_ONLY,
  }),
  /** Active case workers, for choosing a household's case worker and filtering by one. */
  'users.caseWorkers': channel({
    input: empty,
    output: z.array(z.object({ id: z.string(), displayName: z.string() })),
    access: ['admin', 'manager', 'caseworker'],
  }),
  'users.resetPassword': channel({
    input: z.object({ id: uuid, password }).strict(),
    output: z.object({ ok: z.literal(true) }),
    access: ADMIN_ONLY,
  }),
};
