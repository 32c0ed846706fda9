// The closed vocabularies of a profile: what the import format accepts and what criteria can ask
// for, named once so the two can never disagree.

export const SKILL_LEVELS = ['beginner', 'intermediate', 'expert'] as const;
export const LANGUAGE_LEVELS = ['basic', 'conversational', 'fluent', 'native'] as const;
export const BADGES = ['top_rated', 'top_rated_plus', 'rising_talent', 'expert_vetted'] as const;
export const TALENT_TYPES = ['independent', 'agency'] as const;

export type SkillLevel = (typeof SKILL_LEVELS)[number];
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export type Badge = (typeof BADGES)[number];
