import type { Profile } from '../index/profile.js';
import type { Random } from './random.js';
import {
  loadRegions,
  loadTaxonomy,
  type Country,
  type TaxonomySkill,
} from '../reference/fixtures.js';
import {
  loadContent,
  loadNames,
  loadSkillWork,
  type CategoryContent,
  type Content,
  type Names,
} from './content.js';

// Indexes over the fixtures that the generator needs for every profile, built once.

/** One of a generated person's skills, with how their texts mention it. */
export interface PersonSkill {
  skill: TaxonomySkill;
  mention: string;
  specialty: boolean;
}

export interface SeedCategory {
  id: string;
  name: string;
  content: CategoryContent;
  skills: TaxonomySkill[];
}

export interface Catalog {
  skills: Map<string, TaxonomySkill>;
  /** How often other skills point at a skill: a proxy for how common it is. */
  popularity: Map<string, number>;
  categories: SeedCategory[];
  countries: Country[];
  names: Names;
  content: Content;
  /** Task phrases per skill id, a skill without its own borrowing its nearest broader skill's. */
  work: Map<string, string[]>;
}

let cached: Catalog | undefined;

export function loadCatalog(): Catalog {
  if (cached) return cached;
  const taxonomy = loadTaxonomy();
  const content = loadContent();
  const skills = new Map(taxonomy.skills.map((s) => [s.id, s]));
  const popularity = new Map<string, number>();
  for (const s of taxonomy.skills) {
    for (const ref of [...s.parents, ...s.related]) {
      popularity.set(ref, (popularity.get(ref) ?? 0) + 1);
    }
  }
  const categories = taxonomy.categories.map((c) => {
    const categoryContent = content.categories[c.id];
    if (!categoryContent) throw new Error(`fixtures/content.json has no category "${c.id}"`);
    return {
      id: c.id,
      name: c.name,
      content: categoryContent,
      skills: taxonomy.skills.filter((s) => s.category === c.id),
    };
  });
  cached = {
    skills,
    popularity,
    categories,
    countries: loadRegions().countries,
    names: loadNames(),
    content,
    work: workBySkill(taxonomy.skills, loadSkillWork().skills),
  };
  return cached;
}

