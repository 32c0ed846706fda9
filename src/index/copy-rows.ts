import type { ProfileRows } from './profile-rows.js';

// A profile's rows in COPY's text format. The importer's worker threads write them, each row
// beginning with a blank id field ID_WIDTH characters wide; the main thread, which alone hands out
// ids, writes the id into that field in place (`writeId`), so the bytes travel from the worker to
// the connection without being copied or re-encoded. Postgres reads a space-padded integer as the
// integer. The layouts below are the only description of the columns and their order.

export const ID_WIDTH = 12;

type Encode = (value: never) => string;

export interface CopyLayout {
  table: string;
  /** The columns after the id column, in the order each line carries them. */
  columns: string[];
  encoders: Encode[];
}

function layout(table: string, spec: Record<string, Encode>): CopyLayout {
  return { table, columns: Object.keys(spec), encoders: Object.values(spec) };
}

const NULL = '\\N';
const text = (v: string | null | undefined) => (v == null ? NULL : escapeCopy(v));
const num = (v: number | null | undefined) => (v == null ? NULL : String(v));
const bool = (v: boolean | null | undefined) => (v == null ? NULL : v ? 't' : 'f');
const ints = (v: number[]) => `{${v.join(',')}}`;
const texts = (v: string[]) => escapeCopy(`{${v.map(arrayElement).join(',')}}`);
const json = (v: unknown) => escapeCopy(JSON.stringify(v));

/** The staging table's freelancer columns: what `freelancers` stores, plus the two texts its
 * search documents are built from (`*_text`). */
export const FREELANCER_LAYOUT = layout('import_freelancers', {
  external_id: text,
  name: text,
  title: text,
  overview: text,
  hourly_rate_usd: num,
  country: text,
  city: text,
  timezone: text,
  region: text,
  hours_per_week: num,
  available_from: text,
  talent_type: text,
  rating: num,
  reviews_count: num,
  jobs_completed: num,
  job_success: num,
  total_earnings_usd: num,
  total_hours: num,
  member_since: text,
  response_time_hours: num,
  experience_years: num,
  prior_score: num,
  max_evidence: num,
  badges: texts,
  certifications: json,
  skill_ids: ints,
  other_skills: texts,
  ai_opt_in: bool,
  skills_text: text,
  evidence_text: text,
  source_hash: text,
});

/** The child tables, each with the part of ProfileRows that fills it. */
export const CHILD_LAYOUTS = [
  {
    from: 'skills',
    ...layout('freelancer_skills', {
      skill_id: num,
      name_as_written: text,
      years: num,
      level: text,
      evidence_count: num,
      rated: num,
      rating_sum: num,
      judged: num,
      succeeded: num,
    }),
  },
  {
    from: 'languages',
    ...layout('freelancer_languages', { code: text, level: text, level_rank: num }),
  },
  {
    from: 'portfolio',
    ...layout('portfolio_items', {
      position: num,
      title: text,
      description: text,
      skills: texts,
      skill_ids: ints,
      url: text,
    }),
  },
  {
    from: 'contracts',
    ...layout('contracts', {
      position: num,
      title: text,
      description: text,
      skills: texts,
      skill_ids: ints,
      start_date: text,
      end_date: text,
      amount_usd: num,
      hourly: bool,
      rating: num,
      feedback: text,
      on_time: bool,
      rehired: bool,
      success: bool,
    }),
  },
] as const satisfies readonly (CopyLayout & { from: keyof ProfileRows['children'] })[];

/** Every layout a profile is written with: the staging freelancer row first, then the children. */
export const COPY_LAYOUTS: readonly CopyLayout[] = [FREELANCER_LAYOUT, ...CHILD_LAYOUTS];

const BLANK_ID = ' '.repeat(ID_WIDTH);

/** A profile's lines for each of COPY_LAYOUTS, in that order ('' for a table it has no rows in). */
export function copyLines(rows: ProfileRows): string[] {
  const lines = [rowLine(FREELANCER_LAYOUT, rows.freelancer)];
  for (const child of CHILD_LAYOUTS) {
    let all = '';
    for (const row of rows.children[child.from]) all += rowLine(child, row);
    lines.push(all);
  }
  return lines;
}

function rowLine(layout: CopyLayout, row: object): string {
  const values = row as Record<string, never>;
  const { columns, encoders } = layout;
  const fields = new Array<string>(columns.length + 1);
  fields[0] = BLANK_ID;
  for (let i = 0; i < columns.length; i++) fields[i + 1] = encoders[i](values[columns[i]]);
  return fields.join('\t') + '\n';
}

/** Writes `id` right-aligned into the blank id field of every line in bytes[start, end). */
export function writeId(bytes: Uint8Array, start: number, end: number, id: number): void {
  const digits = String(id);
  if (digits.length > ID_WIDTH) throw new Error(`profile id ${id} is too long for COPY lines`);
  let at = start;
  while (at < end) {
    for (let i = 0; i < digits.length; i++) {
      bytes[at + ID_WIDTH - digits.length + i] = digits.charCodeAt(i);
    }
    at = bytes.indexOf(10, at + ID_WIDTH) + 1;
    if (at === 0) break;
  }
}

function arrayElement(v: string): string {
  return `"${v.replace(/["\\]/g, '\\$&')}"`;
}

// COPY text format: backslash, tab, newline and carriage return are the only bytes to escape.
function escapeCopy(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) =>
        c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
      )
    : text;
}
