import type { Item, Mode } from './items.js';
import { eachPhrase } from './phrase-table.js';

// The words that say how a skill is wanted beyond the plain markers of lexicon.ts: requirements
// said in the plural or as "no longer optional", requirements given up ("stop requiring"), the
// rest of a list ("keep React, drop the rest") and corrections ("add Vue, sorry, I meant React").

const each = eachPhrase<Item>;
const mode = (m: Mode): Item => ({ k: 'mode', mode: m });

const DROP_VERBS = 'drop|remove|lose|ditch|clear|scrap|forget|get rid of|take off|delete|bin|cut';
const ALL_OF_THEM =
  'everything|all|all skills|all the skills|all the other skills|all of them|all requirements|' +
  'all the requirements|every skill|every other skill|all other skills';
const SAVE = 'except|except for|but|other than|apart from|besides|save for';

/** "Drop everything except React": each verb, each "all of them" and each "except", joined. */
function dropAllExcept(withVerb: boolean): string {
  const out: string[] = [];
  for (const all of ALL_OF_THEM.split('|'))
    for (const save of SAVE.split('|'))
      if (!withVerb) out.push(`${all} ${save}`);
      else for (const verb of DROP_VERBS.split('|')) out.push(`${verb} ${all} ${save}`);
  return out.join('|');
}

// "GraphQL is not just nice to have": more than wished for, so required (read whole, before "is
// not" can take the "not").
const MORE_THAN_A_WISH = ['is not just', "isn't just", 'is not only', "isn't only", 'is more than']
  .flatMap((lead) =>
    ['nice to have', 'a nice to have', 'a nice-to-have', 'a bonus', 'a plus'].map(
      (wish) => `${lead} ${wish}`,
    ),
  )
  .join('|');

export const SKILL_PHRASES: [string, Item][] = [
  ...each(MORE_THAN_A_WISH, mode('require')),
  ...each(
    'musts|are musts|must haves|must-haves|the must-haves|hard requirement|hard requirements|' +
      // Optional no more is required: "Python is no longer optional" never drops Python.
      "no longer optional|not optional|not optional anymore|isn't optional|isnt optional|" +
      "is not optional|aren't optional|are not optional|no longer a nice-to-have|" +
      'no longer a bonus|no longer a plus|no longer just a bonus|not just a bonus|not just a plus|' +
      'not just nice to have|not just a nice-to-have|more than a bonus|more than a plus|' +
      // "Need someone who knows Docker": the need covers what the someone knows.
      'need someone|needs someone|need somebody|need people|need a person|need someone who|' +
      'need someone that|need people who|' +
      // What cannot be done without: "Docker is critical", "they gotta know Figma".
      'critical|crucial|vital|is key|are key|key requirement|a key requirement|gotta|gotta have|' +
      'gotta know|got to know|got to have|skilled in|well versed in|well-versed in|expertise in|strong knowledge of|' +
      'deep knowledge of|solid knowledge of|in-depth knowledge of|a strong background in',
    mode('require'),
  ),
  ...each(
    "stop requiring|no longer require|don't require|dont require|do not require|quit requiring",
    mode('optional'),
  ),
  // Ranking no more: "stop prioritizing Shopify" takes it off, never ranks it up.
  ...each(
    'stop prioritizing|stop prioritising|stop ranking by|stop favoring|stop favouring|' +
      "stop boosting|don't prioritize|don't prioritise|deprioritize|deprioritise|no longer prioritize",
    { k: 'clear' },
  ),
  // "Keep React, drop the rest": every skill asked for but those named goes.
  ...each(
    'the rest|the others|others|everything else|anything else|all else|all the rest|' +
      'all the others|all others|the other skills|other skills|the other ones|the rest of them|' +
      'the rest of the skills|the remaining skills|the other requirements|the other stuff',
    { k: 'rest' },
  ),
  // "Just React, nothing else": the rest denied, a drop of its own (never a negated React).
  ...each(
    'nothing else|and nothing else|no others|no other skills|no other skill|' +
      'no other requirements|no other requirement|none of the others|none of the other skills|' +
      'no other tech|no other tools|no other frameworks',
    { k: 'rest', verb: true },
  ),
  ...each(dropAllExcept(false), { k: 'rest', except: true }),
  ...each(dropAllExcept(true), { k: 'rest', except: true, verb: true }),
  // A correction within the same words: the thing after it replaces the like thing before it.
  ...each(
    'sorry i meant|sorry i mean|i meant|i mean|no wait|wait no|or rather|scratch that|correction|' +
      'sorry not|my bad|oops',
    { k: 'correct' },
  ),
];
