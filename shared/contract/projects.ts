import { z } from 'zod';
import { channel, EVERY_ROLE } from './channel.ts';
import { optionalText, page, pageOf } from '../validation/fields.ts';

// Projects get their own screens with the projects issue; the treasury only needs to name the
// project a pledge or payment is for.
export const projectKind = z.enum(['housing', 'employment', 'equipment', 'education', 'general']);
export const projectStatus = z.enum(['planned', 'inProgress', 'stalled', 'finished', 'handedOver', 'cancelled']);

export const projectRef = z.object({
  id: z.string(),
  name: z.string(),
  kind: projectKind,
  status: projectStatus,
});
export type ProjectRef = z.infer<typeof projectRef>;

export const projectsContract = {
  'projects.list': channel({
    input: z.object({ query: optionalText(100), includeClosed: z.boolean().default(false), ...page }).strict(),
    output: pageOf(projectRef),
    access: EVERY_ROLE,
  }),
};
