import { z } from 'zod';
import { channel } from './channel.ts';
import { text, empty } from '../validation/fields.ts';
import { password, username } from './users.ts';

export const centreInfo = z.object({
  name: text(120),
  province: text(60),
  city: text(60),
});

export const setupContract = {
  /** Whether this install has a centre yet; the renderer shows first-run setup if not. */
  'setup.status': channel({
    input: empty,
    output: z.object({
      initialized: z.boolean(),
      centre: z.object({ id: z.string(), name: z.string(), province: z.string(), city: z.string() }).nullable(),
    }),
    access: 'public',
  }),
  /** First run only: the centre, its administrator, and empty or sample data. */
  'setup.init': channel({
    input: z
      .object({
        centre: centreInfo,
        admin: z.object({ username, displayName: text(80), password }).strict(),
        sampleData: z.boolean(),
      })
      .strict(),
    output: z.object({ centreId: z.string(), sampleDonors: z.number().int() }),
    access: 'public',
  }),
};
