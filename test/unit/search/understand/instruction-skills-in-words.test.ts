import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// Skills said in words: requirements said in the plural or as "no longer optional", requirements
// given up ("stop requiring"), the last item of a list after an Oxford comma, everyday words that
// name a skill asked for ("forget sketch"), skills with a slip ("kubernets"), keeping one skill
// and dropping the rest, and corrections ("add Vue, sorry, I meant React").

const FAMILIES: Family[] = [
  {
    name: 'optional no more is required',
    base: { preferred_skills: ['Python'] },
    patch: { add_required_skills: ['Python'] },
    say: [
      'python is no longer optional',
      "python isn't optional anymore",
      'python is not optional',
      'python is no longer just a bonus',
      'python is more than a nice to have now, make it a must',
      'python must be required not optional',
      'python is a must-have now',
      'python is a hard requirement',
    ],
  },
  {
    name: 'a required skill moved to the preferred list',
    base: { required_skills: ['React'] },
    patch: { remove_required_skills: ['React'], add_preferred_skills: ['React'] },
    say: ['make react preferred', 'move React to preferred', 'react: nice to have'],
  },
  {
    name: 'required, not preferred',
    base: { preferred_skills: ['React'] },
    patch: { add_required_skills: ['React'] },
    say: ['react should be required not preferred', 'React is required not preferred'],
  },
  {
    name: 'a requirement given up stays preferred',
    base: { required_skills: ['Python', 'Pandas'] },
    patch: { remove_required_skills: ['Pandas'], add_preferred_skills: ['Pandas'] },
    say: ['stop requiring pandas', "don't require pandas", 'we no longer require pandas'],
  },
  {
    name: 'a list goes on across an Oxford comma',
    base: {},
    patch: { add_required_skills: ['Docker', 'Kubernetes', 'Terraform'] },
    say: [
      'they need docker, k8s, and terraform',
      'docker, kubernetes, and terraform are required',
      'must know docker, kubernetes, and terraform',
      'need someone who knows docker, k8s, and terraform',
    ],
  },
  {
    name: 'a skill with one slip is that skill',
    base: {},
    patch: { add_required_skills: ['Kubernetes'] },
    say: ['kubernets is required', 'kuberentes is a must', 'must know kubernetess'],
  },
  {
    name: 'an everyday word is the skill the criteria ask for',
    base: { required_skills: ['Figma', 'Sketch'] },
    patch: { remove_required_skills: ['Sketch'], remove_preferred_skills: ['Sketch'] },
    say: ['forget sketch, nobody uses it anymore', 'drop sketch', 'no more sketch'],
  },
  {
    name: 'keep one skill and drop the rest',
    base: { required_skills: ['React', 'Redux', 'Jest'] },
    patch: {
      remove_required_skills: ['Redux', 'Jest'],
      remove_preferred_skills: ['Redux', 'Jest'],
    },
    say: [
      'keep React, drop the rest',
      'keep react and remove the others',
      'drop everything except react',
      'remove all skills but react',
      'get rid of everything but React',
      'keep react, lose everything else',
      'ditch all the other skills, keep react',
      'everything except React can go',
      'everything but react can be dropped',
    ],
  },
  {
    name: 'a correction replaces the thing before it',
    base: {},
    patch: { add_required_skills: ['React'] },
    say: [
      'must know Vue, sorry I meant React',
      'Vue is required, no wait, React',
      'requires vue, or rather react',
    ],
  },
];

describe('skills said in words', () => {
  itReadsEachFamily(FAMILIES);

  it('a label and a colon head the list after it', () => {
    expect(patchOf('Required: Docker, Kubernetes')).toEqual({
      add_required_skills: ['Docker', 'Kubernetes'],
    });
    // Before: "nice-to-haves:" alone was read as said of Python and SQL, which lost their "must".
    const patch = patchOf('must-haves: python, sql. nice-to-haves: airflow');
    expect(patch.add_required_skills).toEqual(['Python', 'SQL']);
    expect(patch.remove_required_skills ?? []).not.toContain('Python');
    expect(patch.add_preferred_skills).toEqual(['Apache Airflow']);
  });

  it('a correction never applies the thing corrected', () => {
    const patch = patchOf('add Vue, sorry I meant React');
    expect(JSON.stringify(patch)).not.toContain('Vue');
    expect(patch.add_preferred_skills ?? patch.add_required_skills).toEqual(['React']);
  });

  it('"nobody who only does X" never ranks X up', () => {
    const patch = patchOf('nobody who only does wordpress');
    expect(patch.add_preferred_skills ?? []).not.toContain('WordPress');
    expect(patch.add_required_skills ?? []).not.toContain('WordPress');
  });

  it('"keep everything except React" drops React, the others stay', () => {
    expect(patchOf('keep everything except react', { required_skills: ['React', 'Jest'] })).toEqual(
      {
        remove_required_skills: ['React'],
        remove_preferred_skills: ['React'],
      },
    );
  });

  it('"everything but Asia" still leaves Asia out', () => {
    expect(patchOf('everything but asia').location?.exclude_regions).toEqual(['asia']);
  });

  // Dropping the rest never drops the skill that is kept, whichever skills are held.
  const SKILLS = ['React', 'Redux', 'Jest', 'TypeScript', 'GraphQL', 'Docker'];
  it('the skill kept is never dropped', () => {
    fc.assert(
      fc.property(
        fc.subarray(SKILLS, { minLength: 1 }),
        fc.constantFrom(...SKILLS),
        fc.constantFrom(
          'keep {s}, drop the rest',
          'drop everything except {s}',
          'only {s}, lose the others',
        ),
        (held, kept, form) => {
          const patch = patchOf(form.replace('{s}', kept), { required_skills: held });
          expect(patch.remove_required_skills ?? []).not.toContain(kept);
          expect(patch.remove_preferred_skills ?? []).not.toContain(kept);
        },
      ),
    );
  });
});
