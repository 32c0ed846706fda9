import { z } from 'zod';
import { JobBrief, priceText } from '../handoff/brief.js';
import { createHandoff } from '../handoff/create-handoff.js';
import { widgetToolMeta } from '../widget/tool-meta.js';
import { defineTool } from './tool.js';

export const HandoffOutput = z.object({
  handoff_id: z.string(),
  expires_at: z.string(),
  links: z.object({
    job_post_url: z
      .string()
      .describe('Opens the job post with the brief and the shortlist filled in.'),
    freelancers: z.array(
      z.object({
        freelancer_id: z.string(),
        profile_url: z.string(),
        invite_url: z.string(),
        message_url: z.string(),
      }),
    ),
  }),
  summary: z.string(),
});

export type HandoffOutput = z.infer<typeof HandoffOutput>;

export const handoffToHireTool = defineTool({
  name: 'handoff_to_hire',
  title: 'Hand off to hire',
  description:
    'When the client wants to act on the shortlist: records the brief (job title, description, ' +
    'skills, budget) and the chosen freelancers, and returns signed links that open the marketplace ' +
    "with everything filled in: the job post, and each freelancer's profile, invitation and message. " +
    'Give the client the link that matches the action. Links expire; opening one is counted.',
  inputSchema: z.object({
    freelancer_ids: z
      .array(z.string().trim().min(1).max(100))
      .min(1)
      .max(10)
      .describe('1 to 10 freelancer_id values from search results.'),
    search_id: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('The search the shortlist came from.'),
    job: JobBrief.describe('The brief, drafted from the conversation.'),
    action: z
      .enum(['invite', 'message', 'post_job'])
      .describe('What the client wants to do first.'),
  }),
  outputSchema: HandoffOutput,
  // It writes a handoff record (not read-only), removes nothing (not destructive), makes a new
  // record each call (not idempotent) and sends the client to an outside site (open world).
  annotations: {
    readOnlyHint: false,
    destructiveHint: false,
    idempotentHint: false,
    openWorldHint: true,
  },
  _meta: widgetToolMeta('Preparing the hire links…', 'Hire links ready'),
  handler: async (input, { ctx, account }) => {
    const h = await createHandoff(ctx, account, input);
    const names = h.shortlist.map((s) => s.name);
    const who =
      names.length === 1
        ? names[0]
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const price = priceText(input.job);
    const first =
      input.action === 'post_job'
        ? `The job post link opens "${input.job.title}" ready to post, with ${who} shortlisted.`
        : `Each ${input.action === 'invite' ? 'invite' : 'message'} link opens ${input.action === 'invite' ? 'an invitation' : 'a message'} to that freelancer with the brief for "${input.job.title}" attached.`;
    const summary =
      `Handed off "${input.job.title}"${price ? ` (${price})` : ''} with ${h.shortlist.length} freelancer${h.shortlist.length === 1 ? '' : 's'}: ${who}. ` +
      `${first} The links go to the ${h.marketplace} marketplace and stay valid until ${h.expires_at.slice(0, 10)}.`;
    const primary =
      input.action === 'post_job'
        ? [`Job post: ${h.links.job_post_url}`]
        : h.links.freelancers.map(
            (f, i) =>
              `${h.shortlist[i].name}: ${input.action === 'invite' ? f.invite_url : f.message_url}`,
          );
    return {
      text: [
        summary,
        ...primary,
        ...(input.action === 'post_job' ? [] : [`Job post: ${h.links.job_post_url}`]),
      ].join('\n'),
      structured: { handoff_id: h.handoff_id, expires_at: h.expires_at, links: h.links, summary },
      meta: { shortlist: h.shortlist, marketplace: h.marketplace, action: input.action },
    };
  },
});
