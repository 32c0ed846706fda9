import type { Migration } from 'kysely';
import * as talentIndex from './2026-11-22-1-talent-index.js';
import * as accounts from './2026-11-22-2-accounts.js';
import * as installSecrets from './2026-11-22-4-install-secrets.js';
import * as needSkillModel from './2026-12-01-1-need-skill-model.js';
import * as profileTextRecall from './2026-12-01-2-profile-text-recall.js';
import * as rateLimitWindows from './2026-12-01-7-rate-limit-windows.js';
import * as indexFacts from './2026-12-01-8-index-facts.js';
import * as textChampions from './2026-12-01-9-text-champions.js';
import * as titleLexemes from './2026-12-01-90-title-lexemes.js';
import * as searchRows from './2026-12-01-91-search-rows.js';
import * as searchRowsMatch from './2026-12-01-92-search-rows-match.js';
import * as recallPlace from './2026-12-01-93-recall-place.js';

// Listed here rather than read from the folder, so the same list works from source and from a
// build. Names sort in the order they run; a landed migration is never edited.
export const migrations: Record<string, Migration> = {
  '2026-11-22-1-talent-index': talentIndex,
  '2026-11-22-2-accounts': accounts,
  '2026-11-22-4-install-secrets': installSecrets,
  '2026-12-01-1-need-skill-model': needSkillModel,
  '2026-12-01-2-profile-text-recall': profileTextRecall,
  '2026-12-01-7-rate-limit-windows': rateLimitWindows,
  '2026-12-01-8-index-facts': indexFacts,
  '2026-12-01-9-text-champions': textChampions,
  '2026-12-01-90-title-lexemes': titleLexemes,
  '2026-12-01-91-search-rows': searchRows,
  '2026-12-01-92-search-rows-match': searchRowsMatch,
  '2026-12-01-93-recall-place': recallPlace,
};
