import type { LanguageLevel } from '../../../reference/profile-terms.js';

// Language names people use, to ISO 639-1, and the words for a level.

export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'english',
  es: 'spanish|castilian|espanol',
  fr: 'french',
  de: 'german|deutsch',
  pt: 'portuguese|brazilian portuguese',
  it: 'italian',
  nl: 'dutch|flemish',
  pl: 'polish',
  ru: 'russian',
  uk: 'ukrainian',
  ar: 'arabic',
  hi: 'hindi',
  ur: 'urdu',
  bn: 'bengali|bangla',
  zh: 'chinese|mandarin|cantonese',
  ja: 'japanese',
  ko: 'korean',
  tr: 'turkish',
  vi: 'vietnamese',
  th: 'thai',
  id: 'indonesian|bahasa|bahasa indonesia',
  ms: 'malay|bahasa melayu',
  tl: 'tagalog|filipino',
  sv: 'swedish',
  no: 'norwegian',
  da: 'danish',
  fi: 'finnish',
  cs: 'czech',
  hu: 'hungarian',
  ro: 'romanian',
  bg: 'bulgarian',
  el: 'greek',
  sr: 'serbian',
  hr: 'croatian',
  bs: 'bosnian',
  mk: 'macedonian',
  be: 'belarusian',
  ka: 'georgian',
  hy: 'armenian',
  he: 'hebrew',
  fa: 'persian|farsi',
  sw: 'swahili|kiswahili',
  am: 'amharic',
  yo: 'yoruba',
  zu: 'zulu',
  af: 'afrikaans',
  wo: 'wolof',
  rw: 'kinyarwanda',
  kk: 'kazakh',
  uz: 'uzbek',
  ne: 'nepali',
  si: 'sinhala|sinhalese',
  ta: 'tamil',
  ga: 'irish|gaelic',
  fj: 'fijian',
  mi: 'maori|te reo',
};

export const LEVEL_WORDS: Record<LanguageLevel, string> = {
  native:
    'native|natively|native speaker|native speakers|native level|mother tongue|first language|native-level|' +
    'perfect|flawless',
  fluent:
    'fluent|fluently|fluency|business|business level|professional|professional level|advanced|proficient|bilingual|full professional|c1|c2|near native|near-native|excellent|strong',
  conversational:
    'conversational|good|decent|intermediate|working knowledge|working|b1|b2|reasonable|solid',
  basic: 'basic|some|a little|elementary|a1|a2|limited|rudimentary',
};

/** Level words that are everyday praise or plain English first: a level only beside a language. */
export const PRAISE_LEVELS = new Set(
  'good|decent|some|strong|excellent|perfect|flawless|working|reasonable|solid|limited|business|professional|advanced|proficient|great'.split(
    '|',
  ),
);
