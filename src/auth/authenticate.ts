import type { Express, Request, Response } from 'express';
import { anonymousAccount, accountForSubject } from '../accounts/identities.js';
import { localAccount } from '../app.js';
import type { Account, AppContext } from '../context.js';
import { accountForApiKey } from './api-keys.js';
import { createTokenVerifier, InvalidTokenError } from './oauth.js';
import { toolNeedsAccount } from './security-schemes.js';

// Who is calling /mcp, for each AUTH_MODE (DESIGN §7):
// - none: the one local account.
// - apikey: `Authorization: Bearer sl_…` is required; a missing or unknown key gets 401.
// - oauth: a bearer JWT of OAUTH_ISSUER. A bad token always gets 401 (error="invalid_token").
//   No token is the anonymous free caller, allowed for the public tools; a request that calls a
//   tool needing an account gets 401 with the resource metadata, which starts the client's OAuth
//   flow ("per-tool authorization" in the MCP Apps guide).

export const RESOURCE_METADATA_PATH = '/.well-known/oauth-protected-resource';

export interface Authenticator {
  /** Answers the account, or writes the 401 itself and answers undefined. */
  authenticate: (req: Request, res: Response) => Promise<Account | undefined>;
  /** RFC 9728 metadata (oauth mode). */
  routes: (app: Express) => void;
}

export function createAuthenticator(ctx: AppContext): Authenticator {
  const { config, db } = ctx;
  if (config.authMode === 'none') {
    let local: Promise<Account> | undefined;
    const authenticate = () => {
      // A failed read (database away) is not kept, so the next request tries again.
      local ??= localAccount(ctx).catch((err: unknown) => {
        local = undefined;
        throw err;
      });
      return local;
    };
    return { authenticate, routes: () => {} };
  }

  if (config.authMode === 'apikey') {
    const challenge = 'Bearer realm="shortlist"';
    return {
      routes: () => {},
      authenticate: async (req, res) => {
        const key = bearerToken(req);
        if (!key) {
          return unauthorized(
            res,
            challenge,
            'An API key is required: send Authorization: Bearer <key>.',
          );
        }
        const account = await accountForApiKey(db, key);
        if (account) return account;
        return unauthorized(
          res,
          `${challenge}, error="invalid_token", error_description="unknown or revoked API key"`,
          'The API key is unknown or has been revoked.',
        );
      },
    };
  }

  const verify = createTokenVerifier(config.oauth);
  const metadataUrl = (req: Request) => `${baseUrl(ctx, req)}${RESOURCE_METADATA_PATH}/mcp`;
  return {
    routes: (app) => {
      const metadata = (req: Request, res: Response) => {
        res.set('Cache-Control', 'public, max-age=3600').json({
          resource: `${baseUrl(ctx, req)}/mcp`,
          authorization_servers: [config.oauth.issuer],
          bearer_methods_supported: ['header'],
          resource_name: 'Shortlist',
          resource_documentation: `${baseUrl(ctx, req)}/`,
        });
      };
      // The path-suffixed form is what RFC 9728 clients derive from /mcp; the root form serves
      // clients that only try the host.
      app.get(`${RESOURCE_METADATA_PATH}/mcp`, metadata);
      app.get(RESOURCE_METADATA_PATH, metadata);
    },
    authenticate: async (req, res) => {
      const token = bearerToken(req);
      if (!token) {
        const tool = toolNeedingAccount(req.body);
        if (!tool) return anonymousAccount(db, clientIp(req));
        return unauthorized(
          res,
          `Bearer resource_metadata="${metadataUrl(req)}"`,
          `Sign in to Shortlist to use ${tool}.`,
        );
      }
      try {
        return await accountForSubject(db, await verify(token));
      } catch (err) {
        if (!(err instanceof InvalidTokenError)) throw err;
        const description = err.message.replace(/"/g, "'");
        return unauthorized(
          res,
          `Bearer resource_metadata="${metadataUrl(req)}", error="invalid_token", ` +
            `error_description="${description}"`,
          `${err.message}; sign in again.`,
        );
      }
    },
  };
}

function unauthorized(res: Response, challenge: string, message: string): undefined {
  res
    .status(401)
    .set('WWW-Authenticate', challenge)
    .json({ jsonrpc: '2.0', error: { code: -32001, message }, id: null });
  return undefined;
}

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match?.[1];
}

export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** The URL clients reach us at: PUBLIC_URL, else the (allow-listed) Host of this request. */
export function baseUrl(ctx: AppContext, req: Request): string {
  return ctx.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
}

/** The name of a tool in this JSON-RPC message (or batch) that needs an account, if any. */
function toolNeedingAccount(body: unknown): string | undefined {
  for (const message of Array.isArray(body) ? body : [body]) {
    const m = message as { method?: unknown; params?: { name?: unknown } } | null;
    if (m?.method === 'tools/call' && typeof m.params?.name === 'string') {
      if (toolNeedsAccount(m.params.name)) return m.params.name;
    }
  }
  return undefined;
}
