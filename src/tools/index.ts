import { getProfileTool } from './get-profile.js';
import { handoffToHireTool } from './handoff-to-hire.js';
import { moreCandidatesTool } from './more-candidates.js';
import { refineSearchTool } from './refine-search.js';
import { searchFreelancersTool } from './search-freelancers.js';
import type { ToolDefinition } from './tool.js';

// Every tool the server offers. This one list registers them, writes schemas/*.json and is
// checked against manifest.json.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const tools: ToolDefinition<any, any>[] = [
  searchFreelancersTool,
  refineSearchTool,
  getProfileTool,
  handoffToHireTool,
  moreCandidatesTool,
];
