import type { Db } from '../db/database.js';

// The skill taxonomy in memory: resolve what people type to canonical skills, and walk parents
// (broader skills) and children (narrower ones). Loaded once from the database per process.

export interface SkillNode {
  id: number;
  slug: string;
  name: string;
  category: string;
  parents: number[];
  children: number[];
  related: number[];
}

export class SkillGraph {
  private readonly byAlias = new Map<string, number>();
  private readonly ancestorCache = new Map<number, number[]>();
  private readonly descendantCache = new Map<number, number[]>();

  constructor(
    readonly nodes: Map<number, SkillNode>,
    aliases: Iterable<[string, number]>,
  ) {
    for (const [alias, id] of aliases) this.byAlias.set(normaliseSkillName(alias), id);
    for (const node of nodes.values()) {
      this.byAlias.set(normaliseSkillName(node.name), node.id);
      this.byAlias.set(normaliseSkillName(node.slug), node.id);
    }
  }

  /** The canonical skill a written name stands for, or undefined when the taxonomy lacks it. */
  resolve(written: string): SkillNode | undefined {
    const id = this.byAlias.get(normaliseSkillName(written));
    return id === undefined ? undefined : this.nodes.get(id);
  }

  get(id: number): SkillNode | undefined {
    return this.nodes.get(id);
  }

  /** The skill and every broader skill above it. */
  withAncestors(id: number): number[] {
    return this.closure(id, this.ancestorCache, (n) => n.parents);
  }

  /** The skill and every narrower skill below it: each one is evidence of the skill. */
  withDescendants(id: number): number[] {
    return this.closure(id, this.descendantCache, (n) => n.children);
  }

  /** Skills whose names are closest to a written name, for "did you mean" messages. */
  suggest(written: string, limit = 3): string[] {
    const target = normaliseSkillName(written);
    const scored: [number, string][] = [];
    for (const node of this.nodes.values()) {
      const d = editDistance(target, normaliseSkillName(node.name));
      if (d <= Math.max(2, Math.floor(target.length / 3))) scored.push([d, node.name]);
    }
    return scored
      .sort((a, b) => a[0] - b[0])
      .slice(0, limit)
      .map(([, n]) => n);
  }

  private closure(id: number, cache: Map<number, number[]>, next: (n: SkillNode) => number[]) {
    const cached = cache.get(id);
    if (cached) return cached;
    const seen = new Set<number>([id]);
    const stack = [id];
    while (stack.length) {
      const node = this.nodes.get(stack.pop()!);
      for (const other of node ? next(node) : []) {
        if (!seen.has(other)) {
          seen.add(other);
          stack.push(other);
        }
      }
    }
    const result = [...seen];
    cache.set(id, result);
    return result;
  }
}

/** "React.js", "ReactJS" and "react js" all become "reactjs"; "C++" and "C#" stay distinct. */
export function normaliseSkillName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+\+/g, 'pp')
    .replace(/#/g, 'sharp')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export async function loadSkillGraph(db: Db): Promise<SkillGraph> {
  const [skills, aliases, parents, related] = await Promise.all([
    db.selectFrom('skills').select(['id', 'slug', 'name', 'category_id']).execute(),
    db.selectFrom('skill_aliases').select(['alias', 'skill_id']).execute(),
    db.selectFrom('skill_parents').select(['skill_id', 'parent_id']).execute(),
    db.selectFrom('skill_related').select(['skill_id', 'related_id']).execute(),
  ]);
  const nodes = new Map<number, SkillNode>();
  for (const s of skills) {
    nodes.set(s.id, {
      id: s.id,
      slug: s.slug,
      name: s.name,
      category: s.category_id,
      parents: [],
      children: [],
      related: [],
    });
  }
  for (const p of parents) {
    nodes.get(p.skill_id)?.parents.push(p.parent_id);
    nodes.get(p.parent_id)?.children.push(p.skill_id);
  }
  for (const r of related) nodes.get(r.skill_id)?.related.push(r.related_id);
  return new SkillGraph(
    nodes,
    aliases.map((a) => [a.alias, a.skill_id]),
  );
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length];
}
