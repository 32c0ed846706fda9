import type { Db } from '../db/database.js';
import type { SkillGraph } from '../reference/skill-graph.js';

// Grades come from the generator's hidden truth, which ranking never reads: the skills a person
// is really strong in (specialties) and their hidden quality.
//   3: a specialist in every target skill, with a good track record (quality ≥ 0.6, about half)
//   2: a specialist of middling quality, or shows every target skill and is good
//   1: shows a target skill, or a specialist whose work is weak (quality < 0.4)
//   0: unrelated

export interface Truth {
  quality: number;
  specialties: Set<number>;
  skills: Set<number>;
}

export async function loadTruth(db: Db, graph: SkillGraph): Promise<Map<string, Truth>> {
  const rows = await db
    .selectFrom('seed_truth as t')
    .innerJoin('freelancers as f', 'f.id', 't.freelancer_id')
    .select(['f.external_id', 't.quality', 't.specialties', 'f.skill_ids'])
    .where('f.ai_opt_in', '=', true)
    .execute();
  const truth = new Map<string, Truth>();
  for (const r of rows) {
    const specialties = new Set<number>();
    for (const slug of r.specialties) {
      const node = graph.resolve(slug);
      if (node) for (const id of graph.withAncestors(node.id)) specialties.add(id);
    }
    truth.set(r.external_id, { quality: r.quality, specialties, skills: new Set(r.skill_ids) });
  }
  return truth;
}

export function grade(t: Truth | undefined, targets: number[]): number {
  if (!t || targets.length === 0) return 0;
  const fit =
    targets.reduce((s, id) => s + (t.specialties.has(id) ? 1 : t.skills.has(id) ? 0.5 : 0), 0) /
    targets.length;
  if (fit >= 0.999) return t.quality >= 0.6 ? 3 : t.quality >= 0.4 ? 2 : 1;
  if (fit >= 0.5) return t.quality >= 0.6 ? 2 : 1;
  return fit > 0 ? 1 : 0;
}
