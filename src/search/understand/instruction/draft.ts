import type { Criteria, Region } from '../../../core/criteria.js';
import type { RefinePatch } from '../../../core/refine-patch.js';

// The criteria being edited while a refinement is read, and the patch that results: fields that
// changed are sent whole (a field given replaces the old one), skills as add/remove lists, and
// fields that were dropped go in `clear`.

export type Location = NonNullable<Criteria['location']> & {
  exclude_countries?: string[];
  exclude_regions?: Region[];
};

export type Fields = Omit<
  Criteria,
  'query' | 'required_skills' | 'preferred_skills' | 'exclude_freelancer_ids' | 'location'
> & { location?: Location };

/** What words can change: everything a refinement takes but the query and whole skill lists. */
export type InstructionPatch = Omit<RefinePatch, 'query' | 'required_skills' | 'preferred_skills'>;

const FIELD_KEYS = [
  'hourly_rate',
  'location',
  'languages',
  'experience_level',
  'availability',
  'min_rating',
  'min_job_success',
  'min_jobs_completed',
  'talent_type',
  'badges',
  'project',
] as const satisfies readonly (keyof Fields)[];

export class Draft {
  readonly fields: Fields;
  readonly addRequired: string[] = [];
  readonly removeRequired: string[] = [];
  readonly addPreferred: string[] = [];
  readonly removePreferred: string[] = [];
  readonly exclude: string[] = [];
  readonly clearLists = new Set<
    'required_skills' | 'preferred_skills' | 'exclude_freelancer_ids'
  >();
  moreLike?: string;
  /** Placed already in this refinement: later places add to the list instead of replacing it. */
  placesSaid = false;

  constructor(readonly before: Criteria & { location?: Location }) {
    const f: Record<string, unknown> = {};
    for (const k of FIELD_KEYS) if (before[k] !== undefined) f[k] = structuredClone(before[k]);
    this.fields = f as Fields;
  }

  location(): Location {
    this.fields.location ??= {};
    return this.fields.location;
  }

  /** Drop empty objects and lists, so "no filter" is always `undefined`. */
  private tidy(): void {
    const f = this.fields as Record<string, unknown>;
    for (const k of FIELD_KEYS) {
      const v = f[k];
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        for (const [kk, vv] of Object.entries(v)) {
          if (vv === undefined || (Array.isArray(vv) && vv.length === 0))
            delete (v as Record<string, unknown>)[kk];
        }
        if (Object.keys(v).length === 0) delete f[k];
      } else if (Array.isArray(v) && v.length === 0) delete f[k];
      else if (v === undefined) delete f[k];
    }
  }

  toPatch(): InstructionPatch {
    this.tidy();
    const patch: InstructionPatch = {};
    const clear: (keyof Criteria)[] = [];
    for (const k of FIELD_KEYS) {
      const a = this.before[k];
      const b = this.fields[k];
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      if (b === undefined) clear.push(k);
      else (patch as Record<string, unknown>)[k] = b;
    }
    const list = (key: keyof InstructionPatch, values: string[]) => {
      const unique = [...new Set(values)];
      if (unique.length) (patch as Record<string, unknown>)[key] = unique;
    };
    list('add_required_skills', this.addRequired);
    list('remove_required_skills', this.removeRequired);
    list('add_preferred_skills', this.addPreferred);
    list('remove_preferred_skills', this.removePreferred);
    list('exclude_freelancer_ids', this.exclude);
    if (this.moreLike) patch.more_like = this.moreLike;
    for (const k of this.clearLists) if (this.before[k]?.length) clear.push(k);
    if (clear.length) patch.clear = clear;
    return patch;
  }
}
