import type { SearchPlan } from '../../core/search-plan.js';
import type { LearnedGuess } from './need-model.js';

// A skill's name in the text is usually the need ("a React developer"), but clients also write a
// skill's word in passing: the thing the work is about or the result they miss ("hover over a
// country and see our sales there", "we spend on ads on facebook and get almost no sales",
// "start selling our knives on amazon"). The learned model reads the whole request, so it tells
// the two apart: when it is sure of one skill (likelier than every other reading and than none)
// and finds that skill far likelier than each skill named in the text, the names were in
// passing. They stay, at half weight, and the model's reading joins them and leads. A name said
// as the person wanted ("an SEO expert to audit the site") is never in passing, however sure the
// model is of something narrower.

/** The model's confidence in its best reading, against all others and none, to overrule a name. */
export const SURE = 0.8;
/** How much likelier (summed PMI: e^5, about 150 times) the sure reading is than each name. */
export const PASSING_MARGIN = 5;
/** What a name written in passing keeps of its weight. */
export const PASSING_WEIGHT = 0.5;

const PERSON =
  /^(?:experts?|specialists?|consultants?|devs?|developers?|designers?|engineers?|freelancers?|writers?|editors?|person|guy|pros?|professionals?|agency|managers?|admins?|administrators?|strategists?|marketers?|analysts?|architects?|accountants?|bookkeepers?|assistants?|lawyers?|attorneys?|artists?|animators?|illustrators?|photographers?|videographers?|producers?|copywriters?|translators?|coach|tutor)\b/i;

/** Whether the client wrote the skill as the person they want ("an SEO expert", "a bookkeeper"). */
function asPerson(text: string, asWritten: string): boolean {
  const at = text.toLowerCase().indexOf(asWritten.toLowerCase());
  const last = asWritten.trim().split(/\s+/).pop() ?? '';
  const next = at < 0 ? '' : text.slice(at + asWritten.length).trimStart();
  return PERSON.test(last) || PERSON.test(next);
}

/**
 * The learned reading that overrules the skills named in the text, or undefined. When there is
 * one, the named skills' weights are halved here; the caller adds the reading. Skills the client
 * sent in the fields (`named`) are never overruled.
 */
export function namedInPassing(
  plan: SearchPlan,
  guesses: LearnedGuess[],
  named: Set<number>,
): LearnedGuess | undefined {
  const lead = guesses[0];
  const inText = plan.querySkills.filter((t) => t.source === 'taxonomy');
  if (!lead || named.size > 0 || inText.length === 0 || lead.confidence < SURE) return undefined;
  if (inText.some((t) => asPerson(plan.criteria.query, t.asWritten))) return undefined;
  if (plan.querySkills.some((t) => t.node.id === lead.skillId)) return undefined;
  const score = new Map(guesses.map((g) => [g.skillId, g.score]));
  if (inText.some((t) => lead.score - (score.get(t.node.id) ?? 0) < PASSING_MARGIN))
    return undefined;
  const names = new Set(inText.map((t) => t.node.name));
  for (const t of inText) t.confidence = PASSING_WEIGHT * (t.confidence ?? 1);
  for (const u of plan.interpreted.understood)
    if (u.source === 'taxonomy' && names.has(u.skill)) u.confidence *= PASSING_WEIGHT;
  return lead;
}
