import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, readWords, type Family } from './instruction-patch.js';

// Going back and taking off. The words cannot tell what the criteria were before, so "undo that",
// "go back to before" or "put the job success back" change nothing and a notice says to refine
// from the earlier search_id; with a value ("go back to $50") the value is read as said. "Take the
// filter off", "kill the filter" and "never mind the agency thing" clear, never move, a filter.

const BACK = [
  'undo that',
  'undo',
  'go back to before',
  'hmm no go back to how it was before',
  'put the job success back',
  'revert the last change',
  'start over',
  "let's start from scratch",
  'bring back the previous results',
];

const FAMILIES: Family[] = [
  {
    name: 'taking a filter off clears it',
    base: { min_job_success: 90 },
    patch: { clear: ['min_job_success'] },
    say: [
      'take the job success filter off',
      'kill the job success filter',
      'turn the job success filter off',
      'cancel the job success minimum',
      'never mind the job success',
    ],
  },
  {
    name: 'a replaced talent type is the new one',
    base: { talent_type: 'agency' },
    patch: { talent_type: 'independent' },
    say: ['not agencies, independents', 'no agencies, independents only'],
  },
];

describe('going back and taking off', () => {
  it('going back changes nothing and says to refine from the earlier search_id', () => {
    for (const say of BACK) {
      const read = readWords(say, { min_job_success: 90, hourly_rate: { max: 40 } });
      expect(read.patch, say).toEqual({});
      expect(read.notices.join(' '), say).toContain('search_id');
    }
  });

  it('going back to a value said sets it', () => {
    expect(patchOf('go back to $50', { hourly_rate: { max: 40 } })).toEqual({
      hourly_rate: { max: 50 },
    });
    expect(patchOf('undo the rate cap', { hourly_rate: { max: 40 } })).toEqual({
      clear: ['hourly_rate'],
    });
  });

  it('a correction in the same words is no going back', () => {
    const read = readWords('scratch that, make it 50', { hourly_rate: { max: 40 } });
    expect(read.patch).toEqual({ hourly_rate: { max: 50 } });
    expect(read.notices.join(' ')).not.toContain('search_id');
  });

  itReadsEachFamily(FAMILIES);

  it('what is brought back is allowed again, never narrowed to', () => {
    expect(patchOf('bring back agencies', { talent_type: 'independent' })).toEqual({
      talent_type: 'any',
    });
    expect(patchOf('put India back', { location: { exclude_countries: ['IN'] } })).toEqual({
      clear: ['location'],
    });
  });

  it('never minding the agencies lifts a filter that left them out', () => {
    expect(patchOf('never mind about the agency thing', { talent_type: 'independent' })).toEqual({
      clear: ['talent_type'],
    });
  });

  it('a slip that could be either of two words that read the same is mended', () => {
    expect(patchOf('somthing cheapr', { hourly_rate: { max: 70 } }).hourly_rate?.max).toBeLessThan(
      70,
    );
  });
});
