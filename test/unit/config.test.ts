import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database on loopback with no auth', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: undefined,
      dataDir: '.data/pglite',
      port: 8787,
      host: '127.0.0.1',
      authMode: 'none',
      marketplace: 'demo',
      embeddings: 'off',
      sessionRetentionDays: 90,
    });
  });

  it('turns embeddings on when an OpenAI key is present', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' }).embeddings).toBe('openai');
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test', EMBEDDINGS: 'off' }).embeddings).toBe('off');
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT .*"eighty"/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must look like postgres:\/\//],
    [{ AUTH_MODE: 'magic' }, /^AUTH_MODE /],
    [{ AUTH_MODE: 'oauth' }, /needs OAUTH_ISSUER and OAUTH_AUDIENCE/],
    [{ EMBEDDINGS: 'openai' }, /needs OPENAI_API_KEY/],
    [{ HANDOFF_SECRET: 'short' }, /^HANDOFF_SECRET must be at least 16 characters/],
  ])('fails fast on %o with a one-line fix', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never quotes a secret or a password in its errors', () => {
    const message = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (err) {
        return (err as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(message({ HANDOFF_SECRET: 'short-s3cret' })).not.toContain('short-s3cret');
    const url = message({ DATABASE_URL: 'mysql://admin:pa55w0rd@db.example/x' });
    expect(url).not.toContain('pa55w0rd');
    expect(url).toContain('admin:***@db.example');
  });
});
