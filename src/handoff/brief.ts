import { z } from 'zod';

// The brief the assistant drafts from the conversation, and how it travels to the marketplace:
// as query parameters on the redirect, so the page that opens already holds it.

const isoDate = z.iso.date({ error: 'must be an ISO date such as 2026-12-01' });

export const JobBrief = z
  .object({
    title: z.string().trim().min(3, 'give the job a title of a few words').max(120),
    description: z
      .string()
      .trim()
      .min(10, 'describe the work in a sentence or two')
      .max(3000, 'keep the description under 3,000 characters'),
    skills: z.array(z.string().trim().min(1).max(80)).max(15),
    hourly_rate: z
      .object({
        min: z.number().min(1).max(1000).optional(),
        max: z.number().min(1).max(1000).optional(),
      })
      .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
        message: 'hourly_rate.min must not be above hourly_rate.max',
      })
      .optional()
      .describe('For an hourly job, in USD. Give this or budget_usd, not both.'),
    budget_usd: z
      .number()
      .min(5)
      .max(10_000_000)
      .optional()
      .describe('For a fixed-price job, in USD.'),
    duration_weeks: z.number().min(1).max(520).optional(),
    start_date: isoDate.optional(),
  })
  .refine((j) => j.hourly_rate === undefined || j.budget_usd === undefined, {
    message: 'give either hourly_rate (an hourly job) or budget_usd (a fixed price), not both',
  });
export type JobBrief = z.infer<typeof JobBrief>;

/** Longer descriptions are cut in the link (the full text stays in the handoff record). */
const DESCRIPTION_IN_LINK = 1500;

export function briefParams(job: JobBrief, shortlist: string[], ref: string): URLSearchParams {
  const p = new URLSearchParams();
  p.set('title', job.title);
  p.set(
    'description',
    job.description.length > DESCRIPTION_IN_LINK
      ? `${job.description.slice(0, DESCRIPTION_IN_LINK - 1)}…`
      : job.description,
  );
  if (job.skills.length) p.set('skills', job.skills.join(','));
  if (job.hourly_rate?.min !== undefined) p.set('rate_min', String(job.hourly_rate.min));
  if (job.hourly_rate?.max !== undefined) p.set('rate_max', String(job.hourly_rate.max));
  if (job.budget_usd !== undefined) p.set('budget_usd', String(job.budget_usd));
  if (job.duration_weeks !== undefined) p.set('duration_weeks', String(job.duration_weeks));
  if (job.start_date) p.set('start_date', job.start_date);
  if (shortlist.length) p.set('freelancers', shortlist.join(','));
  p.set('ref', ref);
  return p;
}

/** "$40–60/h", "$5,000 fixed" or "" */
export function priceText(job: Pick<JobBrief, 'hourly_rate' | 'budget_usd'>): string {
  const usd = (n: number) => `$${n.toLocaleString('en')}`;
  if (job.budget_usd !== undefined) return `${usd(job.budget_usd)} fixed`;
  const r = job.hourly_rate;
  if (!r || (r.min === undefined && r.max === undefined)) return '';
  if (r.min !== undefined && r.max !== undefined) return `${usd(r.min)}–${r.max}/h`;
  return r.max !== undefined ? `up to ${usd(r.max)}/h` : `from ${usd(r.min!)}/h`;
}

export function appendParams(url: string, params: URLSearchParams): string {
  const u = new URL(url);
  for (const [k, v] of params) u.searchParams.set(k, v);
  return u.toString();
}
