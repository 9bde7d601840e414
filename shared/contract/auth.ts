import { z } from 'zod';
import { channel } from './channel.ts';
import { empty } from '../validation/fields.ts';
import { role, locale, password } from './users.ts';

export const sessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role,
  locale,
});
export type SessionUser = z.infer<typeof sessionUser>;

export const authContract = {
  'auth.signIn': channel({
    input: z.object({ username: z.string().trim().toLowerCase().min(1).max(64), password: z.string().min(1).max(200) }).strict(),
    output: z.object({ token: z.string(), user: sessionUser, expiresAt: z.string() }),
    access: 'public',
  }),
  'auth.signOut': channel({ input: empty, output: z.object({ ok: z.literal(true) }), access: 'signedIn' }),
  'auth.me': channel({ input: empty, output: sessionUser, access: 'signedIn' }),
  'auth.changePassword': channel({
    input: z.object({ current: z.string().min(1).max(200), next: password }).strict(),
    output: z.object({ ok: z.literal(true) }),
    access: 'signedIn',
  }),
  'auth.setLocale': channel({ input: z.object({ locale }).strict(), output: sessionUser, access: 'signedIn' }),
};
