import type { Db } from '../db/database.js';
import { ShortlistError } from '../errors.js';
import { loadFullProfile } from '../profiles/load-profile.js';
import { priceText } from './brief.js';
import { mayShow, type DemoAccess } from './demo-access.js';
import { html, initials, page, type Html } from './page-layout.js';

// The `demo` marketplace: a job-post page and a profile page. Like an outside marketplace, they
// read the brief from the link's query parameters and know only their own freelancers.

type Query = Record<string, unknown>;

const str = (q: Query, key: string): string | undefined =>
  typeof q[key] === 'string' && (q[key] as string).length ? (q[key] as string) : undefined;
const num = (q: Query, key: string): number | undefined => {
  const v = Number(str(q, key));
  return Number.isFinite(v) && str(q, key) !== undefined ? v : undefined;
};

function briefSection(q: Query, heading: string): Html {
  const skills = (str(q, 'skills') ?? '').split(',').filter(Boolean);
  const rateMin = num(q, 'rate_min');
  const rateMax = num(q, 'rate_max');
  const price = priceText({
    budget_usd: num(q, 'budget_usd'),
    hourly_rate:
      rateMin !== undefined || rateMax !== undefined ? { min: rateMin, max: rateMax } : undefined,
  });
  const weeks = num(q, 'duration_weeks');
  return html`<section id="brief">
    <h2>${heading}</h2>
    <h1 id="job-title">${str(q, 'title') ?? 'Untitled job'}</h1>
    <p class="desc" id="job-description">${str(q, 'description') ?? ''}</p>
    ${
      skills.length
        ? html`<ul class="chips" id="job-skills">
            ${skills.map((s) => html`<li>${s}</li>`)}
          </ul>`
        : ''
    }
    <dl>
      ${
        price
          ? html`<dt>Budget</dt>
              <dd>${price}</dd>`
          : ''
      }
      ${
        weeks !== undefined
          ? html`<dt>Duration</dt>
              <dd>${weeks} week${weeks === 1 ? '' : 's'}</dd>`
          : ''
      }
      ${
        str(q, 'start_date')
          ? html`<dt>Start</dt>
              <dd>${str(q, 'start_date')}</dd>`
          : ''
      }
      ${
        str(q, 'ref')
          ? html`<dt>Reference</dt>
              <dd>${str(q, 'ref')}</dd>`
          : ''
      }
    </dl>
  </section>`;
}

export async function jobPostPage(db: Db, q: Query, access: DemoAccess): Promise<string> {
  const ids = (str(q, 'freelancers') ?? '')
    .split(',')
    .filter((id) => id && mayShow(access, id))
    .slice(0, 10);
  const carried = !access.all && access.token ? `&token=${encodeURIComponent(access.token)}` : '';
  const people = ids.length
    ? await db
        .selectFrom('freelancers')
        .select(['external_id', 'name', 'title', 'hourly_rate_usd', 'rating', 'country'])
        .where('external_id', 'in', ids)
        .where('ai_opt_in', '=', true)
        .execute()
    : [];
  const byId = new Map(people.map((p) => [p.external_id, p]));
  const ordered = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const ref = str(q, 'ref') ?? '';
  const shortlist = html`<section id="shortlist">
    <h2>Shortlist carried over (${ordered.length})</h2>
    ${ordered.map(
      (p) =>
        html`<div class="person" data-freelancer="${p.external_id}">
          <div class="avatar">${initials(p.name)}</div>
          <div class="grow">
            <a
              href="/demo/freelancers/${encodeURIComponent(p.external_id)}?ref=${encodeURIComponent(ref)}${carried}"
              ><strong>${p.name}</strong></a
            >
            <div class="muted">${p.title}</div>
          </div>
          <div>
            $${p.hourly_rate_usd}/h${p.rating !== null ? html` · ${p.rating.toFixed(1)}★` : ''} ·
            ${p.country.trim()}
          </div>
        </div>`,
    )}
    ${ordered.length ? '' : html`<p class="muted">No freelancers were carried over.</p>`}
  </section>`;
  const title = str(q, 'title') ?? 'New job post';
  return page(
    `Post a job: ${title}`,
    html`<p class="muted">Job post draft, filled in from your conversation. Review it and post.</p>
      ${briefSection(q, 'Job post')}${shortlist}
      <section>
        <span class="button" role="button" aria-disabled="true"
          >Post job and invite the shortlist</span
        >
        <p class="muted">This is a demo marketplace: nothing is posted.</p>
      </section>`,
  );
}

export async function profilePage(
  db: Db,
  freelancerId: string,
  q: Query,
): Promise<string | undefined> {
  let full;
  try {
    full = await loadFullProfile(db, freelancerId);
  } catch (err) {
    if (err instanceof ShortlistError) return undefined;
    throw err;
  }
  const f = full.freelancer;
  const action = str(q, 'action');
  // One line: the message keeps its own line breaks (pre-wrap), so the markup must add none.
  const message =
    `Hi ${f.name.split(' ')[0]}, I'd like to talk about "${str(q, 'title') ?? 'a project'}". ` +
    (str(q, 'description') ?? '');
  const intro =
    action === 'invite'
      ? html`<section class="notice">
          <h2>Invite ${f.name} to this job</h2>
          ${briefSection(q, 'The brief')}
          <span class="button" role="button" aria-disabled="true">Send invitation</span>
        </section>`
      : action === 'message'
        ? html`<section class="notice">
            <h2>Message ${f.name}</h2>
            <p class="desc">${message}</p>
            <span class="button" role="button" aria-disabled="true">Send message</span>
          </section>`
        : str(q, 'title')
          ? html`<p class="muted">Viewing for: ${str(q, 'title')}</p>`
          : '';
  const reviews = full.contracts.filter((c) => c.feedback).slice(0, 5);
  return page(
    `${f.name}: ${f.title}`,
    html`${intro}
      <section>
        <div class="person">
          <div class="avatar">${initials(f.name)}</div>
          <div class="grow">
            <h1>${f.name}</h1>
            <div class="muted">${f.title}</div>
          </div>
          <div>
            $${f.hourly_rate_usd}/h${f.rating !== null ? html` · ${f.rating.toFixed(1)}★ (${f.reviews_count})` : ''}
          </div>
        </div>
        <p class="desc">${f.overview}</p>
        <ul class="chips">
          ${full.skills.slice(0, 15).map((s) => html`<li>${s.name_as_written || s.name}${s.years ? ` · ${s.years} y` : ''}</li>`)}
        </ul>
        <dl>
          <dt>Location</dt>
          <dd>${f.city ? `${f.city}, ` : ''}${f.country.trim()} (${f.timezone})</dd>
          <dt>Jobs</dt>
          <dd>
            ${f.jobs_completed}${f.job_success !== null ? ` · ${f.job_success}% job success` : ''}
          </dd>
          <dt>Availability</dt>
          <dd>${f.hours_per_week} h/week</dd>
        </dl>
      </section>
      ${
        reviews.length
          ? html`<section>
              <h2>Client feedback</h2>
              ${reviews.map((c) => html`<p>“${c.feedback}” <span class="muted">${c.rating ?? ''}${c.rating ? '★' : ''} · ${c.title}</span></p>`)}
            </section>`
          : ''
      }`,
  );
}
