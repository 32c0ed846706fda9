import type { Express, Request, Response } from 'express';
import { isDatabaseUnavailable } from '../db/faults.js';
import { publicErrorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { demoAccess, mayShow } from './demo-access.js';
import type { HandoffDeps } from './handoff-deps.js';
import { jobPostPage, profilePage } from './demo-pages.js';
import { openHandoffLink } from './open-link.js';
import { PAGE_HEADERS, refusalPage } from './page-layout.js';

// HTTP routes of the handoff: /h/{token} (record the open, redirect), and the demo marketplace.
// Any failure answers a plain page with a request id, never a stack trace.

export function mountHandoffRoutes(app: Express, ctx: HandoffDeps & { logger: Logger }): void {
  app.get('/h/:token', (req, res) =>
    guard(ctx, res, async () => {
      const outcome = await openHandoffLink(ctx, String(req.params.token));
      if (outcome.ok) {
        res
          .set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
          .redirect(302, outcome.location);
      } else {
        res
          .status(outcome.status)
          .set(PAGE_HEADERS)
          .send(refusalPage(outcome.title, outcome.message));
      }
    }),
  );
  if (ctx.config.marketplace !== 'demo') return;
  app.get('/demo/job-post', (req, res) =>
    guard(ctx, res, async () => {
      res
        .status(200)
        .set(PAGE_HEADERS)
        .send(
          await jobPostPage(
            ctx.db,
            req.query as Record<string, unknown>,
            await demoAccess(ctx, req.query.token),
          ),
        );
    }),
  );
  app.get('/demo/freelancers/:id', (req: Request, res: Response) =>
    guard(ctx, res, async () => {
      const access = await demoAccess(ctx, req.query.token);
      if (!mayShow(access, String(req.params.id))) {
        res
          .status(403)
          .set(PAGE_HEADERS)
          .send(
            refusalPage(
              'Open this page from a handoff link',
              'Profiles on this marketplace are shown to the holder of a handoff link that names them. Use the link from the conversation.',
            ),
          );
        return;
      }
      const body = await profilePage(
        ctx.db,
        String(req.params.id),
        req.query as Record<string, unknown>,
      );
      if (body) res.status(200).set(PAGE_HEADERS).send(body);
      else
        res
          .status(404)
          .set(PAGE_HEADERS)
          .send(
            refusalPage('No such freelancer', 'This freelancer is not in the demo marketplace.'),
          );
    }),
  );
}

async function guard(
  ctx: { logger: Logger },
  res: Response,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (err) {
    const logger = (res.req as Request | undefined)?.log ?? ctx.logger;
    const message = publicErrorMessage(err, logger, { path: 'handoff' });
    if (res.headersSent) return;
    const away = isDatabaseUnavailable(err);
    if (away) res.set('Retry-After', '5');
    res
      .status(away ? 503 : 500)
      .set(PAGE_HEADERS)
      .send(refusalPage(away ? 'Please retry in a moment' : 'Something went wrong', message));
  }
}
