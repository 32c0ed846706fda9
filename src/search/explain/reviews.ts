import type { Db } from '../../db/database.js';
import { queryTerms } from '../retrieve/retrieve.js';

// The client review most relevant to this search, for each candidate on the page: quoted as the
// client wrote it (trimmed at a sentence end when long), never paraphrased or invented.

export interface ReviewQuote {
  quote: string;
  rating: number | null;
  project: string;
}

const MAX_QUOTE = 220;

export async function relevantReviews(
  db: Db,
  externalIds: string[],
  searchedSkillIds: number[],
  query: string,
): Promise<Map<string, ReviewQuote>> {
  if (externalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('contracts as k')
    .innerJoin('freelancers as f', 'f.id', 'k.freelancer_id')
    .select([
      'f.external_id as freelancer_id',
      'k.title',
      'k.feedback',
      'k.rating',
      'k.end_date',
      'k.skill_ids',
    ])
    .where('f.external_id', 'in', externalIds)
    .where('f.ai_opt_in', '=', true)
    .where('k.feedback', 'is not', null)
    .execute();
  const searched = new Set(searchedSkillIds);
  const terms = queryTerms(query);
  const best = new Map<string, { score: number; quote: ReviewQuote }>();
  for (const r of rows) {
    const text = `${r.title} ${r.feedback}`.toLowerCase();
    const termHits = terms.filter((t) => text.includes(t)).length;
    const recency = r.end_date ? Number(r.end_date.slice(0, 4)) / 10000 : 0;
    const overlap = r.skill_ids.filter((id) => searched.has(id)).length;
    const score = 2 * overlap + termHits + (r.rating ?? 3) / 5 + recency;
    const current = best.get(r.freelancer_id);
    if (!current || score > current.score) {
      best.set(r.freelancer_id, {
        score,
        quote: { quote: trimQuote(r.feedback!), rating: r.rating, project: r.title },
      });
    }
  }
  return new Map([...best].map(([id, b]) => [id, b.quote]));
}

export function trimQuote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_QUOTE) return clean;
  const cut = clean.slice(0, MAX_QUOTE);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return end > 80 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
