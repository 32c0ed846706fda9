import type { Profile } from '../../../src/index/profile.js';

// Hand-made profiles whose track record is worked out by hand in the tests, as of AS_OF.

export const AS_OF = new Date('2026-11-01T12:00:00Z');

const base = {
  overview: 'Front-end developer building React and Next.js storefronts.',
  hourly_rate_usd: 70,
  location: { country: 'PT', city: 'Lisbon', timezone: 'Europe/Lisbon' },
  languages: [
    { code: 'en', level: 'fluent' as const },
    { code: 'pt', level: 'native' as const },
  ],
  availability: { hours_per_week: 30 },
  talent_type: 'independent' as const,
  badges: [],
  portfolio: [
    { title: 'Headless shop', description: 'A Next.js storefront.', skills: ['Next.js'] },
  ],
  certifications: [],
};

export const ANA: Profile = {
  ...base,
  external_id: 'fx_ana',
  name: 'Ana Fixture',
  title: 'React developer for e-commerce',
  skills: [
    { name: 'React', years: 6, level: 'expert' },
    { name: 'TypeScript', years: 4, level: 'intermediate' },
    { name: 'Python', years: 2, level: 'beginner' },
  ],
  stats: {
    rating: 4.2,
    reviews_count: 5,
    jobs_completed: 5,
    job_success: 90,
    total_earnings_usd: 8800,
    total_hours: 300,
    member_since: '2022-06-01',
    response_time_hours: 3.5,
  },
  work_history: [
    {
      title: 'Shop rebuild',
      skills: ['React'],
      start: '2023-01-10',
      end: '2023-03-10',
      amount_usd: 1000,
      outcome: { rating: 3, on_time: true, rehired: false, success: true, feedback: 'Solid work.' },
    },
    {
      title: 'Data script',
      skills: ['Python'],
      start: '2024-02-01',
      end: '2024-02-21',
      amount_usd: 2000,
      outcome: { rating: 5, on_time: false, rehired: true, success: true },
    },
    {
      title: 'Next.js storefront',
      skills: ['Next.js'],
      start: '2025-10-15',
      end: '2025-12-01',
      amount_usd: 1500,
      outcome: {
        rating: 4.5,
        on_time: true,
        rehired: true,
        success: true,
        feedback: 'Fast and careful.',
      },
    },
    {
      title: 'Checkout in TypeScript',
      skills: ['React', 'TypeScript'],
      start: '2026-03-01',
      end: '2026-04-10',
      amount_usd: 3000,
      outcome: { rating: 5, on_time: true, rehired: false, success: true, feedback: 'Excellent.' },
    },
    {
      title: 'Design handoff',
      skills: ['Figma'],
      start: '2026-08-01',
      end: '2026-09-15',
      amount_usd: 500,
      outcome: { rating: 3.5, on_time: true, success: false },
    },
    { title: 'Ongoing React work', skills: ['React'], start: '2026-10-01', amount_usd: 800 },
  ],
  ai_opt_in: true,
};

/** Only two finished contracts: every rate is "not enough history". */
export const BEN: Profile = {
  ...base,
  external_id: 'fx_ben',
  name: 'Ben Newcomer',
  title: 'Junior React developer',
  skills: [{ name: 'React', years: 1, level: 'beginner' }],
  stats: {
    rating: 5,
    reviews_count: 2,
    jobs_completed: 2,
    total_earnings_usd: 900,
    total_hours: 40,
    member_since: '2026-01-10',
  },
  work_history: [
    {
      title: 'Landing page',
      skills: ['React'],
      start: '2026-02-01',
      end: '2026-02-20',
      amount_usd: 400,
      outcome: { rating: 5, on_time: true, rehired: true, success: true },
    },
    {
      title: 'Widget',
      skills: ['React'],
      start: '2026-05-01',
      end: '2026-05-11',
      amount_usd: 500,
      outcome: { rating: 5, on_time: true, rehired: false, success: true },
    },
  ],
  ai_opt_in: true,
};

/** Declined AI features: must never be returned. */
export const OLGA: Profile = {
  ...BEN,
  external_id: 'fx_olga',
  name: 'Olga Optout',
  ai_opt_in: false,
};
