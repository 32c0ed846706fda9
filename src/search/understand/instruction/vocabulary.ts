import type { LanguageLevel } from '../../../reference/profile-terms.js';
import { loadRegions, REGIONS, type Region } from '../../../reference/fixtures.js';
import type { Item } from './items.js';
import { LANGUAGE_NAMES, LEVEL_WORDS } from './languages.js';
import { PHRASES } from './lexicon.js';
import { PhraseTable } from './phrase-table.js';
import {
  CITY_STOPLIST,
  COUNTRY_ALIASES,
  COUNTRY_GROUPS,
  EXTRA_CITIES,
  REGION_ALIASES,
  ZONE_NAMES,
} from './place-names.js';
import { foldWord } from './tokens.js';

// The fixed vocabulary of refinements, built once per process from the lexicon and the reference
// data (countries, their cities and zones). Skills and people come per call.

export interface Vocabulary {
  words: PhraseTable<Item>;
  places: PhraseTable<Item>;
  zones: PhraseTable<Item>;
  languages: PhraseTable<Item>;
  levels: PhraseTable<LanguageLevel>;
  countryNames: Map<string, string>;
  countryZones: Map<string, string[]>;
  regionOf: Map<string, Region>;
}

let built: Vocabulary | undefined;

export function vocabulary(): Vocabulary {
  built ??= buildVocabulary();
  return built;
}

const split = (s: string) => s.split('|');

function buildVocabulary(): Vocabulary {
  const words = new PhraseTable<Item>();
  for (const [phrase, item] of PHRASES) words.add(phrase, item);

  const reference = loadRegions();
  const languages = new PhraseTable<Item>();
  const languageOf = new Map<string, string>();
  for (const [code, names] of Object.entries(LANGUAGE_NAMES)) {
    for (const name of split(names)) {
      languages.add(name, { k: 'lang', code, label: name });
      languageOf.set(name, code);
    }
  }
  const levels = new PhraseTable<LanguageLevel>();
  for (const [level, phrases] of Object.entries(LEVEL_WORDS) as [LanguageLevel, string][]) {
    for (const p of split(phrases)) levels.add(p, level);
  }

  const places = new PhraseTable<Item>();
  const zones = new PhraseTable<Item>();
  const countryNames = new Map<string, string>();
  const countryZones = new Map<string, string[]>();
  const regionOf = new Map<string, Region>();
  const country = (code: string, label: string): Item => ({
    k: 'place',
    countries: [code],
    label,
    ...(languageOf.has(label) ? { ambiguousLang: languageOf.get(label) } : {}),
  });
  for (const c of reference.countries) {
    countryNames.set(c.code, c.name);
    countryZones.set(c.code, c.timezones);
    regionOf.set(c.code, c.region);
    places.add(foldWord(c.name), country(c.code, c.name));
    if (c.name.startsWith('United ') || c.name.startsWith('Netherlands'))
      places.add(`the ${foldWord(c.name)}`, country(c.code, c.name));
    for (const alias of split(COUNTRY_ALIASES[c.code] ?? '')) {
      if (alias) places.add(alias, country(c.code, alias));
    }
    for (const city of c.cities) {
      if (CITY_STOPLIST.has(foldWord(city))) continue;
      const tz = c.city_timezones?.[city] ?? c.timezones[0];
      // A city is a place ("in Berlin") and a zone ("overlap with Berlin"); the clause decides.
      zones.add(foldWord(city), { k: 'zone', timezone: tz, label: city, countries: [c.code] });
    }
  }
  for (const region of REGIONS) {
    for (const alias of split(REGION_ALIASES[region])) {
      places.add(alias, { k: 'place', countries: [], region, label: alias });
    }
  }
  for (const [aliases, codes] of Object.entries(COUNTRY_GROUPS)) {
    for (const alias of split(aliases))
      places.add(alias, { k: 'place', countries: codes, label: alias });
  }
  for (const [aliases, timezone] of Object.entries(ZONE_NAMES)) {
    for (const alias of split(aliases)) zones.add(alias, { k: 'zone', timezone, label: alias });
  }
  for (const [city, [timezone, code]] of Object.entries(EXTRA_CITIES)) {
    zones.add(city, { k: 'zone', timezone, label: city, countries: [code], plain: true });
  }
  return { words, places, zones, languages, levels, countryNames, countryZones, regionOf };
}
