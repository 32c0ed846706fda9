import { SkillGraph, type SkillNode } from '../../src/reference/skill-graph.js';
import { loadTaxonomy } from '../../src/reference/fixtures.js';

// The skill graph from fixtures/taxonomy.json without a database, for unit tests.

let graph: SkillGraph | undefined;

export function taxonomyGraph(): SkillGraph {
  if (graph) return graph;
  const taxonomy = loadTaxonomy();
  const ids = new Map(taxonomy.skills.map((s, i) => [s.id, i + 1]));
  const nodes = new Map<number, SkillNode>();
  for (const s of taxonomy.skills) {
    const id = ids.get(s.id)!;
    nodes.set(id, {
      id,
      slug: s.id,
      name: s.name,
      category: s.category,
      parents: s.parents.map((p) => ids.get(p)!),
      children: [],
      related: s.related.map((r) => ids.get(r)!),
    });
  }
  for (const n of nodes.values()) for (const p of n.parents) nodes.get(p)?.children.push(n.id);
  const aliases: [string, number][] = taxonomy.skills.flatMap((s) =>
    s.synonyms.map((a): [string, number] => [a, ids.get(s.id)!]),
  );
  graph = new SkillGraph(nodes, aliases);
  return graph;
}
