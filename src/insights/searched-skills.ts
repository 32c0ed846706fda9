import type { SkillGraph } from '../reference/skill-graph.js';
import type { Criteria } from '../core/criteria.js';
import type { SearchedSkills } from './track-record.js';

/** The search's required and preferred skills, each with every narrower skill as evidence. */
export function searchedSkills(graph: SkillGraph, criteria: Criteria): SearchedSkills {
  const names: string[] = [];
  const ids = new Set<number>();
  for (const written of [
    ...(criteria.required_skills ?? []),
    ...(criteria.preferred_skills ?? []),
  ]) {
    const node = graph.resolve(written);
    if (!node) continue;
    if (!names.includes(node.name)) names.push(node.name);
    for (const id of graph.withDescendants(node.id)) ids.add(id);
  }
  return { names, ids };
}
