import type { GetProfileOutput } from './profile-schema.js';

// The text content of get_profile: it stands alone for hosts that show no widget.

const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);

export function profileText(o: GetProfileOutput): string {
  const lines: string[] = [];
  const p = o.profile;
  if (p) {
    const rating =
      p.stats.rating !== null
        ? `${p.stats.rating.toFixed(1)}★ (${p.stats.reviews_count} reviews)`
        : 'no ratings yet';
    const js = p.stats.job_success !== null ? `, ${p.stats.job_success}% job success` : '';
    lines.push(
      `${o.name}: ${p.title}`,
      `$${p.hourly_rate_usd}/h · ${p.location.city ? `${p.location.city}, ` : ''}${p.location.country} · local time ${p.local_time.label}`,
      `${rating}, ${p.stats.jobs_completed} jobs${js}; ${p.availability.hours_per_week} h/week` +
        (p.availability.available_from ? ` from ${p.availability.available_from}` : ''),
      `Skills: ${p.skills
        .slice(0, 10)
        .map((s) => `${s.name}${s.years ? ` ${s.years}y` : ''}${s.level ? ` ${s.level}` : ''}`)
        .join(', ')}`,
    );
    if (p.badges.length) lines.push(`Badges: ${p.badges.join(', ')}`);
    if (p.languages.length)
      lines.push(`Languages: ${p.languages.map((l) => `${l.code} (${l.level})`).join(', ')}`);
  } else {
    lines.push(o.name);
  }
  if (o.fit) {
    lines.push(
      `Fit with ${o.fit.search_id}: ${Math.round(o.fit.score)}/100. ${o.fit.reasons.join('; ')}`,
    );
    if (o.fit.required.missing.length)
      lines.push(`Missing required: ${o.fit.required.missing.join(', ')}`);
  }
  if (o.work_history?.recent.length) {
    // The count says how many are listed here, not how many the profile holds.
    const listed = o.work_history.recent.slice(0, 5);
    lines.push(`Recent work (${listed.length} of ${o.work_history.total}):`);
    for (const c of listed) {
      lines.push(
        `- ${c.title} (${c.start_date}${c.end_date ? ` to ${c.end_date}` : ', ongoing'})${c.rating ? ` ${c.rating}★` : ''}`,
      );
    }
  }
  if (o.reviews?.length) {
    lines.push('Client feedback (quoted):');
    for (const r of o.reviews.slice(0, 3))
      lines.push(`- "${r.quote}"${r.rating ? ` ${r.rating}★` : ''}`);
  }
  const t = o.track_record;
  if (t) {
    const f = (
      label: string,
      fig: { value: number | null; count: number; note: string | null },
      fmt: (x: number | null) => string,
    ) => `${label} ${fig.value === null ? fig.note : `${fmt(fig.value)} (of ${fig.count})`}`;
    lines.push(
      `Track record as of ${t.as_of}: ` +
        [
          f('on time', t.on_time_rate, pct),
          f('rehired', t.rehire_rate, pct),
          f('rating last 12 months', t.rating_trend.last_12_months, (x) => `${x}★`),
          f('lifetime', t.rating_trend.lifetime, (x) => `${x}★`),
          f('median contract', t.median_contract_days, (x) => `${x} days`),
        ].join('; '),
    );
    if (t.searched_skills) {
      lines.push(
        `In ${t.searched_skills.skills.join(', ') || 'the searched skills'}: ${t.searched_skills.contracts} contracts, $${t.searched_skills.earnings_usd.toLocaleString('en')} earned`,
      );
    }
  }
  const s = o.success_prediction;
  if (s) {
    lines.push(
      `Predicted chance of a successful contract: ${pct(s.probability)} (${s.factors.map((x) => `${x.factor} ${x.effect} it`).join('; ')}). ` +
        `Model: held-out AUC ${s.model.auc}, Brier ${s.model.brier} (Job Success alone: AUC ${s.model.baseline.auc}, Brier ${s.model.baseline.brier}).`,
    );
  }
  lines.push(...o.notices);
  return lines.join('\n');
}
