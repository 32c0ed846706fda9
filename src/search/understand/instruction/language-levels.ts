import { LANGUAGE_LEVELS, type LanguageLevel } from '../../../reference/profile-terms.js';
import type { ApplyContext, ClauseView } from './apply-context.js';
import type { Clause } from './clauses.js';
import type { ItemOf, Read } from './items.js';
import type { Token } from './tokens.js';
import { mendWord } from './typos.js';
import type { Vocabulary } from './vocabulary.js';

// A level said against itself ("doesn't need to be native", "native isn't required") is about
// the level, never the language: the floor goes one step down, or to the level said beside it
// ("they don't have to be native, fluent is enough"). A level said with no language ("make it
// fluent", "conversational is enough") is the floor of the one language the criteria ask for.

/** Markers that deny what is next to them: a negator or "not required", "doesn't have to". */
function deniers(clause: Clause): number[] {
  return clause.reads.flatMap((r, i) =>
    (r.item.k === 'neg' && !r.item.verb) || (r.item.k === 'mode' && r.item.mode === 'optional')
      ? [i]
      : [],
  );
}

/** The floor a clause's levels mean, or null when a level is denied and none is below it. */
export function levelMeant(
  clause: Clause,
): { level: LanguageLevel | null; denied: boolean } | undefined {
  const levels = clause.reads.flatMap((r, i) =>
    r.item.k === 'level' ? [{ i, level: r.item.level }] : [],
  );
  if (!levels.length) return undefined;
  const marks = deniers(clause);
  // Two deniers cancel: "nobody who isn't a native speaker" asks for native speakers.
  const isDenied = (i: number) =>
    marks.filter((m) => (m < i && i - m <= 4) || (m > i && m - i <= 3)).length % 2 === 1;
  const said = levels.filter((l) => !isDenied(l.i));
  const denied = levels.length > said.length;
  if (said.length) return { level: said[said.length - 1].level, denied };
  const step = LANGUAGE_LEVELS.indexOf(levels[0].level);
  return { level: step > 0 ? LANGUAGE_LEVELS[step - 1] : null, denied };
}

/** The lowest level said in the clause. */
export function lowestLevel(clause: Clause): { level: LanguageLevel } | undefined {
  let low: LanguageLevel | undefined;
  for (const { item } of clause.reads)
    if (
      item.k === 'level' &&
      (!low || LANGUAGE_LEVELS.indexOf(item.level) < LANGUAGE_LEVELS.indexOf(low))
    )
      low = item.level;
  return low ? { level: low } : undefined;
}

/** "Make it fluent", "native isn't required": the level of the one language asked for. */
export function applyLevelOnly(view: ClauseView, ctx: ApplyContext): boolean {
  const meant = levelMeant(view.clause);
  if (!meant || view.has('lang') || view.has('place')) return false;
  const list = ctx.draft.fields.languages ?? [];
  if (list.length !== 1) {
    ctx.notices.push(
      list.length
        ? 'Which language is that level for? Name it ("fluent German") or send languages.'
        : 'No language is asked for yet; name one with the level ("fluent German").',
    );
    return false;
  }
  return setLevel(list[0], meant.level, ctx);
}

export function setLevel(
  lang: { code: string; min_level?: LanguageLevel },
  level: LanguageLevel | null,
  ctx: ApplyContext,
): boolean {
  if (level) lang.min_level = level;
  else delete lang.min_level;
  ctx.understood.push(`${lang.code} ${level ?? 'at any level'}`);
  return true;
}

/** A level word is a language's level only near a language (or "speaks"). */
export function nearLanguage(
  tokens: Token[],
  at: number,
  length: number,
  vocab: Vocabulary,
  before: Read[],
): boolean {
  let seen = 0;
  for (let k = before.length - 1; k >= 0 && seen < 3; k--) {
    const item = before[k].item;
    if (item.k === 'lang' || item.k === 'speak' || (item.k === 'place' && item.ambiguousLang))
      return true;
    // "English, really good, like fluent": another level or "like" keeps to the same language.
    if (item.k !== 'filler' && item.k !== 'level' && item.k !== 'like') seen++;
    if (item.k === 'sep' && item.strong && seen > 1) break;
  }
  for (let k = at + length; k < Math.min(tokens.length, at + length + 3); k++) {
    if (vocab.languages.match(tokens, k)) return true;
    // "fluent englsh": the language after the level may have a slip.
    const mended = mendWord(tokens[k], vocab, () => false);
    if (mended && vocab.languages.match([{ ...tokens[k], norm: mended }], 0)) return true;
    if (tokens[k].kind === 'sep') break;
  }
  return false;
}

// The level said next to a language: "fluent German and conversational French". One said again
// after a comma is the floor meant ("good English, like fluent"). A level said before or after a
// list of languages is each one's ("fluent English and Dutch", "German and English, both fluent").
export function levelFor(clause: Clause, at: number): ItemOf<'level'> | undefined {
  const reads = clause.reads;
  const isLang = (k: number) => reads[k]?.item.k === 'lang' || reads[k]?.item.k === 'place';
  for (let k = at + 1; k < reads.length; k++) {
    const item = reads[k].item;
    if (isLang(k)) break;
    if (item.k !== 'conj' || reads[k].text !== ',') continue;
    const at2 = reads[k + 1]?.item.k === 'like' ? k + 2 : k + 1;
    const next = reads[at2]?.item;
    // Only as the last word: "fluent would be better" is a wish, not the floor.
    if (next?.k === 'level' && reads.slice(at2 + 1).every((r) => r.item.k === 'filler'))
      return next;
  }
  for (let k = at - 1; k >= 0; k--) {
    const item = reads[k].item;
    if (item.k === 'level') return item;
    if (isLang(k) && reads[k + 1]?.item.k !== 'conj') break;
  }
  // After it, the last one said before a language not listed with it, unless it is the next
  // language's own ("English and fluent Spanish").
  let after: ItemOf<'level'> | undefined;
  for (let k = at + 1; k < reads.length; k++) {
    const item = reads[k].item;
    const next = reads.slice(k + 1).find((r) => r.item.k !== 'filler');
    if (item.k === 'level' && next && (next.item.k === 'lang' || next.item.k === 'place')) break;
    if (item.k === 'level') after = item;
    if (isLang(k) && reads[k - 1]?.item.k !== 'conj') break;
  }
  return after;
}