// A job's words come from its main skill's own work, so what the need→skill model learns from
// the index is which words point at a skill, not only at its category. A narrow skill without
// tasks of its own ("Pinia") borrows its parent's ("Vue").
function workBySkill(
  skills: TaxonomySkill[],
  own: Record<string, string[]>,
): Map<string, string[]> {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const find = (id: string, depth: number): string[] | undefined => {
    if (own[id]?.length) return own[id];
    if (depth > 3) return undefined;
    for (const p of byId.get(id)?.parents ?? []) {
      const found = find(p, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  const work = new Map<string, string[]>();
  for (const s of skills) {
    const tasks = find(s.id, 0);
    if (tasks) work.set(s.id, tasks);
  }
  return work;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A job's title and description from its skills' work: one task as the title, another as the
 * brief, a second skill's task beside it. Undefined when the main skill has no tasks, so the
 * caller falls back to its category's templates.
 */
export function workText(
  random: Random,
  catalog: Catalog,
  skills: PersonSkill[],
  domain: string,
): { title: string; description: string } | undefined {
  const [main, second] = skills;
  const tasks = main ? catalog.work.get(main.skill.id) : undefined;
  if (!main || !tasks) return undefined;
  const task = random.pick(tasks);
  const rest = tasks.filter((t) => t !== task);
  const other = rest.length ? random.pick(rest) : task;
  const title = random.weightedPick(
    [capitalise(task), `${capitalise(task)} (${main.mention})`, `${main.mention}: ${task}`],
    (t) => (t.startsWith(main.mention) ? 1 : t.endsWith(')') ? 2 : 1),
  );
  const brief = random.pick([
    `We need someone to ${other}.`,
    `Looking for help to ${other} for our ${domain} business.`,
    `${capitalise(other)}, for a client in ${domain}.`,
    `The job: ${other}, using ${main.mention}.`,
  ]);
  const secondTasks = second ? catalog.work.get(second.skill.id) : undefined;
  const also =
    second && secondTasks && secondTasks !== tasks && random.chance(0.5)
      ? ` Also ${random.pick(secondTasks)} (${second.mention}).`
      : '';
  return { title, description: `${brief}${also}` };
}

/** Replaces `{key}` placeholders and tidies the spaces that empty values leave behind. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template
    .replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))
    .replace(/\s{2,}/g, ' ')
    .replace(/\(\s*\)/g, '')
    .trim();
}

// A title names a trade once: "Lead Online Store Developer", not "Lead Online Store Development
// Developer"; "Migrate store to Shopify App", not "... to Shopify App Development".
const DOUBLED_ROLE =
  /\b(Development|Design|Writing|Editing|Testing|Translation)\s+(Developer|Engineer|Designer|Writer|Editor|Tester|Translator)/gi;
const SKILL_KEYS = ['skill1', 'skill2', 'skill3'];

/** A template for a title: skill names without a trailing "Development", one role word. */
export function fillTitle(template: string, values: Record<string, string | number>): string {
  const short = { ...values };
  for (const key of SKILL_KEYS) {
    const v = short[key];
    if (typeof v === 'string' && / Development$/.test(v) && v !== 'Development')
      short[key] = v.replace(/ Development$/, '');
  }
  return fillTemplate(template, short).replace(DOUBLED_ROLE, '$2');
}

/** How a person writes a skill: usually its canonical name, sometimes a synonym. */
export function mentionSkill(random: Random, skill: TaxonomySkill): string {
  if (skill.synonyms.length > 0 && random.chance(0.1)) return random.pick(skill.synonyms);
  return skill.name;
}

const TRANSLATION_SKILL: Record<string, string> = {
  es: 'english-spanish-translation',
  fr: 'english-french-translation',
  de: 'english-german-translation',
  pt: 'english-portuguese-translation',
  it: 'english-italian-translation',
  zh: 'english-chinese-translation',
  ja: 'english-japanese-translation',
  ar: 'english-arabic-translation',
  ru: 'english-russian-translation',
  uk: 'english-ukrainian-translation',
  pl: 'english-polish-translation',
  tr: 'english-turkish-translation',
  hi: 'english-hindi-translation',
};

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function pickPrimary(
  random: Random,
  catalog: Catalog,
  category: SeedCategory,
  country: Country,
): TaxonomySkill {
  if (category.id === 'translation') {
    const native = country.languages.find((l) => TRANSLATION_SKILL[l]);
    const skill = native ? catalog.skills.get(TRANSLATION_SKILL[native]!) : undefined;
    if (skill && random.chance(0.8)) return skill;
  }
  return random.weightedPick(
    category.skills,
    (s) => 1 + (catalog.popularity.get(s.id) ?? 0) ** 1.3,
  );
}

/** A coherent skill set: specialties first, then their broader skills, then neighbours. */
export function buildSkills(
  random: Random,
  catalog: Catalog,
  category: SeedCategory,
  country: Country,
  careerYears: number,
  quality: number,
): PersonSkill[] {
  const primary = pickPrimary(random, catalog, category, country);
  const near = [
    ...primary.related,
    ...category.skills.filter((s) => s.parents.includes(primary.id)).map((s) => s.id),
  ]
    .map((id) => catalog.skills.get(id)!)
    .filter((s) => s.category === category.id || random.chance(0.3));
  const specialties = [
    primary,
    ...random.sample(
      near,
      random.weightedPick([0, 1, 2], (n) => [3, 4, 2][n]!),
    ),
  ];
  const target = clamp(
    Math.round(3 + careerYears * 0.5 + quality * 3 + random.normal(0, 2)),
    3,
    15,
  );
  const chosen = new Map<string, boolean>(specialties.map((s) => [s.id, true]));
  const add = (id: string) => {
    if (chosen.size < 15 && !chosen.has(id)) chosen.set(id, false);
  };
  for (const s of specialties) for (const p of s.parents) add(p);
  const related = random.shuffle(specialties.flatMap((s) => s.related));
  for (const id of related) if (chosen.size < target) add(id);
  const pool = random.shuffle([...category.skills]);
  for (const s of pool) if (chosen.size < target) add(s.id);
  return [...chosen].map(([id, specialty]) => {
    const skill = catalog.skills.get(id)!;
    return { skill, specialty, mention: mentionSkill(random, skill) };
  });
}

export function personSkill(
  random: Random,
  s: PersonSkill,
  careerYears: number,
  quality: number,
): Profile['skills'][number] {
  const share = s.specialty ? random.range(0.6, 1) : random.range(0.15, 0.8);
  const years = Math.max(1, Math.round(careerYears * share));
  const level =
    years >= 5 && (s.specialty || quality > 0.6)
      ? 'expert'
      : years >= 2
        ? 'intermediate'
        : 'beginner';
  return random.chance(0.9) ? { name: s.mention, years, level } : { name: s.mention };
}
