import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../src/reference/fixtures.js';
import { loadCatalog } from '../../../src/seed/catalog.js';
import { generateProfiles } from '../../../src/seed/generate.js';

// The demo index is learned from (the need→skill model) and shown to clients, so it must read
// true: a review praises only skills the person has or the job used, and titles read like titles.

const profiles = [...generateProfiles({ count: 800, seed: 'shortlist-demo', asOf: '2026-11-01' })];
const taxonomy = loadTaxonomy().skills;
const canonical = new Map<string, string>();
for (const s of taxonomy) for (const n of [s.name, ...s.synonyms]) canonical.set(n, s.name);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// One pattern of every name and synonym, longest first, so "React Native" is not also "React".
const names = [...canonical.keys()]
  .filter((n) => n.length >= 3)
  .sort((a, b) => b.length - a.length);
const anyName = new RegExp(
  `(?<![\\p{L}\\p{N}])(${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const mentioned = (text: string) => [...text.matchAll(anyName)].map((m) => canonical.get(m[1])!);

describe('demo data coherence', () => {
  it('reviews mention only skills the person has or the job used', () => {
    const strays: string[] = [];
    let checked = 0;
    for (const { profile } of profiles) {
      const own = new Set(profile.skills.map((s) => canonical.get(s.name) ?? s.name));
      for (const job of profile.work_history) {
        const feedback = job.outcome?.feedback;
        if (!feedback) continue;
        checked++;
        const allowed = new Set([...own, ...job.skills.map((s) => canonical.get(s) ?? s)]);
        for (const name of mentioned(feedback))
          if (!allowed.has(name))
            strays.push(`${profile.external_id}: "${feedback}" names ${name}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(strays.slice(0, 5)).toEqual([]);
  }, 60_000);

  it('titles name a trade once and read like titles', () => {
    const bad: string[] = [];
    const doubled =
      /\b(Development|Design|Writing|Editing|Testing|Translation)\s+(Developer|Engineer|Designer|Writer|Editor|Tester|Translator)/i;
    for (const { profile } of profiles) {
      const titles = [
        profile.title,
        ...profile.work_history.map((w) => w.title),
        ...profile.portfolio.map((p) => p.title),
      ];
      for (const t of titles)
        if (doubled.test(t) || / to [\w .+#/-]+ Development$/.test(t)) bad.push(t);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it("writes each job from its main skill's own work, so the words it is learned from are the skill's", () => {
    const { work } = loadCatalog();
    const idOf = new Map<string, string>();
    for (const skill of taxonomy)
      for (const n of [skill.name, ...skill.synonyms]) idOf.set(n, skill.id);
    let described = 0;
    const strays: string[] = [];
    for (const { profile } of profiles) {
      for (const job of [...profile.work_history, ...profile.portfolio]) {
        const tasks = work.get(idOf.get(job.skills[0]) ?? '');
        if (!tasks) continue;
        described++;
        const title = job.title.toLowerCase();
        if (!tasks.some((t) => title.includes(t.toLowerCase())))
          strays.push(`${job.skills[0]}: "${job.title}"`);
      }
    }
    expect(described).toBeGreaterThan(2000);
    expect(strays.slice(0, 5)).toEqual([]);
  });
});
