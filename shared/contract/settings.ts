import { z } from 'zod';
import { channel } from './channel.ts';
import { empty } from '../validation/fields.ts';
import { centreInfo } from './setup.ts';

export const moneyUnit = z.enum(['rial', 'toman']);

export const centreSettings = z.object({
  centre: z.object({ id: z.string(), name: z.string(), province: z.string(), city: z.string() }),
  moneyUnit,
});
export type CentreSettings = z.infer<typeof centreSettings>;

export const settingsContract = {
  'settings.get': channel({ input: empty, output: centreSettings, access: 'signedIn' }),
  'settings.update': channel({
    input: z.object({ moneyUnit: moneyUnit.optional(), centre: centreInfo.optional() }).strict(),
    output: centreSettings,
    access: ['admin', 'manager'],
  }),
};
