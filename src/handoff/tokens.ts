import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

// A handoff link's token: a small JSON payload (handoff, target, account, expiry) and its
// HMAC-SHA256, both base64url. Changing any byte of either breaks the signature, so a token can
// neither be stretched past its expiry nor pointed at another target or another account.

export interface TokenPayload {
  /** Handoff id. */
  h: string;
  /** Target: "job_post", or "profile:<id>", "invite:<id>", "message:<id>". */
  t: string;
  /** Account that made the handoff, as accountTag(id): links are shared, account ids are not. */
  a: string;
  /** Expiry, seconds since the epoch. */
  e: number;
}

export type TokenCheck =
  { ok: true; payload: TokenPayload } | { ok: false; reason: 'malformed' | 'tampered' | 'expired' };

export function signToken(payload: TokenPayload, secret: Buffer): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(body, secret)}`;
}

export function verifyToken(token: string, secret: Buffer, now: Date): TokenCheck {
  const parts = token.split('.');
  if (
    parts.length !== 2 ||
    !/^[A-Za-z0-9_-]+$/.test(parts[0]) ||
    !/^[A-Za-z0-9_-]+$/.test(parts[1])
  ) {
    return { ok: false, reason: 'malformed' };
  }
  const [body, signature] = parts;
  const expected = Buffer.from(mac(body, secret), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'tampered' };
  }
  let payload: TokenPayload | null;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload | null;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (
    typeof payload !== 'object' ||
    payload === null ||
    typeof payload.h !== 'string' ||
    typeof payload.t !== 'string' ||
    typeof payload.a !== 'string' ||
    typeof payload.e !== 'number'
  ) {
    return { ok: false, reason: 'malformed' };
  }
  if (payload.e * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, payload };
}

/** A short one-way tag of an account id, so a link does not reveal whose it is. */
export function accountTag(accountId: string): string {
  return createHash('sha256').update(accountId).digest('base64url').slice(0, 16);
}

function mac(body: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}
