import { z } from 'zod';
import { BADGES, LANGUAGE_LEVELS, SKILL_LEVELS, TALENT_TYPES } from '../reference/profile-terms.js';

// The import format of DESIGN §4. `schemas/profile.json` is generated from this schema, so the
// JSON Schema and the importer can never disagree.

const isoDate = z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' });

export const ProfileSkill = z.object({
  name: z.string().trim().min(1).max(80),
  years: z.number().min(0).max(60).optional(),
  level: z.enum(SKILL_LEVELS).optional(),
});

export const ContractOutcome = z.object({
  rating: z.number().min(1).max(5).optional(),
  feedback: z.string().max(4000).optional(),
  on_time: z.boolean().optional(),
  rehired: z.boolean().optional(),
  success: z.boolean().optional(),
});

export const WorkHistoryItem = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(4000).optional(),
  skills: z.array(z.string().trim().min(1).max(80)).max(30),
  start: isoDate,
  end: isoDate.optional(),
  amount_usd: z.number().min(0).optional(),
  hourly: z.boolean().optional(),
  outcome: ContractOutcome.optional(),
});

export const PortfolioItem = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(4000),
  skills: z.array(z.string().trim().min(1).max(80)).max(30),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
});

export const Profile = z.object({
  external_id: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9._:~-]+$/, 'may hold only letters, digits and . _ : ~ -'),
  name: z.string().trim().min(1).max(120),
  title: z.string().trim().min(1).max(200),
  overview: z.string().max(10000),
  skills: z.array(ProfileSkill).max(60),
  hourly_rate_usd: z.number().min(1).max(1000),
  location: z.object({
    country: z
      .string()
      .length(2)
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code in capitals, such as "DE"'),
    city: z.string().max(100).optional(),
    timezone: z.string().refine(isTimeZone, 'must be an IANA time zone, such as "Europe/Berlin"'),
  }),
  languages: z
    .array(
      z.object({
        code: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code, such as "en"'),
        level: z.enum(LANGUAGE_LEVELS),
      }),
    )
    .max(20),
  availability: z.object({
    hours_per_week: z.number().min(0).max(80),
    available_from: isoDate.optional(),
  }),
  talent_type: z.enum(TALENT_TYPES),
  stats: z.object({
    rating: z.number().min(1).max(5).optional(),
    reviews_count: z.number().int().min(0),
    jobs_completed: z.number().int().min(0),
    job_success: z.number().min(0).max(100).optional(),
    total_earnings_usd: z.number().min(0),
    total_hours: z.number().min(0),
    member_since: isoDate,
    response_time_hours: z.number().min(0).optional(),
  }),
  badges: z.array(z.enum(BADGES)).max(4),
  portfolio: z.array(PortfolioItem).max(50),
  work_history: z.array(WorkHistoryItem).max(200),
  certifications: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(200),
        issuer: z.string().max(200).optional(),
        year: z.number().int().min(1950).max(2100).optional(),
      }),
    )
    .max(50),
  ai_opt_in: z.boolean(),
});

export type Profile = z.infer<typeof Profile>;
export type WorkHistoryItem = z.infer<typeof WorkHistoryItem>;

const knownZones = new Set(Intl.supportedValuesOf('timeZone'));

// Zones Intl accepts beyond its canonical list (aliases such as "Asia/Calcutta"), remembered:
// building a DateTimeFormat costs more than validating the rest of a profile.
const checkedZones = new Map<string, boolean>();

export function isTimeZone(name: string): boolean {
  if (knownZones.has(name)) return true;
  let valid = checkedZones.get(name);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      valid = name.includes('/') || name === 'UTC';
    } catch {
      valid = false;
    }
    if (checkedZones.size >= 10_000) checkedZones.clear();
    checkedZones.set(name, valid);
  }
  return valid;
}

/** A line of an import file that was not stored, and why. */
export interface RejectedLine {
  line: number;
  field: string;
  reason: string;
}

/**
 * One line of an import file as a profile, or why it is rejected. Here beside the schema, not in
 * import.ts, so the COPY importer's parser threads load neither Kysely nor the batched writer.
 */
export function parseLine(text: string, line: number): { profile: Profile } | RejectedLine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { line, field: '(line)', reason: 'is not valid JSON' };
  }
  const result = Profile.safeParse(json);
  if (result.success) return { profile: result.data };
  const issue = result.error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : '(profile)';
  return { line, field, reason: issue.message.replace(/^Invalid input: /, '') };
}
