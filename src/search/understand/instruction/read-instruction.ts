import type { Config } from '../../../config.js';
import type { Criteria } from '../../../core/criteria.js';
import type { Logger } from '../../../logger.js';
import type { SkillGraph } from '../../../reference/skill-graph.js';
import type { InstructionPatch } from './draft.js';
import { parseWithOpenAI } from './openai-parser.js';
import { parseInstruction } from './parse-instruction.js';
import { withFields } from './with-fields.js';

// refine_search's words, turned into the patch its fields take and joined with any fields sent
// beside them. What could not be used is said in a notice, never dropped in silence.

export interface ReadInstruction {
  patch: InstructionPatch;
  understood: string[];
  notices: string[];
  /** Why something said was not applied ("a language can only filter"): for a refusal. */
  reasons: string[];
}

/** What reading an instruction uses of the process: the application context has all of it. */
export interface InstructionDeps {
  config: Pick<Config, 'instructionParser' | 'openaiApiKey' | 'openaiBaseUrl'>;
  logger: Logger;
  clock: () => Date;
  skillGraph: () => Promise<SkillGraph>;
}

export async function readInstruction(
  ctx: InstructionDeps,
  instruction: string,
  criteria: Criteria,
  people: { freelancer_id: string; name: string; hourly_rate_usd: number }[],
  fields: InstructionPatch,
): Promise<ReadInstruction> {
  const graph = await ctx.skillGraph();
  const context = {
    criteria,
    today: ctx.clock(),
    resolveSkill: (w: string) => graph.resolve(w)?.name,
    people: people.map((p) => ({
      id: p.freelancer_id,
      name: p.name,
      hourly_rate_usd: p.hourly_rate_usd,
    })),
  };
  if (ctx.config.instructionParser === 'openai') {
    const patch = await parseWithOpenAI(ctx.config, instruction, context);
    if (patch)
      return {
        patch: withFields(fields, patch, criteria, instruction),
        understood: [],
        notices: [],
        reasons: [],
      };
    ctx.logger.warn('instruction model failed or sent nothing usable; the rules read the words');
  }
  const parsed = parseInstruction(instruction, context);
  const notices = [...parsed.notices];
  if (parsed.unused.length) {
    notices.push(
      `Not used from the instruction: ${parsed.unused.map((u) => `"${u}"`).join(', ')}. Send these as fields if they matter.`,
    );
  }
  return {
    patch: withFields(fields, parsed.patch, criteria, instruction),
    understood: parsed.understood,
    notices,
    reasons: parsed.reasons,
  };
}
