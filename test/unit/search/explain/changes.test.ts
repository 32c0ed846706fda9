import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../../../src/search/explain/changes.js';

const base = { query: 'react developer' };

describe('describeChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(describeChanges({ ...base, min_rating: 4 }, { ...base, min_rating: 4 })).toEqual([]);
  });

  it('says a new value beside the old one, once for a field two filters share', () => {
    expect(
      describeChanges(
        { ...base, hourly_rate: { min: 20, max: 80 } },
        { ...base, hourly_rate: { min: 20, max: 60 } },
      ),
    ).toEqual(['hourly rate: min 20, max 60 (was min 20, max 80)']);
  });

  it('says a cleared field and a newly set one', () => {
    expect(
      describeChanges({ ...base, hourly_rate: { max: 80 } }, { ...base, talent_type: 'agency' }),
    ).toEqual(['hourly rate: cleared', 'talent type: agency']);
  });

  it('says what was added to and removed from skill lists and exclusions', () => {
    const changes = describeChanges(
      { ...base, required_skills: ['React'], preferred_skills: ['Redux'] },
      {
        ...base,
        required_skills: ['React', 'TypeScript'],
        exclude_freelancer_ids: ['fl_1'],
      },
    );
    expect(changes).toEqual(
      expect.arrayContaining([
        'required skills: added TypeScript',
        'preferred skills: removed Redux',
        'excluded: added fl_1',
      ]),
    );
    expect(changes).toHaveLength(3);
  });

  it('quotes a new query and says a project change', () => {
    expect(
      describeChanges(base, { query: 'vue developer', project: { duration_weeks: 12 } }),
    ).toEqual(['query: "vue developer"', 'project: duration weeks 12']);
  });
});
