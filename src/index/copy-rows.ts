import type { ProfileRows } from './profile-rows.js';

// A profile's rows in COPY's text format, one line per row, each without its leading
// freelancer_id: the importer's worker threads make these, and the main thread, which alone hands
// out ids, puts `id\t` before each line (`withId`). The column lists are the only description of
// the layout.

export const FREELANCER_COLUMNS = [
  'external_id',
  'name',
  'title',
  'overview',
  'hourly_rate_usd',
  'country',
  'city',
  'timezone',
  'region',
  'hours_per_week',
  'available_from',
  'talent_type',
  'rating',
  'reviews_count',
  'jobs_completed',
  'job_success',
  'total_earnings_usd',
  'total_hours',
  'member_since',
  'response_time_hours',
  'experience_years',
  'prior_score',
  'max_evidence',
  'badges',
  'certifications',
  'skill_ids',
  'other_skills',
  'ai_opt_in',
  'skills_text',
  'evidence_text',
  'source_hash',
] as const;

/** The child tables, their columns after freelancer_id, and which part of ProfileRows fills them. */
export const CHILD_TABLES = [
  {
    table: 'freelancer_skills',
    from: 'skills',
    columns: [
      'skill_id',
      'name_as_written',
      'years',
      'level',
      'evidence_count',
      'rated',
      'rating_sum',
      'judged',
      'succeeded',
    ],
  },
  { table: 'freelancer_languages', from: 'languages', columns: ['code', 'level', 'level_rank'] },
  {
    table: 'portfolio_items',
    from: 'portfolio',
    columns: ['position', 'title', 'description', 'skills', 'skill_ids', 'url'],
  },
  {
    table: 'contracts',
    from: 'contracts',
    columns: [
      'position',
      'title',
      'description',
      'skills',
      'skill_ids',
      'start_date',
      'end_date',
      'amount_usd',
      'hourly',
      'rating',
      'feedback',
      'on_time',
      'rehired',
      'success',
    ],
  },
] as const satisfies readonly {
  table: string;
  from: keyof ProfileRows['children'];
  columns: readonly string[];
}[];

export interface CopyLines {
  externalId: string;
  sourceHash: string;
  freelancer: string;
  /** Per entry of CHILD_TABLES, in that order: its lines joined by newlines ('' when none). */
  children: string[];
}

export function copyLines(rows: ProfileRows): CopyLines {
  // certifications is jsonb: written as JSON text, so an empty list is never read as an array.
  const f = {
    ...rows.freelancer,
    certifications: JSON.stringify(rows.freelancer.certifications),
  } as Record<string, unknown>;
  return {
    externalId: rows.freelancer.external_id,
    sourceHash: rows.freelancer.source_hash,
    freelancer: copyLine(FREELANCER_COLUMNS.map((c) => f[c])),
    children: CHILD_TABLES.map(({ from, columns }) =>
      (rows.children[from] as Record<string, unknown>[])
        .map((row) => copyLine(columns.map((c) => row[c])))
        .join('\n'),
    ),
  };
}

/**
 * Lines made by `copyLines`, each prefixed with the profile's id and ended by a newline. A raw
 * newline inside a value is escaped as `\n`, so every newline in `lines` separates two rows.
 */
export function withId(id: number, lines: string): string {
  if (lines === '') return '';
  const prefix = `${id}\t`;
  return prefix + lines.replaceAll('\n', '\n' + prefix) + '\n';
}

function copyLine(values: unknown[]): string {
  return values.map(copyValue).join('\t');
}

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) {
    return escapeCopy(`{${value.map(arrayElement).join(',')}}`);
  }
  if (typeof value === 'object') return escapeCopy(JSON.stringify(value));
  return escapeCopy(String(value));
}

function arrayElement(v: unknown): string {
  if (typeof v === 'number') return String(v);
  return `"${String(v).replace(/["\\]/g, '\\$&')}"`;
}

// COPY text format: backslash, tab, newline and carriage return are the only bytes to escape.
function escapeCopy(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) =>
        c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
      )
    : text;
}
