import type { SearchOutput } from './result-schema.js';

// The text content of a search result: it stands alone for hosts that show no widget.

/** A sentence's full stop, unless it already ends with one ("Daniel Y." stays one stop). */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

export function searchSummary(out: SearchOutput, offset = 0): string {
  const lines: string[] = [];
  const shown = out.candidates.length;
  const total = out.total_is_lower_bound
    ? `${out.total_matches.toLocaleString('en')}+`
    : String(out.total_matches);
  lines.push(
    shown === 0
      ? out.interpreted.filters.length
        ? `No candidates to show (${total} profiles pass the filters).`
        : 'No candidates to show.'
      : `${total} profiles pass the filters; showing ${offset + 1}–${offset + shown} (search ${out.search_id}).`,
  );
  if (out.interpreted.filters.length)
    lines.push(sentence(`Filters: ${out.interpreted.filters.join('; ')}`));
  const read = out.interpreted.understood.filter((u) => u.source !== 'taxonomy');
  if (read.length)
    lines.push(
      `Understood: ${read.map((u) => `"${u.phrase}" → ${u.skill} (${u.source})`).join('; ')}.`,
    );
  if (out.interpreted.unused_words.length)
    lines.push(sentence(`Words not used: ${out.interpreted.unused_words.join(', ')}`));
  out.candidates.forEach((c, i) => {
    const rating =
      c.rating !== null ? `${c.rating.toFixed(1)}★ (${c.reviews_count})` : 'no reviews yet';
    lines.push(
      `${offset + i + 1}. ${c.name} (${c.freelancer_id}), ${c.title}: $${c.hourly_rate_usd}/h, ${rating}, ${c.country}. ` +
        sentence(`Match ${Math.round(c.match.score)}: ${c.match.reasons.join('; ')}`),
    );
    if (c.match.review)
      lines.push(`   Client review (${c.match.review.project}): "${c.match.review.quote}"`);
  });
  for (const n of out.notices) lines.push(`Note: ${n}`);
  if (out.next_cursor) lines.push('More candidates are available with next_cursor.');
  return lines.join('\n');
}
