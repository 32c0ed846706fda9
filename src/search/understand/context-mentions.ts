import type { SkillTerm } from '../../core/search-plan.js';
import type { SkillGraph } from '../../reference/skill-graph.js';
import type { WordsRead } from './read-words.js';

// A business function's name that only says whose data, tool or records the work is about: "our
// accounting system", "three years of sales", "sales by region", "the marketing data". The client
// wants work done on or with that thing (data entry, analysis, a dashboard), not the function
// itself, so the name is context, never a need. Only the functions a business has a department
// for: a tool's name ("our Salesforce data") still asks for someone who knows the tool.

const BUSINESS_FUNCTIONS = new Set([
  'sales',
  'accounting',
  'bookkeeping',
  'marketing',
  'payroll',
  'advertising',
  'customer support',
  'customer service',
  'support',
]);

/** What follows a function's name when the name describes a thing it uses. */
const TOOL_AFTER = /^\s+(?:systems?|tools?|software|platforms?|programs?)\b/i;
/** What follows it when the name describes its figures. */
const DATA_AFTER =
  /^\s+(?:data|numbers|figures|records|history|by\s+(?:region|month|week|year|quarter|product|store|country|channel))\b/i;
/** What comes before it when the name is the data itself: "two years of sales". */
const SPAN_BEFORE = /\b(?:days?|weeks?|months?|quarters?|years?)\s+of\s+(?:our\s+|my\s+)?$/i;

export interface ContextMention {
  /** Where the name is written, every time. */
  spans: [number, number][];
  /** The words that say it is data ("sales data", "years of sales"), when some do. */
  data?: string;
}

/**
 * Where a skill name found in the text is only context (the data or tool of a function), every
 * time it is written; undefined when it is a need at least once ("grow our sales; our sales data
 * is in Excel" still asks for sales).
 */
export function contextMention(text: string, term: SkillTerm): ContextMention | undefined {
  const written = term.asWritten.toLowerCase();
  if (!BUSINESS_FUNCTIONS.has(written)) return undefined;
  const lower = text.toLowerCase();
  const mention: ContextMention = { spans: [] };
  for (let at = lower.indexOf(written); at >= 0; at = lower.indexOf(written, at + 1)) {
    const end = at + written.length;
    if (isWordChar(lower[at - 1]) || isWordChar(lower[end])) continue;
    const after = DATA_AFTER.exec(text.slice(end));
    const before = SPAN_BEFORE.exec(text.slice(0, at));
    if (!after && !before && !TOOL_AFTER.test(text.slice(end))) return undefined;
    mention.spans.push([at, end]);
    if (after) mention.data ??= text.slice(at, end + after[0].length);
    else if (before) mention.data ??= text.slice(at - before[0].length, end).trim();
  }
  return mention.spans.length ? mention : undefined;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** How sure "our sales figures" asks for data work: a broad guess, below any phrasing of a skill. */
export const DATA_WORK_CONFIDENCE = 0.45;

/** A function's figures named as what the work is about ask for data analysis, as a broad guess. */
export function addDataWork(
  phrase: string,
  read: WordsRead,
  graph: SkillGraph,
  named: Set<number>,
) {
  const node = graph.resolve('data-analysis');
  if (!node || named.has(node.id)) return;
  if ([...read.taxonomy, ...read.terms].some((t) => t.node.id === node.id)) return;
  const confidence = DATA_WORK_CONFIDENCE;
  read.terms.push({
    asWritten: phrase,
    node,
    accepts: graph.withDescendants(node.id),
    source: 'vocabulary',
    confidence,
  });
  read.understood.push({ phrase, skill: node.name, source: 'vocabulary', confidence });
}
