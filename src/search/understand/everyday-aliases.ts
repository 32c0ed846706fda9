// Skill names and aliases that are also everyday words, so that reading skills in free text does
// not take "go fast" for Go or "every Monday" for monday.com. Interpret reads them; they are data.

// Aliases that are also everyday words: recognised in free text only when written with a capital.
export const AMBIGUOUS_WORDS = new Set([
  'go',
  'r',
  'c',
  'make',
  'word',
  'next',
  'nest',
  'rest',
  'ar',
  'ea',
  'pm',
  'pr',
  'ps',
  'va',
  'vo',
  'ga',
  'tf',
  'net',
  'expo',
  'sage',
  'dart',
  'hive',
  'maya',
  'helm',
  'woo',
  'ai',
  'bd',
  'ae',
  'ap',
  'cv',
  'dl',
  'rl',
  'ruby',
  'swift',
  'spring',
  'express',
  'less',
  'sketch',
  'flask',
  'ember',
  // Everyday words that are also a skill's alias: "compose a tune", "saves articles", "we are
  // prototyping a gadget".
  'compose',
  'articles',
  'prototyping',
  // "the chat bubble on our site" is not Bubble.io.
  'bubble',
  // Tools named after things: an illustrator draws ("an illustrator for a picture book"),
  // blueprints are a building's plans, a capacitor sits on a circuit board, an intercom at the
  // door; a foundry casts metal, a polygon is a shape, a remix or a premiere is of a song or film.
  'illustrator',
  'blueprints',
  'capacitor',
  'intercom',
  'foundry',
  'polygon',
  'remix',
  'premiere',
  'spark',
]);

// Aliases that are everyday words even with a capital: a weekday is written with one ("a report
// every Monday"), so monday.com is read only under its full name.
export const NEVER_ALONE = new Set(['monday']);
