import { z } from 'zod';
import { CLEARABLE, CriteriaFields } from './criteria.js';

// The change refine_search takes: every criteria field (a field given replaces the old one), and
// edits to the skill lists, people set aside, "more like" and fields to clear. The tool's input
// and the model that reads words (INSTRUCTION_PARSER=openai) are checked by this one schema.

const skillNames = z.array(z.string().trim().min(1).max(80)).max(20);
const patchFields = Object.fromEntries(
  Object.entries(CriteriaFields)
    .filter(([k]) => k !== 'query')
    .map(([k, v]) => [k, v.optional()]),
) as {
  [K in Exclude<keyof typeof CriteriaFields, 'query'>]: z.ZodOptional<(typeof CriteriaFields)[K]>;
};

export const RefinePatchFields = {
  query: CriteriaFields.query.optional(),
  ...patchFields,
  add_required_skills: skillNames.optional(),
  remove_required_skills: skillNames.optional(),
  add_preferred_skills: skillNames.optional(),
  remove_preferred_skills: skillNames.optional(),
  exclude_freelancer_ids: z.array(z.string().min(1).max(100)).max(50).optional(),
  more_like: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('A freelancer_id: rank people similar to them.'),
  clear: z.array(z.enum(CLEARABLE)).max(20).optional().describe('Names of filters to drop.'),
};

export const RefinePatchSchema = z.object(RefinePatchFields);

export type RefinePatch = z.input<typeof RefinePatchSchema>;
