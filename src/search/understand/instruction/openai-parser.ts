import OpenAI from 'openai';
import { z } from 'zod';
import type { Config } from '../../../config.js';
import type { Criteria } from '../../../core/criteria.js';
import { RefinePatchSchema } from '../../../core/refine-patch.js';
import type { InstructionPatch } from './draft.js';

// INSTRUCTION_PARSER=openai: a model turns the words into refine_search's patch, as structured
// output, and the patch is checked by the same zod schema as the tool's own fields. Any failure
// (network, timeout, refusal, a patch that does not parse) returns undefined: the rules read it.

export const INSTRUCTION_MODEL = 'gpt-4.1-mini';

const RULES = `You turn a hiring client's words into a JSON patch for refine_search.
Never apply the opposite of what was said:
- "nobody above $45", "under $45", "at most $45" set hourly_rate.max 45; "nobody below $30" sets hourly_rate.min 30.
- "not from India", "no Indians", "outside India", "non-Indian" add "IN" to location.exclude_countries, never to location.countries; regions likewise with exclude_regions.
- "cheaper" lowers hourly_rate.max below the current cap; "more budget" raises it; "a bit" is a smaller step. "lower the cap to $40" sets 40, "raise it by $10" adds 10, "double the budget" and "half the hours" scale the current value.
- A negated change changes nothing ("the rate doesn't need to be lower"): send nothing for it.
- "X isn't a must" moves X from required to preferred; "I wouldn't say no to agencies", "don't rule out X" allow X, never require it; "keep React" leaves React as it is.
- "drop the budget", "the budget doesn't matter" put "hourly_rate" in clear.
- "X instead of Y" removes Y (remove_required_skills and remove_preferred_skills) and adds X to add_preferred_skills unless X is said to be required.
- "$55 instead of $40", "change the cap from 40 to 55": the new number takes the old one's place (cap or floor).
- "Spanish rather than French" with French filtered: both are languages.
- "X is fine", "X welcome" allow X and never narrow to X (no talent_type, language, badge or level is set for it; a higher experience floor may come down).
- "Spanish or Portuguese": languages are all required together, so send neither rather than both.
- "no later than January 15" is start_by 2027-01-15; "doesn't have to start next week" clears start_by.
- "no one under $30 or over $60" is hourly_rate {min 30, max 60}; "forget the budget and the rating" clears both.
- "exclude <name>" adds that person's freelancer_id from the list below to exclude_freelancer_ids.
- "double that", "halve it", "add another $10 to the max" move the one filter the criteria hold; with several, send nothing for it.
- "5 grand total", "12k for the whole project" set project.budget_usd, never hourly_rate.
- "we're in Berlin", "our team is in London" say where the client is: never a location filter; with "our time zone" or "4h overlap" it is the zone to measure from. "On London hours" is overlap_with London, 6 hours.
- "too many agencies", and sarcasm ("oh great, more agencies") leave agencies out; never narrow to what is complained of.
- "undo that", "go back to before": send nothing (the client refines from the earlier search_id).
Rates are USD an hour: euros at 1.08 and pounds at 1.27 (a cap rounded down, a floor up); a day is 8 hours; a week or month rate only with availability.min_hours_per_week, else send nothing for it.
"Full-time" is availability.min_hours_per_week 30; "part-time is fine" lowers a floor of 30 or more to 20; there is no maximum of hours, rating or job success: send nothing for one.
A field you send replaces the old one whole, so send objects (hourly_rate, location, availability, languages) with the current values you keep.
Send only what the words change. Countries are ISO 3166 alpha-2, languages ISO 639-1, dates ISO.`;

export async function parseWithOpenAI(
  config: Pick<Config, 'openaiApiKey' | 'openaiBaseUrl'>,
  instruction: string,
  context: { criteria: Criteria; today: Date; people: { id: string; name: string }[] },
): Promise<InstructionPatch | undefined> {
  if (!config.openaiApiKey) return undefined;
  const client = new OpenAI({
    apiKey: config.openaiApiKey,
    baseURL: config.openaiBaseUrl,
    maxRetries: 1,
    timeout: 10_000,
  });
  try {
    const res = await client.chat.completions.create({
      model: INSTRUCTION_MODEL,
      temperature: 0,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'refine_patch',
          schema: z.toJSONSchema(RefinePatchSchema, { io: 'input' }) as Record<string, unknown>,
        },
      },
      messages: [
        { role: 'system', content: RULES },
        {
          role: 'system',
          content: JSON.stringify({
            today: context.today.toISOString().slice(0, 10),
            current_criteria: context.criteria,
            current_list: context.people.map((p) => ({ freelancer_id: p.id, name: p.name })),
          }),
        },
        { role: 'user', content: instruction },
      ],
    });
    const content = res.choices[0]?.message?.content;
    if (!content) return undefined;
    const parsed = RefinePatchSchema.safeParse(JSON.parse(content));
    if (!parsed.success) return undefined;
    const { query: _query, ...patch } = parsed.data;
    return Object.keys(patch).length ? (patch as InstructionPatch) : undefined;
  } catch {
    return undefined;
  }
}
