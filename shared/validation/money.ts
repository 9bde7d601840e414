// Money crosses the wall as an integer number of rials; forms parse what people type (Persian
// digits, separators, rials or tomans) with shared/domain/money.ts before sending it.
import { z } from 'zod';
import { MAX_RIALS } from '../domain/money.ts';

export const rials = z
  .number({ error: 'v.money.required' })
  .int({ error: 'v.money.integer' })
  .positive({ error: 'v.money.positive' })
  .max(MAX_RIALS, { error: 'v.money.tooLarge' });

export const rialsOrZero = z.number().int().min(0).max(MAX_RIALS);
