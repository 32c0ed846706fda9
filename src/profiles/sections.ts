import type { Account } from '../context.js';

// What each plan sees of a profile (DESIGN §3). The base sections are free; pro adds the track
// record and max adds the success prediction. A lower plan is told what a higher plan adds.

export const BASE_SECTIONS = ['profile', 'portfolio', 'work_history', 'reviews', 'fit'] as const;
export const SECTIONS = [...BASE_SECTIONS, 'track_record', 'success_prediction'] as const;
export type Section = (typeof SECTIONS)[number];

const PLAN_SECTIONS: Record<Account['plan'], readonly Section[]> = {
  free: BASE_SECTIONS,
  pro: [...BASE_SECTIONS, 'track_record'],
  max: SECTIONS,
};

const UPGRADE: { section: Section; plan: Account['plan']; adds: string }[] = [
  {
    section: 'track_record',
    plan: 'pro',
    adds:
      'the track record (on-time delivery, rehire rate, rating trend, work and earnings in the ' +
      'searched skills, contract length, response time)',
  },
  {
    section: 'success_prediction',
    plan: 'max',
    adds: 'a success prediction for the searched project from a model trained on past contracts',
  },
];

export interface SectionChoice {
  sections: Section[];
  notices: string[];
}

/** The sections to build: those asked for (default: all) that the plan allows, with notices. */
export function chooseSections(plan: Account['plan'], requested?: Section[]): SectionChoice {
  const allowed = PLAN_SECTIONS[plan];
  const wanted = requested?.length ? requested : SECTIONS;
  const notices: string[] = [];
  for (const u of UPGRADE) {
    if (allowed.includes(u.section)) continue;
    const asked = requested?.includes(u.section);
    notices.push(
      `${asked ? `"${u.section}" is not in the ${plan} plan. ` : ''}` +
        `The ${u.plan} plan adds ${u.adds}.`,
    );
  }
  return { sections: wanted.filter((s) => allowed.includes(s)), notices };
}
