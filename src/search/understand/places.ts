import { loadRegions } from '../../reference/fixtures.js';
import type { PhraseMatch } from './vocabulary.js';

// A country or region the vocabulary reads as a language ("Germany" → German translation) is a
// language need only when the people there are who the work is for ("our customers in Quebec").
// Where someone or something is ("someone in Latin America", "the server sits in Germany", "an
// employee moving here from Brazil") is a place: the freelancer's location or the setting of the
// problem, never a translation.

/** Who or what is somewhere, then up to two words, then "in", "from" or "at". */
const WHO_IS_IN =
  /\b(?:someone|somebody|anyone|anybody|freelancers?|person|developers?|designers?|writers?|editors?|assistants?|experts?|he|she|they|you|we|servers?|hosting|host|office|offices|team|staff|employees?|company)\s+(?:[\p{L}']+\s+){0,2}?(?:in|from|at)\s+(?:the\s+)?$/iu;
/** Being somewhere: "based in", "sits in", "moving here from". */
const BEING_IN =
  /\b(?:based|located|sits|sitting|lives|living|moving|moved|relocating|relocated|hosted|stored)\s+(?:here\s+|there\s+)?(?:in|from|to|at)\s+(?:the\s+)?$/i;

let places: Set<string> | undefined;

/** Countries, their cities and the regions, in lower case, as the vocabulary writes them. */
function placeNames(): Set<string> {
  if (places) return places;
  const { regions, countries } = loadRegions();
  places = new Set([
    ...regions.map((r) => r.replace(/_/g, ' ')),
    ...countries.flatMap((c) => [c.name, ...c.cities].map((n) => n.toLowerCase())),
    ...['latam', 'south america', 'central america', 'quebec'],
  ]);
  return places;
}

/** Whether a phrase the vocabulary matched is a place where someone or something is. */
export function isWhereSomeoneIs(text: string, match: PhraseMatch): boolean {
  if (!placeNames().has(match.phrase.toLowerCase())) return false;
  const before = text.slice(0, match.start);
  return WHO_IS_IN.test(before) || BEING_IN.test(before);
}
