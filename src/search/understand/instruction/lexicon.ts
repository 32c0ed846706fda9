import type { Item, Mode } from './items.js';
import { RELATIVE_PHRASES } from './lexicon-relative.js';
import { SKILL_PHRASES } from './lexicon-skills.js';
import { THING_PHRASES } from './lexicon-things.js';
import { eachPhrase } from './phrase-table.js';

// The words of a refinement, as data: each phrase (lower case, accents folded, words separated by
// one space) stands for one item. Longer phrases win over shorter ones at the same place, so
// "no more than" is a maximum before "no" is a negation. Here the markers, which say how a thing
// is meant; the things themselves (filters by name, units, filler) in lexicon-things.ts.

const each = eachPhrase<Item>;
const neg: Item = { k: 'neg' };
const clear: Item = { k: 'clear' };
const max: Item = { k: 'dir', dir: 'max' };
const min: Item = { k: 'dir', dir: 'min' };
const mode = (m: Mode): Item => ({ k: 'mode', mode: m });

export const PHRASES: [string, Item][] = [
  // Negators. Each applies to the next thing said after it (or the one before, if none follows).
  ...each(
    'not|no|nobody|noone|no one|none|never|without|except|except for|other than|' +
      "apart from|but not|nor|neither|nothing|no-one|minus|don't|dont|doesn't|" +
      "doesnt|isn't|isnt|aren't|arent|shouldn't|mustn't|can't|cant|won't|cannot|do not|does not|" +
      'no thanks|no thank you|no way|nope|nah|hell no|' +
      "is not|are not|should not|must not|will not|wouldn't|wouldnt|would not|couldn't|" +
      "could not|didn't|did not|haven't|hasn't|ain't|" +
      'not anyone|not from|nobody from|no one from|anyone but|anybody but|everyone but|anywhere but|' +
      'anything but|anything except|anything other than|anyone other than|' +
      'everybody but|everybody except|anybody except|' +
      'everywhere but|everywhere except|anywhere except|anyone except|no more|no longer want|' +
      'no longer|not anymore|not any more|' +
      'is out|are out|not ok|not okay|not welcome|not wanted|unwanted|no go|no-go|not acceptable|' +
      'outside|outside of|outside the|non|non-|not in|not based in|not located in',
    neg,
  ),
  // A deadline said with a negation is still the deadline: "no later than January 15".
  ...each('no later than|not later than|at the latest|latest by|at latest', { k: 'filler' }),
  // Verbs of leaving out: negators too, but a negated one allows ("don't rule out agencies",
  // "I wouldn't say no to an agency", "no objection to juniors").
  ...each(
    'excluding|exclude|avoid|skip|hide|hiding|leave out|rule out|filter out|take out|' +
      'say no to|object to|objection to|objections to|opposed to|against|reject|refuse|' +
      'turn down|pass on|' +
      // "Remove anyone over $60": the people go, so the bound turns ("drop" alone clears a filter).
      'remove anyone|remove everyone|remove anybody|remove people|remove those|remove all|' +
      'drop anyone|drop everyone|drop anybody|drop people|drop those|drop all|cut anyone|' +
      'cut everyone|get rid of anyone|get rid of everyone|get rid of people|get rid of those|' +
      'kick out|lose anyone|lose everyone|filter out anyone|filter out everyone|weed out|' +
      // Complaints that ask for fewer: "stop showing me agencies", "sick of agencies".
      'stop showing|stop showing me|stop including|stop sending|stop suggesting|enough with|' +
      "enough of|done with|i'm done with|sick of|tired of|fed up with|hate|can't stand|" +
      'cant stand|dislike|keep seeing|keep getting|still seeing|still getting|why am i seeing|' +
      'keep out|keep out of|out of it|out of this|out of the list|out of the results|' +
      // Said after the thing: "US excluded", "Americans need not apply".
      'excluded|is excluded|are excluded|ruled out|is ruled out|are ruled out|banned|' +
      "need not apply|needn't apply|should not apply|shouldn't apply|don't apply|dont apply",
    { k: 'neg', verb: true },
  ),
  // Clearing: the filter named (or the thing named) goes.
  ...each(
    "doesn't matter|does not matter|don't care|dont care|do not care|doesnt matter|not important|" +
      "don't matter|dont matter|do not matter|doesn't really matter|don't really matter|" +
      'no longer matters|no longer matter|not important anymore|are not important|' +
      "isn't important|no matter|whatever|drop|remove|forget|forget about|ignore|clear|lift|" +
      'get rid of|scrap|lose|no limit|no limits|unlimited|no cap|no restriction|no restrictions|' +
      'no preference|no requirement|' +
      'regardless of|irrelevant|open to any|relax|remove the|reset|undo|take off|stop filtering|' +
      'turn off|switch off|scratch|ditch|nix|axe|bin|scrub|strike|waive|do away with|' +
      'dispense with|can be dropped|can be removed|can be lifted|can be ignored|' +
      'not fussed|not picky|flexible on|flexible about|not bothered|never mind|nevermind|' +
      'kill|cancel|disable|take away|toss|dump|junk|no need for the',
    clear,
  ),
  ...each(
    "unless|except if|except when|as long as|so long as|provided that|if they're|if they are|" +
      'if theyre|if he is|if she is',
    { k: 'condition' },
  ),
  // "Not just Europe", "not only React": more than that, so it no longer narrows.
  ...each(
    "not just|not only|not solely|not exclusively|not limited to|doesn't have to be just|" +
      "doesn't have to be only|not necessarily",
    mode('optional'),
  ),
  // Going back: the words cannot restore what they never saw, so a notice says how.
  ...each(
    'undo that|undo it|undo this|undo the last change|undo last change|undo the last one|' +
      'undo my last change|undo everything|undo all that|go back|go back to before|back to before|' +
      'as before|like before|as it was|how it was|the way it was|put back|put it back|' +
      'put that back|revert|revert that|revert it|roll back|roll that back|rollback|' +
      'previous results|previous search|previous list|the last change|start over|start again|' +
      'from scratch|start fresh|start afresh|the old list|the earlier list|the old results|' +
      'bring back|bring it back|restore',
    { k: 'undo' },
  ),
  // A correction within the same words: what follows it is what counts (lexicon-skills.ts has
  // the ones that name a thing to replace).
  ...each('never mind that|forget that', { k: 'filler' }),
  // "The overlap can go": only at the end of what is said ("we can go higher" is no clearing).
  ...each('can go|has to go|should go|must go|can go away', { k: 'clear', last: true }),
  ...each('any|open to any|either way|whichever', { k: 'clear', fieldsOnly: true }),
  // "The budget is flexible": the filter named goes; "Europe is flexible" leaves nothing out.
  ...each('is flexible|are flexible|is negotiable|are negotiable', {
    k: 'clear',
    fieldsOnly: true,
  }),
  // "Anywhere in the EU", "any country in Europe": the place after it narrows, never goes.
  ...each(
    'anywhere in|anywhere within|anywhere inside|anywhere across|anywhere from|anywhere around|' +
      'anywhere on|somewhere in|any country in|any country of|any part of|anyplace in|any place in',
    { k: 'filler' },
  ),
  ...each('anywhere between|somewhere between|anything between', { k: 'between' }),
  ...each('anywhere|worldwide|globally|any location|any country|anywhere in the world|any region', {
    k: 'clear',
    field: 'place',
  }),
  ...each('any time|anytime|whenever|no rush|no hurry|any start date|flexible start', {
    k: 'clear',
    field: 'start',
  }),
  ...each('any time zone|any timezone|any time zones', { k: 'clear', field: 'timezone' }),
  // Modes: how strongly a skill or place is wanted.
  ...each(
    'must|must have|must be|must know|need|needs|needed|require|requires|required|requirement|' +
      'requirements|a must-have|must-have|' +
      'has to|have to|has to be|have to be|essential|mandatory|should have|' +
      'necessary|a must|non negotiable|non-negotiable|has got to|insist on|make sure|strictly|only',
    mode('require'),
  ),
  ...each(
    'prefer|favour|favor|rank|boost|prioritise|prioritize|priority|weight|want|wants|' +
      'looking for|like to see|' +
      // Said with "would", a preference is still the verb "prefer": a filter, as "prefer" is.
      "would rather|we'd rather|i'd rather|id rather|wed rather|rather have|rather hire|" +
      'rather go with|rather work with|rather get|rather see|rather find|' +
      "would prefer|we'd prefer|i'd prefer|id prefer|would like|we'd like|i'd like|id like",
    mode('prefer'),
  ),
  // Wishes: a skill said so is preferred; a filter (a place, a language, a badge) cannot be
  // wished for, so it is never narrowed to.
  ...each(
    'preferably|ideally|nice to have|bonus|would be nice|plus if|a plus|good to have|nice if|' +
      'extra points|bonus points|helpful|ideal|better if|would help|would be helpful|' +
      'would be great|would be good|if possible|where possible|if we can',
    mode('wish'),
  ),
  ...each(
    "not required|not needed|not necessary|not a must|optional|doesn't have to|doesnt have to|" +
      "is not required|are not required|is not needed|isn't required|isnt required|aren't required|" +
      'is optional|are optional|is not necessary|is not a must|is not a requirement|' +
      "don't need|dont need|does not need|doesn't need|doesnt need|not essential|no need for|" +
      'not mandatory|need not|needn t|not a requirement|not a dealbreaker|not strictly|' +
      // Needed no more is optional, as "not required" is: still preferred, never left out.
      'no longer need|no longer needed|no longer required|no longer a must|not needed anymore|' +
      'not needed any more|' +
      "can live without|could live without|can do without|could do without|isn't a dealbreaker|" +
      'is not a dealbreaker|not a deal breaker|not a deal-breaker|no dealbreaker|' +
      "don't filter on|do not filter on|dont filter on|stop filtering on|no filter on|" +
      "don't filter by|nice-to-have|nice-to-haves|a nice-to-have|downgrade|demote",
    mode('optional'),
  ),
  ...each(
    'fine|ok|okay|welcome|acceptable|allowed|is fine|are fine|also fine|too|as well|either|' +
      "don't mind|dont mind|no problem|works|will do|would do|is ok|are ok|alright|all right|allow|" +
      'open to|include|including|also|also consider|consider|happy with|can be|' +
      "no longer excluded|not excluded|aren't excluded|isn't excluded|allowed again|ok again|" +
      'okay again|fine again|welcome again|back in|could work|would work|might work|can work|' +
      "wouldn't mind|wouldnt mind|would not mind|wouldn't object to|wouldnt object to|" +
      'could also work|would also work|could be ok|would be ok|could be fine|let in',
    mode('permissive'),
  ),
  ...each('add|plus|and also|additionally|on top', mode('add')),
  // "Keep React", "still in the US": what is named stays; it is never weakened or narrowed.
  ...each(
    'keep|keep the|retain|still|still want|still need|stay with|stick with|stick to|hold on to|' +
      'as it is|as they are|where it is|where they are',
    mode('keep'),
  ),
  // Directions.
  ...each(
    'under|below|less than|at most|max|maximum|up to|no more than|not more than|not over|cap|' +
      'spend less than|pay less than|charge less than|charging less than|costs less than|' +
      'capped|capped at|cap at|cap it at|tops|or less|or under|or below|or lower|or cheaper|within|' +
      'lower than|beneath|cheaper than|less expensive than|more affordable than|below about|no higher than|not above|not exceeding|' +
      'shy of|ceiling|limit|budget of up to|no greater than|<|≤|=<|<=|not to exceed|' +
      "max of|maximum of|at the most|nothing over|nothing above|won't pay more than|can't pay more than|" +
      'up until|at a maximum|underneath|maximun|maximim|maxmimum|maximun of',
    max,
  ),
  ...each(
    'over|above|more than|at least|min|minimum|no less than|not less than|or more|or above|' +
      // Longer than "spend more", so "don't want to spend more than 50" is a bound, not a raise.
      'spend more than|pay more than|paying more than|spending more than|charge more than|' +
      'charging more than|cost more than|costs more than|costing more than|' +
      'or higher|or better|plus|higher than|better than|greater than|from|starting at|' +
      'more expensive than|pricier than|costlier than|dearer than|' +
      'starting from|not below|not under|>|≥|>=|=>|minimum of|min of|at minimum|upwards of|' +
      'upward of|north of|or over|and up|and above|and over|no fewer than|not fewer than|' +
      'or greater|floor|floor of|beyond|exceeding|in excess of|' +
      // Slips the mender cannot risk (a changed letter in a short word): "minimun rate 30".
      'minimun|minumum|mininum|minimim|minimun of',
    min,
  ),
  ...each('around|about|roughly|approximately|approx|circa|~|close to|near', {
    k: 'dir',
    dir: 'about',
  }),
  ['between', { k: 'between' }],
  ...each('-|to|through|till|until', { k: 'range' }),
  ...RELATIVE_PHRASES,
  // Swaps: "Vue instead of React" (the new one first), "replace React with Vue" (the old first).
  ...each('instead of|rather than|in place of|in preference to|over rather than', {
    k: 'swap',
    newFirst: true,
  }),
  ...each('replace|swap|switch|switch from|change|exchange|trade|substitute', {
    k: 'swap',
    newFirst: false,
  }),
  ...each('with|for|by|into|→|->', { k: 'swapWith' }),
  ...each(
    'more like|similar to|people like|someone like|like|same as|more people like|others like|' +
      'profiles like|in the style of|along the lines of|similar|similar people|similar ones|' +
      'similar profiles|more of that|more of those|find similar',
    { k: 'like' },
  ),
  // The list itself: "take them off the list" leaves out whoever is named.
  ...each(
    'off the list|off my list|off the shortlist|off my shortlist|from the list|from my list|' +
      'from the shortlist|from the results|off the results',
    { k: 'neg', verb: true },
  ),
  ...each(
    'him|her|them|that one|this one|that person|this person|that guy|this guy|that profile|' +
      'this profile|that freelancer|this freelancer|that candidate|this candidate',
    { k: 'pronoun' },
  ),
  ...THING_PHRASES,
  ...SKILL_PHRASES,
];

/** Words that split a refinement into clauses. Punctuation splits too. */
export const CLAUSE_WORDS = new Set([
  'and',
  'but',
  'then',
  'however',
  'though',
  'although',
  'while',
  'whereas',
]);

export const LIST_WORDS = new Set(['or', 'and', 'nor', '&', '/', 'and/or', ',']);

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a hundred': 100,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  'a few': 3,
  few: 3,
};

// Single lower-case words that name a skill in the taxonomy but are everyday English first.
export const NOT_A_SKILL = new Set(
  (
    'go|make|next|nest|rest|word|cache|anchor|leads|typing|shell|sketch|spring|swift|monday|' +
    'notion|expo|forge|hive|helm|sage|stats|resume|icons|mixing|bubble|unity|oracle|ae|ap|pm|pr|' +
    'ps|va|vo|ar|ea|bd|cv|dl|ga|tf|ts|ml|rl|rn|c|r|it|us|in|any|less|more|fine|ok|cloud|sales|' +
    'taxes|lambda|remix|photon|liquid|macros|shorts|reels|sheets|logo|ebay|iam|sso|vpn|dns|ai|rag'
  ).split('|'),
);
