import type { Criteria } from '../../../core/criteria.js';
import { applyClause } from './apply-clause.js';
import { placeClientIn } from './client-place.js';
import { toneOf } from './complaints.js';
import type { ApplyContext } from './apply-context.js';
import { splitClauses } from './clauses.js';
import { applyCorrections } from './corrections.js';
import { Draft, type InstructionPatch, type Location } from './draft.js';
import { keepOnly } from './keep-only.js';
import { dialects } from './nationality-words.js';
import { freelancersBesideAgencies } from './talent-words.js';
import { carryMeasure } from './numbers.js';
import { recognise } from './recognise.js';
import { carrySide } from './refer-back.js';
import { vocabulary } from './vocabulary.js';
import { onHeldClock } from './zone-bands.js';

// refine_search's `instruction`, read by rules: tokens → items → clauses → changes to the
// criteria → the patch refine_search's fields take. Deterministic, no network, linear time.

export interface InstructionContext {
  criteria: Criteria & { location?: Location };
  today: Date;
  resolveSkill: (written: string) => string | undefined;
  /** The current list, in rank order: for "exclude Jan Novotný", "the second one", "cheaper". */
  people: { id: string; name: string; hourly_rate_usd?: number }[];
}

export interface ParsedInstruction {
  patch: InstructionPatch;
  /** What was understood, one short phrase per change. */
  understood: string[];
  /** Words that were not used. */
  unused: string[];
  notices: string[];
  /** The notices that say why something was not applied (the slips mended are not among them). */
  reasons: string[];
}

// "What does top rated mean?", "how does the ranking work?": a question about the words or the
// list, never a change (it would read "top rated" as a filter).
const ASKS_ABOUT = [
  /^\s*(what|what's|whats)\b[^.!]*\b(mean|means|meant|difference)\b[^.!]*\?*\s*$/i,
  /^\s*how (does|do|is)\b[^.!]*\bwork(ing)?\b[^.!]*\?*\s*$/i,
  /^\s*(can you |could you )?explain\b[^.!]*\?*\s*$/i,
];

export function parseInstruction(text: string, ctx: InstructionContext): ParsedInstruction {
  if (ASKS_ABOUT.some((question) => question.test(text))) {
    const notice = 'That asks about the words or the list rather than changing the search.';
    return { patch: {}, understood: [], unused: [text], notices: [notice], reasons: [notice] };
  }
  const vocab = vocabulary();
  const mended: [string, string][] = [];
  const recognised = recognise(text, vocab, {
    today: ctx.today,
    resolveSkill: ctx.resolveSkill,
    people: ctx.people,
    mended,
    languageHeld: !!ctx.criteria.languages?.length,
    held: new Set(
      [...(ctx.criteria.required_skills ?? []), ...(ctx.criteria.preferred_skills ?? [])].map((s) =>
        s.toLowerCase(),
      ),
    ),
  });
  const corrected = applyCorrections(freelancersBesideAgencies(dialects(recognised)));
  const only = keepOnly(corrected, ctx.criteria);
  const reads = only?.reads ?? corrected;
  const draft = new Draft(ctx.criteria);
  const apply: ApplyContext = {
    draft,
    today: ctx.today,
    listRates: ctx.people.flatMap((p) =>
      p.hourly_rate_usd === undefined ? [] : [p.hourly_rate_usd],
    ),
    countryZones: vocab.countryZones,
    regionOf: vocab.regionOf,
    understood: [],
    notices: [],
    explicitRate: false,
    relativeDone: new Set(),
    tone: toneOf(text),
  };
  if (only?.drop.length) {
    draft.removeRequired.push(...only.drop);
    draft.removePreferred.push(...only.drop);
    apply.understood.push(`only ${only.kept.join(', ')} kept; without ${only.drop.join(', ')}`);
  }
  // "Cheaper" goes last, so "cheaper, nobody above $45" caps at 45 rather than below the old cap.
  const placed = placeClientIn(splitClauses(reads));
  apply.notices.push(...placed.notices);
  const clauses = placed.clauses;
  for (let i = 1; i < clauses.length; i++) {
    carrySide(clauses[i - 1], clauses[i]);
    carryMeasure(clauses[i - 1], clauses[i]);
  }
  if (ctx.criteria.location?.overlap_with) clauses.forEach(onHeldClock);
  const relative = (c: (typeof clauses)[number]) =>
    c.reads.some((r) => (r.item.k === 'rel' && r.item.field === 'rate') || r.item.k === 'comp');
  // Among them, one with an amount first: "cheaper? like 20% less" moves by 20%, once.
  const amount = (c: (typeof clauses)[number]) => c.reads.some((r) => r.item.k === 'num');
  const relatives = clauses.filter(relative);
  const ordered = [
    ...clauses.filter((c) => !relative(c)),
    ...relatives.filter(amount),
    ...relatives.filter((c) => !amount(c)),
  ];
  const unused: string[] = [];
  for (const clause of ordered) {
    const read = apply.understood.length;
    // A clause that only confirms what stands ("keep React") was understood, not unused.
    const changed = applyClause(clause, apply) || apply.understood.length > read;
    const words = clause.reads.filter((r) => r.item.k === 'word').map((r) => r.text);
    if (!changed) {
      const said = clause.reads
        .filter((r) => r.item.k !== 'filler')
        .map((r) => r.text)
        .join(' ');
      if (said) unused.push(said);
    } else unused.push(...words);
  }
  const reasons = [...apply.notices];
  if (mended.length)
    apply.notices.unshift(`Read ${mended.map(([a, b]) => `"${a}" as "${b}"`).join(', ')}.`);
  const patch = draft.toPatch();
  return { patch, understood: apply.understood, unused, notices: apply.notices, reasons };
}
