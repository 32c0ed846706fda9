import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type CryptoKey } from 'jose';

// A local OAuth issuer for tests: a key pair, its JWKS served on loopback, and a signer. It also
// serves RFC 8414 metadata, so discovery of the JWKS from the issuer URL is tested too.

export interface TestIssuer {
  issuer: string;
  jwksUrl: string;
  sign: (claims: JWTPayload, options?: SignOptions) => Promise<string>;
  close: () => Promise<void>;
}

export interface SignOptions {
  audience?: string;
  issuer?: string;
  expiresIn?: string | number;
  /** Sign with a key the JWKS does not publish (under the published kid, or another one). */
  foreignKey?: 'same-kid' | 'other-kid';
}

export async function startIssuer(audience: string): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const stranger = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  let base = '';
  const server: Server = createServer((req, res) => {
    const json = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.url === '/jwks.json') return json({ keys: [jwk] });
    if (req.url === '/.well-known/oauth-authorization-server') {
      return json({
        issuer: base,
        jwks_uri: `${base}/jwks.json`,
        authorization_endpoint: `${base}/authorize`,
      });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer: base,
    jwksUrl: `${base}/jwks.json`,
    sign: async (claims, options = {}) => {
      const key: CryptoKey = options.foreignKey ? stranger.privateKey : privateKey;
      const kid = options.foreignKey === 'other-kid' ? 'unknown-key' : 'test-key';
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(options.issuer ?? base)
        .setAudience(options.audience ?? audience)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(key);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
