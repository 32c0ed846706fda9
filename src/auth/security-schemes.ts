// Which tools need a signed-in account, declared per tool as OpenAI's Apps SDK reads it
// (`securitySchemes` in the tool's _meta) and enforced by the HTTP layer and the quota hook.
// Kept here rather than in the tool files so that auth lives in one place. A tool missing from
// this map needs an account: new tools are private until someone decides otherwise.

export type SecurityScheme = { type: 'noauth' } | { type: 'oauth2'; scopes?: string[] };

const PUBLIC: SecurityScheme[] = [{ type: 'noauth' }, { type: 'oauth2' }];
const SIGNED_IN: SecurityScheme[] = [{ type: 'oauth2' }];

export const TOOL_SECURITY: Record<string, SecurityScheme[]> = {
  search_freelancers: PUBLIC,
  refine_search: PUBLIC,
  get_profile: PUBLIC,
  // The widget's paging of a search the caller already ran: as public as the search itself.
  more_candidates: PUBLIC,
  handoff_to_hire: SIGNED_IN,
};

export function securitySchemesFor(tool: string): SecurityScheme[] {
  return TOOL_SECURITY[tool] ?? SIGNED_IN;
}

export function toolNeedsAccount(tool: string): boolean {
  return !securitySchemesFor(tool).some((s) => s.type === 'noauth');
}

/** The tool's _meta with its securitySchemes added; only an OAuth server has schemes to declare. */
export function metaWithSecurity(
  tool: string,
  meta: Record<string, unknown> | undefined,
  authMode: 'none' | 'apikey' | 'oauth',
): Record<string, unknown> | undefined {
  if (authMode !== 'oauth') return meta;
  return { ...meta, securitySchemes: securitySchemesFor(tool) };
}
