import type { Criteria } from '../../../core/criteria.js';
import { ShortlistError } from '../../../errors.js';
import type { InstructionPatch } from './draft.js';

// Fields and words in one refine_search call both apply. Where both speak of the same thing and
// disagree ("hourly_rate.max 50" beside "nobody above $45"), the call is refused, naming both,
// rather than one quietly winning.

const OBJECTS = ['hourly_rate', 'availability', 'project', 'location'] as const;
const LISTS = [
  'add_required_skills',
  'remove_required_skills',
  'add_preferred_skills',
  'remove_preferred_skills',
  'exclude_freelancer_ids',
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

export function withFields(
  fields: InstructionPatch,
  words: InstructionPatch,
  before: Criteria,
  instruction: string,
): InstructionPatch {
  const conflict = (field: string, a: unknown, b: unknown): never => {
    throw new ShortlistError(
      'invalid_input',
      `The fields and the instruction disagree on ${field}: the fields say ${show(a)}, the words ("${instruction.slice(0, 80)}") say ${show(b)}. Send one of the two.`,
    );
  };
  const out: InstructionPatch = { ...fields };
  const record = out as Record<string, unknown>;
  for (const [key, value] of Object.entries(words) as [keyof InstructionPatch, unknown][]) {
    if (value === undefined || key === 'clear' || (LISTS as readonly string[]).includes(key))
      continue;
    if (fields.clear?.includes(key as keyof Criteria)) conflict(key, 'clear it', value);
    const given = (fields as Record<string, unknown>)[key];
    if (given === undefined) {
      record[key] = value;
      continue;
    }
    if ((OBJECTS as readonly string[]).includes(key)) {
      // Only the parts the words changed can disagree: "under $45" says nothing of the minimum.
      const old = ((before as Record<string, unknown>)[key] ?? {}) as Record<string, unknown>;
      const said = value as Record<string, unknown>;
      const merged = { ...(given as Record<string, unknown>) };
      for (const sub of new Set([...Object.keys(said), ...Object.keys(old)])) {
        if (same(said[sub], old[sub])) continue;
        if (sub in merged && !same(merged[sub], said[sub]))
          conflict(`${key}.${sub}`, merged[sub], said[sub]);
        if (said[sub] === undefined) delete merged[sub];
        else merged[sub] = said[sub];
      }
      record[key] = merged;
    } else if (!same(given, value)) conflict(key, given, value);
  }
  for (const key of words.clear ?? []) {
    const given = (fields as Record<string, unknown>)[key];
    if (given !== undefined) conflict(key, given, 'clear it');
  }
  if (words.clear?.length) out.clear = [...new Set([...(fields.clear ?? []), ...words.clear])];
  const has = (list: string[] | undefined, s: string) =>
    (list ?? []).some((x) => x.toLowerCase() === s.toLowerCase());
  for (const key of LISTS) {
    const w = words[key];
    if (!w?.length) continue;
    out[key] = [...new Set([...(fields[key] ?? []), ...w])];
  }
  for (const [add, remove] of [
    ['add_required_skills', 'remove_required_skills'],
    ['add_preferred_skills', 'remove_preferred_skills'],
  ] as const) {
    for (const s of fields[add] ?? []) if (has(words[remove], s)) conflict(add, s, `drop ${s}`);
    for (const s of words[add] ?? []) if (has(fields[remove], s)) conflict(remove, s, `add ${s}`);
  }
  return out;
}
