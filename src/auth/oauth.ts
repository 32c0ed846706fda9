import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Config } from '../config.js';
import type { Account } from '../context.js';

// Shortlist is an OAuth 2.1 protected resource: it never issues tokens, it checks the bearer JWTs
// of one issuer against that issuer's JWKS (signature, issuer, audience, expiry).

export interface VerifiedToken {
  issuer: string;
  subject: string;
  /** The token's `plan` claim, when the issuer states one (the issuer is the billing record). */
  plan?: Account['plan'];
  name?: string;
}

/** A bearer token that cannot be accepted; `description` is safe to show to the client. */
export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

const PLANS = new Set(['free', 'pro', 'max']);
// Asymmetric algorithms only: a JWKS that publishes an `oct` key must not let anyone sign tokens.
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'EdDSA',
];

export type TokenVerifier = (token: string) => Promise<VerifiedToken>;

export function createTokenVerifier(oauth: Config['oauth']): TokenVerifier {
  const issuer = oauth.issuer;
  const audience = oauth.audience;
  if (!issuer || !audience) throw new Error('OAuth needs OAUTH_ISSUER and OAUTH_AUDIENCE');
  let jwks: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const keySet = () => {
    jwks ??= discoverJwksUrl(issuer, oauth.jwksUrl).then((url) => createRemoteJWKSet(new URL(url)));
    // A failed discovery is retried on the next request rather than cached forever.
    jwks.catch(() => (jwks = undefined));
    return jwks;
  };

  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await keySet(), {
        issuer,
        audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 30,
      }));
    } catch (err) {
      // Our side failing to reach the issuer is a server error, not the client's bad token.
      if (!(err instanceof errors.JOSEError) || err instanceof errors.JWKSTimeout) throw err;
      throw new InvalidTokenError(describeJoseError(err), { cause: err });
    }
    const plan =
      typeof payload.plan === 'string' && PLANS.has(payload.plan) ? payload.plan : undefined;
    return {
      issuer,
      subject: payload.sub as string,
      plan: plan as Account['plan'] | undefined,
      name: typeof payload.name === 'string' ? payload.name : undefined,
    };
  };
}

function describeJoseError(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'The access token has expired';
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'aud') return 'The access token is not meant for this server (audience)';
    if (err.claim === 'iss') return 'The access token comes from another issuer';
    return `The access token's "${err.claim}" claim is not valid`;
  }
  if (err instanceof errors.JWKSNoMatchingKey)
    return 'The access token is signed with an unknown key';
  if (err instanceof errors.JWSSignatureVerificationFailed) {
    return 'The access token signature does not verify';
  }
  if (err instanceof errors.JOSEAlgNotAllowed)
    return 'The access token uses an algorithm not allowed';
  return 'The access token is malformed';
}

/** OAUTH_JWKS_URL, or the `jwks_uri` of the issuer's RFC 8414 / OpenID metadata. */
async function discoverJwksUrl(issuer: string, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const base = issuer.replace(/\/$/, '');
  for (const path of [
    '/.well-known/oauth-authorization-server',
    '/.well-known/openid-configuration',
  ]) {
    const response = await fetch(base + path, { signal: AbortSignal.timeout(5000) }).catch(
      () => undefined,
    );
    if (!response?.ok) continue;
    const metadata = (await response.json()) as { jwks_uri?: unknown };
    if (typeof metadata.jwks_uri === 'string') return metadata.jwks_uri;
  }
  throw new Error(`no jwks_uri in the metadata of ${issuer}; set OAUTH_JWKS_URL`);
}
