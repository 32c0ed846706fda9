// The words of a request as the understanding stage sees them: lower-cased, split, stop words
// marked, and each word reduced by a light stemmer, so "automating spreadsheets" and "automate my
// spreadsheet" meet. The vocabulary, the learned model and its training all use this one
// function, so what is trained is what is matched.

export interface Word {
  /** As written (lower-cased). */
  text: string;
  stem: string;
  /** Function and filler words: they join phrases but never point at a skill. */
  stop: boolean;
  /** Character span in the original text. */
  start: number;
  end: number;
}

const STOP_WORDS = new Set(
  (
    'a an the my our your their his her its i we you me us them they he she it this that these ' +
    'those is are am be been being was were do does did done to for of in on at by with and or ' +
    'but from into onto about as so if then than too very really just also some any all every ' +
    'each more most other such own same can could would will should shall may might must have has ' +
    'had having not no nor only please someone somebody anyone anybody who whom whose which what ' +
    'when where why how need needs needed needing want wants wanted looking look for hire hiring ' +
    'find help helps helping get gets getting got make makes making made build building builds ' +
    'built create creating set up out off like something thing things stuff lot lots bit little ' +
    'new good great nice best better quick quickly fast asap urgent urgently freelancer ' +
    'freelancers expert experts experienced experience professional pro person people guy team ' +
    'company business small big simple basic ongoing long term project projects job task tasks ' +
    'work working week weekly month months monthly year years day days daily time hours hour ' +
    'start starting soon now next able ready there here again still already around over under ' +
    // Inflections of the words above, which the stemmer would otherwise keep as content.
    'works worked looks looked times jobs weeks started starts helped hires hired companies ' +
    'businesses ours theres thats actually let lets'
  ).split(' '),
);

// Nouns that only look like verbs: "a booking site" is not about books.
const KEEP = new Set(['booking', 'bookings', 'building', 'buildings', 'wedding', 'weddings']);

/** Light English stemming: plural, -ing, -ed, -er, -ation and a final e. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (KEEP.has(w)) return w.replace(/s$/, '');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(sses|xes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -3);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('er') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // "shopping" → "shopp" → "shop"
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && w.length >= 4 && !/(ll|ss|zz)$/.test(w))
    w = w.slice(0, -1);
  return w;
}

// Words that name a role or a stage rather than a need: read, though they select no skill.
const GENERIC = new Set(
  (
    'developer developers engineer engineers designer designers writer writers expert experts ' +
    'specialist specialists consultant consultants senior junior mid lead freelance freelancer ' +
    'startup startups agency studio someone person help assistant support manager'
  ).split(' '),
);

/** A word that names a role or a stage ("developer", "senior"), not a need. */
export function isGeneric(word: string): boolean {
  return GENERIC.has(word);
}

/** The stems of those words, as the need→skill model keys them. */
export const GENERIC_STEMS = new Set([...GENERIC].map(stem));

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}+#'’]*/gu)) {
    const raw = m[0].replace(/['’]$/, '');
    out.push({
      text: raw,
      stem: stem(raw),
      stop: STOP_WORDS.has(raw.replace(/['’]s$/, '')) || /['’](m|re|ve|ll|d|t)$/.test(raw),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** The stems that carry meaning, in order. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !w.stop)
    .map((w) => w.stem);
}
