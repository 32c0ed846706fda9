import type { ApplyContext, ClauseView } from './apply-context.js';
import type { Clause } from './clauses.js';
import type { Field, Mode, Read } from './items.js';

// A nationality word is a language or a place: "Spanish speakers" and "Spanish is a must" are the
// language, "Spanish freelancers" the country. Work done in a language ("German copywriting")
// names the language; so does a nationality added beside languages asked for ("add French too",
// with English held and no place). A nationality right before a language only says which kind of
// it ("Latin American Spanish", "Swiss German"): never a place.

// Work that is done in a language: the nationality before it is that language.
const LANGUAGE_WORK =
  /^(copy ?writ|writ|translat|content|proofread|transcri|voice|subtitl|locali[sz]|blog|article|edit|tutor|teach|support|customer|speak|call|chat|email)/i;

export function meansLanguage(
  code: string,
  at: number,
  view: ClauseView,
  ctx: ApplyContext,
): boolean {
  if (view.has('speak') || view.has('level') || fieldNamed(view.clause, 'languages')) return true;
  const filtered = (c: string) => ctx.draft.before.languages?.some((l) => l.code === c);
  if (filtered(code) || ctx.draft.fields.languages?.some((l) => l.code === code)) return true;
  // Like things in one clause are the same kind: "Spanish rather than French" (French filtered).
  const other = view.clause.reads.some(
    ({ item }) =>
      item.k === 'lang' ||
      (item.k === 'place' && !!item.ambiguousLang && filtered(item.ambiguousLang)),
  );
  if (other) return true;
  const next = view.clause.reads[at + 1];
  if (next && LANGUAGE_WORK.test(next.item.k === 'skill' ? next.item.name : next.text)) return true;
  const place = ctx.draft.before.location;
  const adds = view.modes.has('add') || view.modes.has('permissive');
  if (adds && ctx.draft.before.languages?.length && !place?.countries && !place?.regions)
    return true;
  const required = ['require', 'optional', 'wish'].some((m) => view.modes.has(m as Mode));
  return required && !fieldNamed(view.clause, 'place');
}

export function fieldNamed(clause: Clause, field: Field): boolean {
  return clause.reads.some((r) => r.item.k === 'field' && r.item.field === field);
}

/** "Latin American Spanish", "Brazilian Portuguese": the place before a language is no filter,
 * and the nationality word after it is the language. */
export function dialects(reads: Read[]): Read[] {
  const kindOf = (i: number) => reads[i]?.item.k === 'place' && reads[i - 1]?.item.k === 'place';
  return reads.map((r, i): Read => {
    const next = reads[i + 1]?.item;
    const language = next?.k === 'lang' || (next?.k === 'place' && !!next.ambiguousLang);
    if (r.item.k === 'place' && language) return { item: { k: 'filler' }, text: r.text };
    if (r.item.k === 'place' && r.item.ambiguousLang && kindOf(i))
      return { item: { k: 'lang', code: r.item.ambiguousLang, label: r.item.label }, text: r.text };
    return r;
  });
}
