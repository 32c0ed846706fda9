import type { GetProfileOutput } from '../../src/profiles/profile-schema.js';
import type { SearchOutput } from '../../src/search/explain/result-schema.js';
import type { HandoffOutput } from '../../src/tools/handoff-to-hire.js';
import {
  briefFromSearch,
  searchWidgetMeta,
  type SearchWidgetMeta,
} from '../../src/widget/cards.js';
import type { ToolResult } from './host.js';

// What a tool result means for the widget. Every tool links to it, so the widget can be showing a
// search, a profile or a handoff; it tells them apart by the shape of structuredContent.

export type Handoff = Pick<HandoffOutput, 'handoff_id' | 'expires_at' | 'summary' | 'links'>;

export type Profile = GetProfileOutput;

export type Outcome =
  | { kind: 'search'; page: SearchWidgetMeta }
  | { kind: 'profile'; profile: Profile }
  | { kind: 'handoff'; handoff: Handoff; names: Record<string, string> }
  | { kind: 'error'; message: string };

export function errorText(result: ToolResult): string {
  const text = (result.content ?? [])
    .map((c) => (c.type === 'text' ? (c.text ?? '') : ''))
    .join('\n')
    .trim();
  return text || 'Something went wrong. Please try again.';
}

export function readOutcome(result: ToolResult): Outcome {
  if (result.isError) return { kind: 'error', message: errorText(result) };
  const sc = result.structuredContent ?? {};
  const meta = result._meta?.widget as SearchWidgetMeta | undefined;
  if (Array.isArray(sc.candidates)) {
    const out = sc as unknown as SearchOutput;
    return { kind: 'search', page: meta?.kind === 'search' ? meta : fromStructured(out) };
  }
  if (typeof sc.handoff_id === 'string') {
    const people = (result._meta?.shortlist ?? []) as { freelancer_id: string; name: string }[];
    const names = Object.fromEntries(people.map((p) => [p.freelancer_id, p.name]));
    return { kind: 'handoff', handoff: sc as unknown as Handoff, names };
  }
  if (typeof sc.freelancer_id === 'string' && Array.isArray(sc.sections)) {
    return { kind: 'profile', profile: sc as unknown as Profile };
  }
  return { kind: 'error', message: 'This result has nothing for the shortlist to show.' };
}

/** Hosts that pass only structuredContent (no _meta) still get full cards and a brief. */
function fromStructured(out: SearchOutput): SearchWidgetMeta {
  return searchWidgetMeta(out, briefFromSearch({}, out));
}

/** Calls a tool and throws its message when it fails, for views that show errors in place. */
export async function callOrThrow(
  call: (name: string, args: Record<string, unknown>) => Promise<ToolResult>,
  name: string,
  args: Record<string, unknown>,
): Promise<ToolResult> {
  const result = await call(name, args);
  if (result.isError) throw new Error(errorText(result));
  return result;
}
